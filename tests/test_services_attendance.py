"""Planning, enrolment, cohorts, check-in, partial presence, walk-ins, roster."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.core.errors import NotFoundError, PossibleDuplicatesError, StateError, ValidationError
from app.db import Database
from app.models import Attendance, Beneficiary, Enrolment
from app.models.ids import attendance_id, enrolment_id
from app.services import attendance, planning
from app.services.beneficiaries import BeneficiaryInput
from tests.test_services_fixtures import (
    ASSILAH,
    TODAY,
    consent,
    crew,
    module_id,
    person,
    training,
)


def test_stops_and_sessions_are_planned_and_listed(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        stop = planning.plan_stop(
            session=s, team_id=team.team_id, commune_code=ASSILAH, starts_on=TODAY,
            place="Maison des jeunes",
        ).value
        assert (stop.ends_on, stop.commune_name) == (TODAY, "Assilah")
        later = planning.plan_session(
            session=s, team_id=team.team_id, module_id=module_id(s), session_date=TODAY,
            start_time=dt.time(14), end_time=dt.time(16, 30), stop_id=stop.id,
            trainer_ids=[team.trainer_id], capacity=40,
        ).value
        earlier = planning.plan_session(
            session=s, team_id=team.team_id, module_id=module_id(s, "FORMALISATION"),
            session_date=TODAY, start_time=dt.time(9), end_time=dt.time(12),
        ).value
        sessions = planning.list_sessions(session=s, team_id=team.team_id)
        assert [x.id for x in sessions] == [earlier.id, later.id]
        assert (later.planned_hours, later.commune_name, later.status) == (2.5, "Assilah", "planned")
        assert later.module_code == "AE-STATUT" and later.trainer_ids == (team.trainer_id,)
        assert planning.list_sessions(session=s, date_from=TODAY + dt.timedelta(days=1)) == []
        assert [x.id for x in planning.list_stops(session=s, team_id=team.team_id)] == [stop.id]
        moved = planning.update_session(
            session=s, session_id=later.id, start_time=dt.time(15), capacity=30
        ).value
        assert (moved.start_time, moved.capacity, moved.planned_hours) == (dt.time(15), 30, 1.5)
        held = planning.set_session_status(session=s, session_id=later.id, status="cancelled").value
        assert held.status == "cancelled"


def test_impossible_sessions_and_stops_are_refused(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        with pytest.raises(ValidationError) as caught:
            planning.plan_session(
                session=s, team_id=team.team_id, module_id=module_id(s), session_date=TODAY,
                start_time=dt.time(12), end_time=dt.time(9), trainer_ids=["ghost"], capacity=0,
            )
        assert caught.value.codes() == {
            "end_time": "session_ends_before_start",
            "trainer_ids": "unknown_user",
            "capacity": "must_be_positive",
        }
        with pytest.raises(ValidationError) as caught:
            planning.plan_stop(
                session=s, team_id=team.team_id, commune_code="nowhere", starts_on=TODAY,
                ends_on=TODAY - dt.timedelta(days=1),
            )
        assert caught.value.codes() == {
            "commune_code": "unknown_commune", "ends_on": "ends_before_start",
        }
        with pytest.raises(ValidationError):
            planning.set_session_status(
                session=s, session_id=training(s, team.team_id).id, status="done"
            )
    with db.session() as s:
        assert planning.list_sessions(session=s) != []  # only the valid one exists
        assert len(planning.list_sessions(session=s)) == 1


def test_check_in_is_idempotent_with_a_deterministic_id_and_undo(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        sess = training(s, team.team_id)
        amal = person(s, team.team_id, "Amal", "Sbai")
        first = attendance.check_in(
            session=s, session_id=sess.id, beneficiary_id=amal.id, recorded_by=team.trainer_id
        ).value
        again = attendance.check_in(session=s, session_id=sess.id, beneficiary_id=amal.id).value
        assert first == again
        assert first.id == attendance_id(sess.id, amal.id)
        assert (first.status, first.hours_attended) == ("present", 3.0)
        assert planning.get_session(session=s, session_id=sess.id).status == "held"
        attendance.undo_check_in(session=s, session_id=sess.id, beneficiary_id=amal.id)
        assert attendance.roster(session=s, session_id=sess.id).rows == []
        assert attendance.get_attendance(
            session=s, session_id=sess.id, beneficiary_id=amal.id
        ) is None
        revived = attendance.check_in(session=s, session_id=sess.id, beneficiary_id=amal.id).value
        assert revived.id == first.id
        count = s.scalar(select(func.count()).select_from(Attendance))
        assert count == 1
        row = s.get(Attendance, first.id)
        assert row is not None and not row.deleted


def test_partial_presence_hours_run_from_arrival_to_departure(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        sess = training(s, team.team_id, start=dt.time(9), end=dt.time(13))
        late = person(s, team.team_id, "Late", "Comer")
        early = person(s, team.team_id, "Early", "Leaver")
        both = person(s, team.team_id, "Both", "Ways")
        whole = person(s, team.team_id, "Before", "After")
        late_view = attendance.check_in(
            session=s, session_id=sess.id, beneficiary_id=late.id, at=dt.time(10, 30)
        ).value
        assert late_view.hours_attended == 2.5
        assert late_view.arrived_at == dt.datetime.combine(TODAY, dt.time(10, 30))
        assert attendance.set_presence_times(
            session=s, session_id=sess.id, beneficiary_id=early.id,
            arrived_at=None, left_at=dt.time(11),
        ).value.hours_attended == 2.0
        assert attendance.set_presence_times(
            session=s, session_id=sess.id, beneficiary_id=both.id,
            arrived_at=dt.time(9, 45), left_at=dt.time(12, 15),
        ).value.hours_attended == 2.5
        with pytest.raises(ValidationError) as caught:  # outside: refused (not clipped)
            attendance.set_presence_times(
                session=s, session_id=sess.id, beneficiary_id=whole.id,
                arrived_at=dt.time(8), left_at=dt.time(15),
            )
        assert caught.value.codes() == {
            "arrived_at": "arrival_outside_session", "left_at": "departure_outside_session",
        }
        with pytest.raises(ValidationError):
            attendance.set_presence_times(
                session=s, session_id=sess.id, beneficiary_id=both.id,
                arrived_at=dt.time(12), left_at=dt.time(10),
            )


def test_absent_and_excused_carry_no_hours_and_cancelled_sessions_refuse(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        sess = training(s, team.team_id)
        amal = person(s, team.team_id, "Amal", "Sbai")
        view = attendance.mark_status(
            session=s, session_id=sess.id, beneficiary_id=amal.id, status="excused"
        ).value
        assert (view.status, view.hours_attended) == ("excused", 0.0)
        back = attendance.mark_status(
            session=s, session_id=sess.id, beneficiary_id=amal.id, status="present"
        ).value
        assert (back.status, back.hours_attended) == ("present", 3.0)
        with pytest.raises(ValidationError):
            attendance.mark_status(
                session=s, session_id=sess.id, beneficiary_id=amal.id, status="late"
            )
        with pytest.raises(NotFoundError):
            attendance.check_in(session=s, session_id=sess.id, beneficiary_id="ghost")
        planning.set_session_status(session=s, session_id=sess.id, status="cancelled")
        with pytest.raises(StateError) as caught:
            attendance.check_in(session=s, session_id=sess.id, beneficiary_id=amal.id)
        assert caught.value.code == "session_cancelled"


def test_roster_lists_expected_and_present_people(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        sess = training(s, team.team_id)
        amal, badr, chama = (
            person(s, team.team_id, "Amal", "Alaoui"),
            person(s, team.team_id, "Badr", "Bennis", "M"),
            person(s, team.team_id, "Chama", "Chraibi"),
        )
        both = [amal.id, badr.id]
        assert planning.enrol(session=s, session_id=sess.id, beneficiary_ids=both).value == 2
        assert planning.enrol(session=s, session_id=sess.id, beneficiary_ids=[amal.id]).value == 0
        attendance.check_in(session=s, session_id=sess.id, beneficiary_id=amal.id)
        attendance.check_in(session=s, session_id=sess.id, beneficiary_id=chama.id)
        roster = attendance.roster(session=s, session_id=sess.id)
        assert [(r.first_name, r.enrolled, r.status) for r in roster.rows] == [
            ("Amal", True, "present"), ("Badr", True, None), ("Chama", False, "present"),
        ]
        assert (roster.expected, roster.present) == (2, 2)
        listed = planning.get_session(session=s, session_id=sess.id)
        assert (listed.expected, listed.present) == (2, 2)


def test_walk_in_is_registered_with_consent_and_checked_in(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        sess = training(s, team.team_id)
        data = BeneficiaryInput(
            first_name="Rachid", last_name="Ouali", sex="M", birth_year=1995,
            phone="0622334455", commune_code=ASSILAH,
        )
        who, mark = attendance.register_walk_in(
            session=s, session_id=sess.id, data=data, consent=consent(),
            team_id=team.team_id, recorded_by=team.trainer_id, today=TODAY,
        ).value
        assert mark.status == "present" and mark.beneficiary_id == who.id
        assert who.registered_by == team.trainer_id
        with pytest.raises(PossibleDuplicatesError):
            attendance.register_walk_in(
                session=s, session_id=sess.id, data=data, consent=consent(),
                team_id=team.team_id, today=TODAY,
            )
    with db.session() as s:
        team_count = s.scalar(select(func.count()).select_from(Beneficiary))
        assert team_count == 1
        with pytest.raises(ValidationError):
            attendance.register_walk_in(
                session=s, session_id=sess.id, data=data, consent=None,
                team_id=team.team_id, today=TODAY,
            )


def test_cohort_carries_forward_enrolled_and_present_people(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        first = training(s, team.team_id)
        amal, badr, chama = (
            person(s, team.team_id, "Amal", "Alaoui"),
            person(s, team.team_id, "Badr", "Bennis", "M"),
            person(s, team.team_id, "Chama", "Chraibi"),
        )
        planning.enrol(session=s, session_id=first.id, beneficiary_ids=[amal.id, badr.id])
        attendance.check_in(session=s, session_id=first.id, beneficiary_id=chama.id)
        planning.unenrol(session=s, session_id=first.id, beneficiary_id=badr.id)
        second = planning.plan_session(
            session=s, team_id=team.team_id, module_id=module_id(s, "FORMALISATION"),
            session_date=TODAY + dt.timedelta(days=7), start_time=dt.time(9),
            end_time=dt.time(12), cohort_from_id=first.id,
        ).value
        assert (second.expected, second.cohort_from_id) == (2, first.id)
        roster = attendance.roster(session=s, session_id=second.id)
        assert {r.beneficiary_id for r in roster.rows} == {amal.id, chama.id}
        assert s.get(Enrolment, enrolment_id(second.id, amal.id)) is not None
