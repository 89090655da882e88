"""Registration and walk-in through the services (finding 7 of issue 10):
every problem at once, the consent's included; a Latin or an Arabic name;
names written as Moroccan names are; limits on typed text; a next step due
in the past confirmed first.  And an Arabic-only person works everywhere a
person is shown: roster, search, sheet, certificate, record, sync."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import String, func, select

from app.core.errors import ConfirmationNeeded, ValidationError
from app.db import Database
from app.models import Beneficiary, CoachingSession, NextStep, syncable_classes
from app.rules.fields import TEXT_LIMITS
from app.rules.rows import Context, row_problems
from app.services import accounts, attendance, coaching, enterprises, planning
from app.services.beneficiaries import (
    BeneficiaryInput,
    beneficiary_detail,
    register_beneficiary,
    registration_problems,
    search_beneficiaries,
    update_beneficiary,
)
from app.services.documents.attendance_sheet import attendance_sheet_data
from app.services.documents.certificate import issue_certificate
from app.services.selection import create_programme
from tests.test_services_fixtures import ASSILAH, TODAY, consent, crew, person, training

ARABIC_ONLY = BeneficiaryInput(
    first_name="", last_name="", name_ar="فاطمة الزهراء العلوي", sex="F", birth_year=1994,
    commune_code=ASSILAH,
)


def _count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Beneficiary)) or 0)


def test_a_walk_in_is_refused_once_with_every_problem_the_consent_included(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        sess = training(s, team.team_id)
        with pytest.raises(ValidationError) as refused:
            attendance.register_walk_in(
                session=s, session_id=sess.id,
                data=BeneficiaryInput(
                    first_name="", last_name="", sex="", phone="0512", birth_year=2090,
                ),
                consent=None, team_id=team.team_id, today=TODAY,
            )
    codes = refused.value.codes()
    assert codes == {
        "first_name": "name_required",
        "name_ar": "name_required",
        "sex": "required",
        "birth_year": "birth_date_future",
        "phone": "phone_invalid",
        "consent": "consent_required",
    }
    # In the form's order: the first one is the first field to correct.
    assert [e.field for e in refused.value.errors] == list(codes)
    assert _count(db) == 0


def test_the_problems_of_a_registration_are_listed_without_writing(db: Database) -> None:
    with db.session() as s:
        crew(s)
        problems = registration_problems(
            session=s, data=BeneficiaryInput(first_name="Amal", last_name="", sex="F"),
            consent=None, today=TODAY,
        )
    assert [(p.field, p.code) for p in problems] == [
        ("last_name", "required"), ("consent", "consent_required"),
    ]
    assert _count(db) == 0


def test_an_arabic_only_person_is_registered_checked_in_and_shown_by_the_arabic_name(
    db: Database,
) -> None:
    with db.session() as s:
        team = crew(s)
        sess = training(s, team.team_id)
        amal = person(s, team.team_id, "Amal", "Zerhouni", commune_code=ASSILAH)
        planning.enrol(session=s, session_id=sess.id, beneficiary_ids=[amal.id])
        who, mark = attendance.register_walk_in(
            session=s, session_id=sess.id, data=ARABIC_ONLY, consent=consent(),
            team_id=team.team_id, recorded_by=team.trainer_id, today=TODAY,
        ).value
        assert (who.first_name, who.last_name) == ("", "")
        assert who.display_name == "فاطمة الزهراء العلوي"
        assert mark.status == "present"
        roster = attendance.roster(session=s, session_id=sess.id)
        # Listed by the Arabic name, after the Latin names (not first, by an empty one).
        assert [r.display_name for r in roster.rows] == ["Amal Zerhouni", "فاطمة الزهراء العلوي"]
        assert [r.display_name for r in search_beneficiaries(session=s, query="الزهراء")] == [
            "فاطمة الزهراء العلوي"
        ]
        sheet = attendance_sheet_data(session=s, session_id=sess.id)
        assert [p.name_ar for p in sheet.participants][-1] == "فاطمة الزهراء العلوي"
        certificate = issue_certificate(
            session=s, beneficiary_id=who.id, session_ids=[sess.id], issued_on=TODAY,
        ).value
        assert (certificate.first_name, certificate.name_ar) == ("", "فاطمة الزهراء العلوي")
        detail = beneficiary_detail(session=s, beneficiary_id=who.id, today=TODAY)
        assert detail.profile.display_name == "فاطمة الزهراء العلوي"


def test_the_rules_the_server_applies_accept_an_arabic_only_person() -> None:
    values = {f.name: getattr(ARABIC_ONLY, f.name) for f in dataclasses.fields(ARABIC_ONLY)}
    values.update(prior_support=[], registered_on=TODAY, commune_code=None)
    context = Context(today=TODAY)
    assert row_problems("beneficiary", values, context=context) == []
    nameless = {**values, "name_ar": None}
    assert [p.reason for p in row_problems("beneficiary", nameless, context=context)] == [
        "name_required:first_name"
    ]
    # A change of one name alone is checked on what the row becomes (server/meaning.py).
    assert row_problems("beneficiary", {"first_name": ""}, context=context) == []


def test_names_are_stored_as_moroccan_names_are_written(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        view = register_beneficiary(
            session=s,
            data=BeneficiaryInput(
                first_name="  fatima-zahra ", last_name="EL MOKHTARI", sex="F",
                name_ar="فاطمة الزهراء المختاري",
            ),
            consent=consent(), team_id=team.team_id, today=TODAY,
        ).value.beneficiary
        assert (view.first_name, view.last_name) == ("Fatima-Zahra", "El Mokhtari")
        assert view.name_ar == "فاطمة الزهراء المختاري"
        edited = update_beneficiary(
            session=s, beneficiary_id=view.id, today=TODAY,
            data=BeneficiaryInput(first_name="m'hamed", last_name="ait ouahmane", sex="M"),
        ).value.beneficiary
        assert (edited.first_name, edited.last_name) == ("M'hamed", "Ait Ouahmane")


def test_a_320_character_surname_is_refused_and_nothing_is_written(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        with pytest.raises(ValidationError) as refused:
            register_beneficiary(
                session=s,
                data=BeneficiaryInput(
                    first_name="Amal", last_name="Z" * 320, sex="F", notes="n" * 2001,
                    cin="K" * 40,
                ),
                consent=consent(), team_id=team.team_id, today=TODAY,
            )
    too_long = {e.field: e.params for e in refused.value.errors if e.code == "too_long"}
    assert too_long == {"last_name": {"max": 60}, "cin": {"max": 16}, "notes": {"max": 2001 - 1}}
    assert _count(db) == 0


def test_every_typed_text_has_a_limit_in_the_services(db: Database) -> None:
    long = "x" * 400
    with db.session() as s:
        team = crew(s)
        sess = training(s, team.team_id)
        amal = person(s, team.team_id, "Amal", "Zerhouni")
        module = planning.list_modules(session=s)[0].id
        calls: dict[str, Callable[[], object]] = {
            "stop place": lambda: planning.plan_stop(
                session=s, team_id=team.team_id, commune_code=ASSILAH, starts_on=TODAY,
                place=long,
            ),
            "session notes": lambda: planning.plan_session(
                session=s, team_id=team.team_id, module_id=module, session_date=TODAY,
                start_time=dt.time(9), end_time=dt.time(12), notes="x" * 1001,
            ),
            "session place": lambda: planning.update_session(
                session=s, session_id=sess.id, place=long
            ),
            "enterprise name": lambda: enterprises.create_enterprise(
                session=s, team_id=team.team_id, name=long, legal_form="ae"
            ),
            "member role": lambda: enterprises.add_member(
                session=s, enterprise_id=enterprises.create_enterprise(
                    session=s, team_id=team.team_id, name="Atelier", legal_form="ae"
                ).value.id, beneficiary_id=amal.id, role=long,
            ),
            "coaching notes": lambda: coaching.record_coaching(
                session=s, team_id=team.team_id, trainer_id=None, held_on=TODAY,
                duration_minutes=30, beneficiary_id=amal.id, notes="x" * 4001,
            ),
            "coaching topic": lambda: coaching.record_coaching(
                session=s, team_id=team.team_id, trainer_id=None, held_on=TODAY,
                duration_minutes=30, beneficiary_id=amal.id, topics=["marketing", long],
            ),
            "next step": lambda: coaching.record_coaching(
                session=s, team_id=team.team_id, trainer_id=None, held_on=TODAY,
                duration_minutes=30, beneficiary_id=amal.id,
                next_steps=[coaching.NextStepInput(long)],
            ),
            "team name": lambda: accounts.create_team(session=s, name=long),
            "user name": lambda: accounts.create_user(
                session=s, team_id=team.team_id, name=long, role="trainer", password="secret-1"
            ),
            "programme": lambda: create_programme(session=s, name=long),
        }
        refused = {}
        for what, call in calls.items():
            with pytest.raises(ValidationError) as caught:
                call()
            refused[what] = [e.code for e in caught.value.errors]
    assert all(codes == ["too_long"] for codes in refused.values()), refused


def test_no_limit_is_longer_than_the_column_that_stores_it() -> None:
    columns = {model.__tablename__: model.__table__.columns for model in syncable_classes()}  # type: ignore[attr-defined]
    typed_with_spaces = {("beneficiary", "cin"), ("beneficiary", "phone"), ("enterprise", "ice")}
    for table, limits in TEXT_LIMITS.items():
        for field, limit in limits.items():
            column = columns[table][field]
            length = getattr(column.type, "length", None) if isinstance(column.type, String) else None
            if length is not None and (table, field) not in typed_with_spaces:
                assert limit <= length, (table, field)


def test_a_next_step_due_in_the_past_is_recorded_only_once_confirmed(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        amal = person(s, team.team_id, "Amal", "Zerhouni")
        steps = [
            coaching.NextStepInput("Ouvrir un compte", TODAY + dt.timedelta(days=7)),
            coaching.NextStepInput("Déposer le dossier", dt.date(2020, 3, 1)),
        ]

        def record(confirm: bool) -> coaching.CoachingView:
            return coaching.record_coaching(
                session=s, team_id=team.team_id, trainer_id=team.trainer_id, held_on=TODAY,
                duration_minutes=45, beneficiary_id=amal.id, next_steps=steps, today=TODAY,
                confirm_past_due=confirm,
            ).value

        with pytest.raises(ConfirmationNeeded) as warned:
            record(confirm=False)
        assert [(w.field, w.code, w.params) for w in warned.value.warnings] == [
            ("next_steps", "due_in_past", {"index": 1, "due_on": dt.date(2020, 3, 1)})
        ]
        assert s.scalar(select(func.count()).select_from(CoachingSession)) == 0
        view = record(confirm=True)
        assert [step.due_on for step in view.next_steps] == [
            dt.date(2020, 3, 1), TODAY + dt.timedelta(days=7)
        ]
        assert s.scalar(select(func.count()).select_from(NextStep)) == 2


def test_names_at_their_limits_make_the_sheet_row_taller_instead_of_overprinting() -> None:
    from app.reports.pdf import Column, register_fonts, table

    register_fonts()
    longest = "Z" * 60 + " " + "A" * 60
    grid = table(
        [Column("N°", 24), Column("Nom et prénom", 150), Column("Signature", 200)],
        [["1", longest, ""], ["2", "El Idrissi Fatima-Zahra", ""]],
        rtl=False,
        min_row_height=24,
    )
    heights = grid._argH  # noqa: SLF001 - the heights the table was given
    assert heights[1] > 24  # grown to hold the long name's lines
    assert heights[2] == 24  # the usual row: room to sign


def test_an_arabic_only_person_syncs_and_a_nameless_one_is_refused(
    cluster: Any, tmp_path: Path
) -> None:
    from app.laptop_sync import client

    laptop = cluster.laptop(tmp_path / "a")
    with laptop.session() as s:
        who = register_beneficiary(
            session=s, data=ARABIC_ONLY, consent=consent(), team_id=cluster.team_id, today=TODAY,
        ).value.beneficiary
    report = client.sync(laptop)
    assert report.rejected == 0
    with cluster.server.session() as s:
        stored = s.execute(
            select(Beneficiary.first_name, Beneficiary.name_ar).where(Beneficiary.id == who.id)
        ).one()
    assert tuple(stored) == ("", "فاطمة الزهراء العلوي")
    with laptop.session() as s:
        row = s.get(Beneficiary, who.id)
        assert row is not None
        row.name_ar = None  # below the services, as a damaged laptop would: nobody's name left
    report = client.sync(laptop)
    assert [(r.code, r.field) for r in report.refused] == [("name_required", "first_name")]
