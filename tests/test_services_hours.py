"""Hours attended: the one rule (app/rules/hours.py, docs/attendance-hours.md)
through the services that write and read it.

A check-in during the session counts from arrival (within the grace period
of the start: the whole session); before the start, after the end or
another day (recording after the fact) it records the whole session and no
arrival; a walk-in follows the same rule; partial presence counts arrival to
departure; a break is never counted; minutes are whole, and every total is
the sum of its rows' minutes."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.changes import Topic
from app.core.errors import ValidationError
from app.db import Database
from app.rules import hours as rule
from app.services import attendance, beneficiaries, planning
from app.services.beneficiaries import BeneficiaryInput
from app.services.documents.certificate import issue_certificate
from app.services.indicators import IndicatorFilter, compute_indicators
from tests.test_services_fixtures import TODAY, consent, crew, person, training


def at(hour: int, minute: int = 0, second: int = 0, day: dt.date = TODAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute, second))


def minutes(view: attendance.AttendanceView) -> int:
    return rule.as_minutes(view.hours_attended)


# ---- the rule itself, on its own (pure functions) ---------------------------------

MORNING = rule.SessionTimes(TODAY, dt.time(9), dt.time(12))
FULL_DAY = rule.SessionTimes(TODAY, dt.time(9), dt.time(17), dt.time(12, 30), dt.time(13, 30))


@pytest.mark.parametrize(
    ("arrived", "left", "expected"),
    [
        (None, None, 180),  # the whole session
        (at(9, 10), None, 180),  # within the grace period of the start
        (at(9, 15), None, 180),  # the grace period's last minute
        (at(9, 16), None, 164),  # late: from arrival
        (at(10, 30, 45), None, 90),  # seconds do not count: from 10:30
        (None, at(11, 50), 180),  # leaving within the grace period of the end
        (None, at(11, 0), 120),  # early leave: to departure
        (at(9, 45), at(11, 15), 90),  # both
    ],
)
def test_the_rule_counts_whole_minutes_from_arrival_to_departure(
    arrived: dt.datetime | None, left: dt.datetime | None, expected: int
) -> None:
    assert rule.minutes_attended(MORNING, arrived, left) == expected


@pytest.mark.parametrize(
    ("arrived", "left", "expected"),
    [
        (None, None, 7 * 60),  # 9:00-17:00 less the lunch hour
        (at(10), None, 6 * 60),
        (at(13), None, 3 * 60 + 30),  # arrived during lunch: counts from 13:30
        (None, at(12, 45), 3 * 60 + 30),  # left during lunch: counted to 12:30
        (at(11), at(15), 90 + 90),  # 11:00-12:30 and 13:30-15:00
        (at(12, 35), at(13, 20), 0),  # there only during the break
    ],
)
def test_the_break_is_never_counted(
    arrived: dt.datetime | None, left: dt.datetime | None, expected: int
) -> None:
    assert rule.minutes_attended(FULL_DAY, arrived, left) == expected


def test_a_check_in_outside_the_session_records_no_arrival() -> None:
    assert rule.recorded_arrival(MORNING, at(18, 28)) is None  # after the fact
    assert rule.recorded_arrival(MORNING, at(12, 0)) is None  # at the end
    assert rule.recorded_arrival(MORNING, at(8, 40)) is None  # early
    assert rule.recorded_arrival(MORNING, at(10, 30, day=TODAY + dt.timedelta(days=1))) is None
    assert rule.recorded_arrival(MORNING, None) is None
    assert rule.recorded_arrival(MORNING, at(10, 30, 45)) == at(10, 30, 45)


def test_shown_rows_add_up_to_the_shown_total() -> None:
    rows = [rule.as_hours(m) for m in (175, 235, 235)]  # 2 h 55, 3 h 55, 3 h 55
    assert rule.sum_minutes(rows) == 645  # 10 h 45 (not 2,9 + 3,9 + 3,9 = 10,8)
    assert rule.split(645) == (10, 45)
    assert all(rule.as_minutes(rule.as_hours(m)) == m for m in range(0, 24 * 60))


# ---- check-in, walk-in, partial presence ------------------------------------------


def test_eleven_people_checked_in_after_the_fact_get_the_whole_session(db: Database) -> None:
    """Found: checked in at 18:28 for 09:00-12:00, eleven people got 0.0 hours."""
    with db.session() as s:
        team = crew(s)
        sess = training(s, team.team_id)  # 09:00-12:00
        for index in range(11):
            who = person(s, team.team_id, f"Person{index}", "Recorded")
            view = attendance.check_in(
                session=s, session_id=sess.id, beneficiary_id=who.id, at=at(18, 28)
            ).value
            assert (view.hours_attended, view.arrived_at) == (3.0, None)
        roster = attendance.roster(session=s, session_id=sess.id)
        assert [r.hours_attended for r in roster.rows] == [3.0] * 11


def test_check_in_during_the_session_counts_from_arrival(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        sess = training(s, team.team_id)
        on_time, late, early, next_day = (
            person(s, team.team_id, name, "Test") for name in ("Ontime", "Late", "Early", "Later")
        )
        view = attendance.check_in(
            session=s, session_id=sess.id, beneficiary_id=on_time.id, at=at(9, 12)
        ).value
        assert (view.hours_attended, view.arrived_at) == (3.0, at(9, 12))  # grace period
        view = attendance.check_in(
            session=s, session_id=sess.id, beneficiary_id=late.id, at=at(10, 20, 31)
        ).value
        assert (minutes(view), view.arrived_at) == (100, at(10, 20, 31))
        view = attendance.check_in(
            session=s, session_id=sess.id, beneficiary_id=early.id, at=at(8, 40)
        ).value
        assert (view.hours_attended, view.arrived_at) == (3.0, None)
        view = attendance.check_in(
            session=s, session_id=sess.id, beneficiary_id=next_day.id,
            at=at(9, 30, day=TODAY + dt.timedelta(days=1)),
        ).value
        assert (view.hours_attended, view.arrived_at) == (3.0, None)
        # Checking in again changes nothing, whatever the time.
        again = attendance.check_in(
            session=s, session_id=sess.id, beneficiary_id=on_time.id, at=at(11, 30)
        )
        assert again.value.hours_attended == 3.0 and not again.changes


@pytest.mark.parametrize("moment", [at(18, 28), at(10, 30), at(9, 5), at(7, 55)])
def test_a_walk_in_follows_exactly_the_check_in_rule(db: Database, moment: dt.datetime) -> None:
    """Found: a walk-in at 18:28 got 3.0 hours while a check-in got 0.0."""
    with db.session() as s:
        team = crew(s)
        sess = training(s, team.team_id)
        known = person(s, team.team_id, "Known", "Person")
        checked = attendance.check_in(
            session=s, session_id=sess.id, beneficiary_id=known.id, at=moment
        ).value
        _who, walked = attendance.register_walk_in(
            session=s, session_id=sess.id, team_id=team.team_id, consent=consent(),
            data=BeneficiaryInput(first_name="Walk", last_name="In", sex="M"), today=TODAY,
            at=moment,
        ).value
        assert (walked.hours_attended, walked.arrived_at) == (
            checked.hours_attended, checked.arrived_at,
        )


def test_partial_presence_counts_arrival_to_departure_less_the_break(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        sess = training(
            s, team.team_id, start=dt.time(9), end=dt.time(17),
            break_start=dt.time(12, 30), break_end=dt.time(13, 30),
        )
        assert sess.planned_hours == 7.0
        amal, badr, chama = (person(s, team.team_id, n, "Test") for n in ("Amal", "Badr", "Chama"))
        whole = attendance.check_in(
            session=s, session_id=sess.id, beneficiary_id=amal.id, at=at(18, 28)
        ).value
        assert whole.hours_attended == 7.0  # not 8: lunch is not training
        both = attendance.set_presence_times(
            session=s, session_id=sess.id, beneficiary_id=badr.id,
            arrived_at=dt.time(11), left_at=dt.time(15),
        ).value
        assert (both.hours_attended, both.arrived_at, both.left_at) == (
            3.0, at(11), at(15),
        )
        after_lunch = attendance.set_presence_times(
            session=s, session_id=sess.id, beneficiary_id=chama.id,
            arrived_at=dt.time(13, 5), left_at=None,
        ).value
        assert after_lunch.hours_attended == 3.5  # from 13:30


@pytest.mark.parametrize(
    ("arrived", "left", "codes"),
    [
        (dt.time(11), dt.time(10), {"left_at": "left_before_arrival"}),
        (dt.time(10), dt.time(10), {"left_at": "left_before_arrival"}),
        (dt.time(8), None, {"arrived_at": "arrival_outside_session"}),
        (dt.time(12), None, {"arrived_at": "arrival_outside_session"}),
        (None, dt.time(18), {"left_at": "departure_outside_session"}),
        (None, dt.time(9), {"left_at": "departure_outside_session"}),
        (dt.time(7), dt.time(19), {
            "arrived_at": "arrival_outside_session", "left_at": "departure_outside_session",
        }),
    ],
)
def test_impossible_presence_times_are_refused_and_change_nothing(
    db: Database, arrived: dt.time | None, left: dt.time | None, codes: dict[str, str]
) -> None:
    with db.session() as s:
        team = crew(s)
        sess = training(s, team.team_id)
        amal = person(s, team.team_id, "Amal", "Sbai")
        attendance.check_in(session=s, session_id=sess.id, beneficiary_id=amal.id)
        with pytest.raises(ValidationError) as caught:
            attendance.set_presence_times(
                session=s, session_id=sess.id, beneficiary_id=amal.id,
                arrived_at=arrived, left_at=left,
            )
        assert caught.value.codes() == codes
        kept = attendance.get_attendance(session=s, session_id=sess.id, beneficiary_id=amal.id)
        assert kept is not None and (kept.hours_attended, kept.arrived_at, kept.left_at) == (
            3.0, None, None,
        )


# ---- sessions with a break --------------------------------------------------------


@pytest.mark.parametrize(
    ("break_start", "break_end", "codes"),
    [
        (dt.time(12, 30), None, {"break_end": "required"}),
        (None, dt.time(13), {"break_start": "required"}),
        (dt.time(13), dt.time(12, 30), {"break_end": "break_ends_before_start"}),
        (dt.time(8), dt.time(9, 30), {"break_start": "break_outside_session"}),
        (dt.time(16, 30), dt.time(17, 30), {"break_end": "break_outside_session"}),
    ],
)
def test_a_break_must_lie_inside_its_session(
    db: Database, break_start: dt.time | None, break_end: dt.time | None, codes: dict[str, str]
) -> None:
    with db.session() as s:
        team = crew(s)
        with pytest.raises(ValidationError) as caught:
            training(
                s, team.team_id, start=dt.time(9), end=dt.time(17),
                break_start=break_start, break_end=break_end,
            )
        assert caught.value.codes() == codes


def test_changing_a_session_times_or_break_recomputes_stored_hours(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        sess = training(s, team.team_id, start=dt.time(9), end=dt.time(17))
        amal, badr = (person(s, team.team_id, n, "Test") for n in ("Amal", "Badr"))
        attendance.check_in(session=s, session_id=sess.id, beneficiary_id=amal.id)
        attendance.set_presence_times(
            session=s, session_id=sess.id, beneficiary_id=badr.id,
            arrived_at=dt.time(11), left_at=None,
        )
        done = planning.update_session(
            session=s, session_id=sess.id,
            break_start=dt.time(12, 30), break_end=dt.time(13, 30),
        )
        assert (done.value.break_start, done.value.break_end) == (dt.time(12, 30), dt.time(13, 30))
        assert done.value.planned_hours == 7.0
        assert done.changes.concerns([Topic.ATTENDANCE]) and done.changes.concerns([Topic.SESSION])
        rows = {r.first_name: r.hours_attended for r in attendance.roster(
            session=s, session_id=sess.id).rows}
        assert rows == {"Amal": 7.0, "Badr": 5.0}
        # Other fields left as they are keep the break; None takes it away.
        kept = planning.update_session(session=s, session_id=sess.id, capacity=20).value
        assert kept.break_start == dt.time(12, 30)
        gone = planning.update_session(
            session=s, session_id=sess.id, break_start=None, break_end=None
        ).value
        assert (gone.break_start, gone.planned_hours) == (None, 8.0)
        rows = {r.first_name: r.hours_attended for r in attendance.roster(
            session=s, session_id=sess.id).rows}
        assert rows == {"Amal": 8.0, "Badr": 6.0}
        # A session moved to another day keeps its people's times of day.
        moved = planning.update_session(
            session=s, session_id=sess.id, session_date=TODAY + dt.timedelta(days=2)
        ).value
        badr_mark = attendance.get_attendance(
            session=s, session_id=moved.id, beneficiary_id=badr.id
        )
        assert badr_mark is not None
        assert badr_mark.arrived_at == at(11, day=TODAY + dt.timedelta(days=2))
        assert badr_mark.hours_attended == 6.0


# ---- what reads the hours: record, certificate, indicators -------------------------


def test_record_certificate_and_indicators_agree_with_the_database(db: Database) -> None:
    """Found: certificates fell back to planned hours when the stored hours
    were 0, so the paper and the database disagreed."""
    with db.session() as s:
        team = crew(s)
        amal = person(s, team.team_id, "Amal", "Sbai")
        stored: list[float] = []
        for offset, (arrived, left) in enumerate(
            [(dt.time(9, 20), dt.time(12, 15)), (dt.time(9, 20), dt.time(13, 15)),
             (dt.time(9, 20), dt.time(13, 15))]
        ):
            sess = training(
                s, team.team_id, day=TODAY - dt.timedelta(days=offset), start=dt.time(9),
                end=dt.time(14),
            )
            view = attendance.set_presence_times(
                session=s, session_id=sess.id, beneficiary_id=amal.id,
                arrived_at=arrived, left_at=left,
            ).value
            stored.append(view.hours_attended)
        assert [rule.as_minutes(h) for h in stored] == [175, 235, 235]
        detail = beneficiaries.beneficiary_detail(session=s, beneficiary_id=amal.id, today=TODAY)
        assert rule.as_minutes(detail.total_hours) == 645
        certificate = issue_certificate(
            session=s, beneficiary_id=amal.id, issued_on=TODAY
        ).value
        assert rule.as_minutes(certificate.total_hours) == 645
        assert sum(rule.as_minutes(m.hours) for m in certificate.modules) == 645
        figures = compute_indicators(
            session=s,
            filters=IndicatorFilter(
                date_from=TODAY - dt.timedelta(days=7), date_to=TODAY, team_id=team.team_id
            ),
        )
        assert rule.as_minutes(figures.hours_attended) == 645
        assert figures.training_hours == 15.0


def test_a_present_mark_with_no_minutes_is_not_filled_with_planned_hours(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        sess = training(s, team.team_id, start=dt.time(9), end=dt.time(17),
                        break_start=dt.time(12), break_end=dt.time(13))
        amal = person(s, team.team_id, "Amal", "Sbai")
        view = attendance.set_presence_times(
            session=s, session_id=sess.id, beneficiary_id=amal.id,
            arrived_at=dt.time(12, 10), left_at=dt.time(12, 50),  # only at lunch
        ).value
        assert view.hours_attended == 0.0
        certificate = issue_certificate(session=s, beneficiary_id=amal.id, issued_on=TODAY).value
        assert certificate.total_hours == 0.0
