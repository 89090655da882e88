"""Sessions and attendance: the cohorts of each stop follow a track of
modules, each session carrying the previous one's roster forward; who was
there every time gets a certificate; a coming stop gets planned sessions."""

from __future__ import annotations

import datetime as dt

from app.models import Attendance, Enrolment, SupportDelivered, TrainingSession
from app.models.ids import attendance_id, enrolment_id
from app.rules import hours as hours_rule
from app.services.demo.context import Demo, Person, Stop
from app.services.documents.certificate import certificate_serial, training_key

# Sequences of modules a cohort follows at one stop (codes of the catalogue).
TRACKS = (
    ("AE-STATUT", "GESTION-FIN", "PRIX-MARKETING"),
    ("BUSINESS-PLAN", "FINANCEMENT", "COMMUNICATION"),
    ("COOP-GOUV", "COMPTA-COOP"),
    ("FORMALISATION", "AE-STATUT"),
    ("QUALITE-AGRO", "PRIX-MARKETING"),
    ("NUMERIQUE", "PRIX-MARKETING"),
    ("FINANCEMENT",),
    ("MARCHES-PUBLICS",),
    ("GESTION-FIN", "NUMERIQUE"),
)


def train_cohorts(demo: Demo, stop: Stop, members: list[Person]) -> None:
    """Cohorts of the stop follow a track of modules, one session after
    the other, each carrying the previous one's roster forward."""
    rng = demo.rng
    pool = [p for p in members if p.registered_on == stop.starts_on and rng.random() < 0.85]
    rng.shuffle(pool)
    days = stop.days
    while pool:
        size = min(len(pool), rng.randint(20, 45))
        cohort, pool = pool[:size], pool[size:]
        if len(cohort) < 8 and demo.session_count > 0:
            break  # too few left for a group: they only registered
        # Two sessions a day when the stop is shorter than the track.
        track = rng.choice(TRACKS)[: 2 * len(days)]
        packed = len(days) < len(track)
        trainers = _session_trainers(demo, stop.team)
        previous: str | None = None
        held: list[str] = []
        codes: list[str] = []
        present_all = {p.id for p in cohort}
        morning = rng.random() < 0.6
        for step, code in enumerate(track):
            module = demo.modules.get(code)
            if module is None:
                continue
            if packed:
                day = days[step // 2]
                start = dt.time(8, 30) if step % 2 == 0 else dt.time(14, 0)
                hours = min(module.planned_hours, 4.0)
            else:
                day = days[step]
                hours = min(module.planned_hours, 6.0)
                start = dt.time(9, 0) if morning or hours > 3 else dt.time(14, 0)
            start_dt = dt.datetime.combine(day, start)
            end_dt = start_dt + dt.timedelta(hours=hours)
            cancelled = rng.random() < 0.02
            session_id = demo.ids.on(day)
            demo.session_count += 1
            demo.add(
                TrainingSession,
                stop.team,
                {
                    "id": session_id,
                    "module_id": module.id,
                    "stop_id": stop.id,
                    "session_date": day,
                    "start_time": start_dt.time(),
                    "end_time": end_dt.time(),
                    "trainer_ids": trainers,
                    "capacity": rng.choice((40, 50, 60)),
                    "status": "cancelled" if cancelled else "held",
                    "cohort_from_id": previous,
                    "place": None,
                    "notes": None,
                },
            )
            previous = session_id
            for person in cohort:
                demo.add(
                    Enrolment,
                    stop.team,
                    {
                        "id": enrolment_id(session_id, person.id),
                        "session_id": session_id,
                        "beneficiary_id": person.id,
                    },
                )
            if cancelled:
                present_all.clear()
                continue
            held.append(session_id)
            codes.append(code)
            present_all &= _attendance(
                demo, session_id, stop.team, cohort, start_dt, end_dt, trainers[0]
            )
        if held and held[-1] == previous:
            demo.last_cohort[stop.team] = (previous, [p.id for p in cohort])
        if len(track) >= 2:
            for person in cohort:
                if person.id in present_all:
                    person.attended_track = True
                    if rng.random() < 0.6:
                        _certificate(demo, person, codes, held, days[-1])


def _session_trainers(demo: Demo, team: int) -> list[str]:
    crew = [t[0] for t in demo.trainers[team]]
    return sorted(demo.rng.sample(crew, demo.rng.choice((1, 1, 2))))


def _attendance(
    demo: Demo,
    session_id: str,
    team: int,
    cohort: list[Person],
    start: dt.datetime,
    end: dt.datetime,
    trainer_id: str,
) -> set[str]:
    """Marks the cohort present / absent / excused; returns who was
    there the whole time."""
    rng = demo.rng
    full: set[str] = set()
    times = hours_rule.SessionTimes(start.date(), start.time(), end.time())
    for person in cohort:
        draw = rng.random()
        arrived: dt.datetime | None = None
        left: dt.datetime | None = None
        hours = 0.0
        if draw < 0.82:
            status = "present"
            arrived = start + dt.timedelta(minutes=rng.choice((0, 0, 5, 10, 15, 25)))
            left = end
            if rng.random() < 0.1:  # left early: partial presence
                left = end - dt.timedelta(minutes=rng.choice((45, 60, 90)))
            else:
                full.add(person.id)
            hours = hours_rule.as_hours(hours_rule.minutes_attended(times, arrived, left))
        elif draw < 0.93:
            status = "absent"
        else:
            status = "excused"
        demo.add(
            Attendance,
            team,
            {
                "id": attendance_id(session_id, person.id),
                "session_id": session_id,
                "beneficiary_id": person.id,
                "status": status,
                "arrived_at": arrived,
                "left_at": left,
                "hours_attended": hours,
                "recorded_by": trainer_id,
            },
        )
    return full


def _certificate(
    demo: Demo, person: Person, codes: list[str], session_ids: list[str], day: dt.date
) -> None:
    """Recorded the way documents.issue_certificate records one, so that
    printing it again reuses the serial."""
    demo.certificates += 1
    support_id = demo.ids.on(day)
    demo.add(
        SupportDelivered,
        person.team,
        {
            "id": support_id,
            "beneficiary_id": person.id,
            "enterprise_id": None,
            "programme_id": None,
            "kind": "certificate",
            "description": f"Attestation de participation : {', '.join(codes)} "
            f"[training:{training_key(session_ids)}]",
            "value_mad": None,
            "delivered_on": day,
            "delivered_by": demo.coordinators[person.team][0],
            "serial": certificate_serial(support_id, day.year),
            "revoked": False,
        },
    )


def planned_sessions(demo: Demo, stop: Stop) -> None:
    """Two sessions planned at a coming stop; today's morning one carries
    forward the team's latest cohort (its people are expected)."""
    rng = demo.rng
    carry = demo.last_cohort.get(stop.team) if stop.starts_on == demo.today else None
    for index, code in enumerate(rng.sample(sorted(demo.modules), 2)):
        module = demo.modules[code]
        day = stop.starts_on
        start = dt.datetime.combine(day, dt.time(9, 0) if index == 0 else dt.time(14, 0))
        end = start + dt.timedelta(hours=min(module.planned_hours, 4.0))
        session_id = demo.ids.on(day)
        cohort_from, expected = carry if carry and index == 0 else (None, [])
        demo.add(
            TrainingSession,
            stop.team,
            {
                "id": session_id,
                "module_id": module.id,
                "stop_id": stop.id,
                "session_date": day,
                "start_time": start.time(),
                "end_time": end.time(),
                "trainer_ids": _session_trainers(demo, stop.team),
                "capacity": 40,
                "status": "planned",
                "cohort_from_id": cohort_from,
                "place": None,
                "notes": None,
            },
        )
        for person_id in expected:
            demo.add(
                Enrolment,
                stop.team,
                {
                    "id": enrolment_id(session_id, person_id),
                    "session_id": session_id,
                    "beneficiary_id": person_id,
                },
            )

