"""Indicators on a small hand-built dataset with exact expected numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from app.core.errors import ValidationError
from app.db import Database
from app.services import attendance, coaching, enterprises, planning, selection
from app.services.indicators import IndicatorFilter, compute_indicators
from tests.test_services_fixtures import (
    AIN_LAHSAN,
    ASSILAH,
    DAR_CHAOUI,
    TANGER_ASSILAH,
    crew,
    module_id,
    person,
)

D = dt.date
T = dt.time
START, END = D(2026, 1, 1), D(2026, 6, 30)


def _session(
    s: Session, team_id: str, day: dt.date, start: dt.time, end: dt.time, commune: str,
    **fields: object,
) -> planning.SessionView:
    stop = planning.plan_stop(session=s, team_id=team_id, commune_code=commune, starts_on=day).value
    return planning.plan_session(
        session=s, team_id=team_id, module_id=module_id(s), session_date=day,
        start_time=start, end_time=end, stop_id=stop.id, **fields,  # type: ignore[arg-type]
    ).value


@pytest.fixture
def dataset(db: Database) -> dict[str, str]:
    with db.session() as s:
        a = crew(s, "Bus A")
        b = crew(s, "Bus B")
        amal = person(s, a.team_id, "Amal", "A", "F", birth_date=D(2000, 1, 1),
                      commune_code=ASSILAH, sector="crafts", status="idea", project_stage="idea")
        badr = person(s, a.team_id, "Badr", "B", "M", birth_year=1980, commune_code=DAR_CHAOUI,
                      sector="agriculture")
        chama = person(s, a.team_id, "Chama", "C", "F", birth_date=D(2010, 7, 1),
                       commune_code=DAR_CHAOUI)
        driss = person(s, a.team_id, "Driss", "D", "M", commune_code=AIN_LAHSAN)
        ebla = person(s, a.team_id, "Ebla", "E", "F", birth_date=D(1990, 1, 1),
                      commune_code=ASSILAH)
        fouad = person(s, a.team_id, "Fouad", "F", "M", commune_code=ASSILAH)

        s1 = _session(s, a.team_id, D(2026, 2, 10), T(9), T(12), ASSILAH)
        planning.enrol(session=s, session_id=s1.id, beneficiary_ids=[amal.id, badr.id, fouad.id])
        attendance.check_in(session=s, session_id=s1.id, beneficiary_id=amal.id)
        attendance.check_in(session=s, session_id=s1.id, beneficiary_id=badr.id, at=T(10, 30))
        attendance.check_in(session=s, session_id=s1.id, beneficiary_id=chama.id)  # walk-in
        s2 = _session(s, a.team_id, D(2026, 3, 5), T(14), T(16), DAR_CHAOUI,
                      cohort_from_id=s1.id)
        attendance.check_in(session=s, session_id=s2.id, beneficiary_id=badr.id)
        attendance.mark_status(session=s, session_id=s2.id, beneficiary_id=chama.id,
                               status="excused")
        _session(s, a.team_id, D(2026, 4, 1), T(9), T(12), ASSILAH)  # planned, not held
        s4 = _session(s, a.team_id, D(2025, 12, 20), T(9), T(11), ASSILAH)  # before the period
        attendance.check_in(session=s, session_id=s4.id, beneficiary_id=ebla.id)
        s5 = _session(s, a.team_id, D(2026, 5, 1), T(9), T(11), ASSILAH)
        attendance.check_in(session=s, session_id=s5.id, beneficiary_id=ebla.id)
        planning.set_session_status(session=s, session_id=s5.id, status="cancelled")

        coaching.record_coaching(session=s, team_id=a.team_id, trainer_id=a.trainer_id,
                                 held_on=D(2026, 3, 10), duration_minutes=60,
                                 beneficiary_id=driss.id)
        coaching.record_coaching(session=s, team_id=a.team_id, trainer_id=a.trainer_id,
                                 held_on=D(2026, 4, 10), duration_minutes=30,
                                 beneficiary_id=amal.id, stage_assessed="pre_creation")
        coaching.record_coaching(session=s, team_id=a.team_id, trainer_id=a.trainer_id,
                                 held_on=D(2025, 11, 1), duration_minutes=30,
                                 beneficiary_id=ebla.id)

        programme = selection.create_programme(session=s, name="INDH")
        app1 = selection.receive_application(session=s, team_id=a.team_id,
                                             programme_id=programme.id, beneficiary_id=amal.id,
                                             received_on=D(2026, 2, 1))
        selection.set_application_status(session=s, application_id=app1.id, status="shortlisted")
        selection.set_application_status(session=s, application_id=app1.id, status="selected",
                                         decided_on=D(2026, 3, 1))
        app2 = selection.receive_application(session=s, team_id=a.team_id,
                                             programme_id=programme.id, beneficiary_id=badr.id,
                                             received_on=D(2026, 2, 2))
        selection.set_application_status(session=s, application_id=app2.id, status="rejected",
                                         decided_on=D(2026, 3, 1))
        selection.receive_application(session=s, team_id=a.team_id, programme_id=programme.id,
                                      beneficiary_id=chama.id, received_on=D(2026, 7, 5))

        selection.record_support(session=s, team_id=a.team_id, kind="equipment",
                                 delivered_on=D(2026, 5, 1), beneficiary_id=amal.id,
                                 value_mad=4000)
        revoked = selection.record_support(session=s, team_id=a.team_id, kind="referral",
                                           delivered_on=D(2026, 3, 1), beneficiary_id=badr.id)
        selection.revoke_support(session=s, support_id=revoked.id)
        selection.record_support(session=s, team_id=a.team_id, kind="certificate",
                                 delivered_on=END, beneficiary_id=chama.id)

        coop = enterprises.create_enterprise(session=s, team_id=a.team_id, name="Coop",
                                             legal_form="cooperative", commune_code=ASSILAH,
                                             stage="idea", assessed_on=D(2026, 1, 10)).value
        enterprises.assess_stage(session=s, enterprise_id=coop.id, stage="creation",
                                 assessed_on=D(2026, 7, 15))
        enterprises.create_enterprise(session=s, team_id=a.team_id, name="AE",
                                      legal_form="ae", commune_code=DAR_CHAOUI)

        # Team B: one session with one of its own people.
        omar = person(s, b.team_id, "Omar", "O", "M", birth_year=2001, commune_code=ASSILAH)
        sb = _session(s, b.team_id, D(2026, 2, 11), T(9), T(13), ASSILAH)
        attendance.check_in(session=s, session_id=sb.id, beneficiary_id=omar.id)
    return {"a": a.team_id, "b": b.team_id}


def test_indicators_of_a_team_for_a_half_year(db: Database, dataset: dict[str, str]) -> None:
    with db.session() as s:
        ind = compute_indicators(session=s, filters=IndicatorFilter(START, END, dataset["a"]))
    assert ind.beneficiaries_reached == 4  # Amal, Badr, Chama trained; Driss, Amal coached
    assert ind.by_sex == {"F": 2, "M": 2}
    assert ind.by_age_band == {"18_35": 1, "over_45": 1, "under_18": 1, "unknown": 1}
    assert ind.youth_18_35 == 1 and ind.women == 2
    assert ind.by_area == {"rural": 3, "urban": 1}
    assert ind.by_commune == {DAR_CHAOUI: 2, AIN_LAHSAN: 1, ASSILAH: 1}
    assert ind.commune_names[DAR_CHAOUI] == "Dar Chaoui"
    assert ind.by_sector == {"unknown": 2, "agriculture": 1, "crafts": 1}
    assert ind.by_project_stage == {"unknown": 3, "pre_creation": 1}
    assert ind.by_status == {"unknown": 3, "idea": 1}
    assert ind.sessions_held == 2
    assert ind.training_hours == 5.0
    assert ind.people_trained == 3
    assert ind.hours_attended == 9.5  # 3 + 1.5 (late) + 3 + 2
    assert ind.hours_per_person == pytest.approx(9.5 / 3)
    assert (ind.attendance_expected, ind.attendance_present) == (8, 4)
    assert ind.attendance_rate == 0.5
    assert (ind.coaching_sessions, ind.coaching_hours, ind.people_coached) == (2, 1.5, 2)
    assert ind.projects_by_stage == {"idea": 1, "unknown": 1}
    assert ind.applications == {"received": 2, "shortlisted": 1, "selected": 1, "rejected": 1}
    assert ind.support_by_kind == {"equipment": 1, "certificate": 1}
    assert ind.support_value_mad == 4000.0
    rows = {(r.section, r.label): r.value for r in ind.as_rows()}
    assert rows[("reach", "beneficiaries_reached")] == 4
    assert rows[("training", "attendance_rate")] == 0.5
    assert rows[("commune", DAR_CHAOUI)] == 2
    assert rows[("selection", "selected")] == 1


def test_indicators_by_area_and_across_teams(db: Database, dataset: dict[str, str]) -> None:
    with db.session() as s:
        province = compute_indicators(
            session=s,
            filters=IndicatorFilter(START, END, dataset["a"], province_code=TANGER_ASSILAH),
        )
        commune = compute_indicators(
            session=s, filters=IndicatorFilter(START, END, dataset["a"], commune_code=DAR_CHAOUI)
        )
        everyone = compute_indicators(session=s, filters=IndicatorFilter(START, END))
        team_b = compute_indicators(session=s, filters=IndicatorFilter(START, END, dataset["b"]))
        empty = compute_indicators(
            session=s, filters=IndicatorFilter(D(2024, 1, 1), D(2024, 12, 31))
        )
        with pytest.raises(ValidationError):
            compute_indicators(session=s, filters=IndicatorFilter(END, START))
    assert province.beneficiaries_reached == 3  # Driss lives in Tétouan province
    assert province.sessions_held == 2 and province.coaching_sessions == 1
    assert commune.sessions_held == 1 and commune.training_hours == 2.0
    assert commune.people_trained == 1 and commune.beneficiaries_reached == 1  # Badr at S2
    assert everyone.beneficiaries_reached == 5 and everyone.sessions_held == 3
    assert everyone.training_hours == 9.0
    assert team_b.beneficiaries_reached == 1 and team_b.by_age_band == {"18_35": 1}
    assert empty.beneficiaries_reached == 0 and empty.attendance_rate is None
    assert empty.hours_per_person == 0.0
