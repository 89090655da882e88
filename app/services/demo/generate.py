"""The demo's year, phase after phase: the crew and the plan of the year,
people registered at each stop and trained there, enterprises, coaching,
the selection funnel."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.core.clock import HybridLogicalClock
from app.core.errors import CaravaneError
from app.models import Beneficiary, TrainingModule
from app.services.demo import coaching, enterprises, people, plan, selection, trainings
from app.services.demo.context import Demo, Progress
from app.services.demo.draws import Ids
from app.services.demo.plan import DemoLogin
from app.services.demo.writer import Writer

DEMO_CACHE_KIB = 256 * 1024


class DemoNotEmpty(CaravaneError):
    """Demo data goes into an empty database only (its ids are fixed per seed)."""

    code = "demo_not_empty"


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    today: dt.date
    teams: int
    beneficiaries: int
    stops: int
    sessions: int
    attendances: int
    coaching_sessions: int
    next_steps: int
    enterprises: int
    applications: int
    equipment: int
    certificates: int
    logins: tuple[DemoLogin, ...]


def has_beneficiaries(*, session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(Beneficiary)) != 0


def generate_demo(
    *,
    session: Session,
    beneficiaries: int,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data (the caller commits).

    `session` must come from `Database.session()` (it carries the clock and
    device id).  `cancel()` is polled between chunks; when it returns True
    `DemoCancelled` is raised and the caller's rollback leaves nothing.
    Raises `DemoNotEmpty` when beneficiaries already exist.
    """
    if beneficiaries < 1:
        raise CaravaneError("demo_size", {"min": 1})
    clock: HybridLogicalClock | None = session.info.get("clock")
    device_id: str | None = session.info.get("device_id")
    if clock is None or device_id is None:
        raise RuntimeError("session has no clock: open it with Database.session()")
    rng = random.Random(seed)
    demo = Demo(
        session=session,
        total=beneficiaries,
        seed=seed,
        today=today or dt.date.today(),
        rng=rng,
        ids=Ids(rng),
        writer=Writer(session, hlc=clock.tick(), device_id=device_id, cancel=cancel),
        draws=people.PersonDraws(rng),
        progress=progress,
    )
    if session.get_bind().dialect.name != "sqlite":
        return _run(demo)
    # Random ids scatter index inserts over the whole file: a larger page
    # cache for the job's connection saves re-reading pages (restored after).
    previous = session.execute(text("PRAGMA cache_size")).scalar()
    session.execute(text(f"PRAGMA cache_size=-{DEMO_CACHE_KIB}"))
    try:
        return _run(demo)
    finally:
        session.execute(text(f"PRAGMA cache_size={int(previous or -2000)}"))


def _run(demo: Demo) -> DemoSummary:
    if has_beneficiaries(session=demo.session):
        raise DemoNotEmpty()
    team_count = 2 if demo.total >= 1000 else 1
    logins = plan.crew(demo, team_count)
    demo.modules = {
        m.code: m
        for m in demo.session.scalars(
            select(TrainingModule).where(TrainingModule.deleted.is_(False))
        )
    }
    plan.stops(demo, team_count)
    _people_and_trainings(demo)
    enterprise_count = enterprises.generate(demo)
    coaching.generate(demo)
    applications, equipment = selection.generate(demo)
    demo.writer.flush()
    demo.report("done", 1, 1)
    counts = demo.writer.counts
    return DemoSummary(
        seed=demo.seed,
        today=demo.today,
        teams=team_count,
        beneficiaries=counts.get("beneficiary", 0),
        stops=counts.get("tour_stop", 0),
        sessions=counts.get("training_session", 0),
        attendances=counts.get("attendance", 0),
        coaching_sessions=counts.get("coaching_session", 0),
        next_steps=counts.get("next_step", 0),
        enterprises=enterprise_count,
        applications=applications,
        equipment=equipment,
        certificates=demo.certificates,
        logins=tuple(logins),
    )


def _people_and_trainings(demo: Demo) -> None:
    rng = demo.rng
    total = demo.total
    stops = demo.stops
    # Spread people over the stops; each stop gets at least a few.
    shares = [rng.uniform(0.6, 1.4) for _ in stops]
    scale = total / sum(shares)
    counts = [int(s * scale) for s in shares]
    for i in range(total - sum(counts)):
        counts[i % len(counts)] += 1
    done = 0
    for stop, count in zip(stops, counts, strict=True):
        members = [people.person(demo, stop) for _ in range(count)]
        trainings.train_cohorts(demo, stop, members)
        done += count
        demo.report("people", done, total)
    for stop in demo.future_stops:
        trainings.planned_sessions(demo, stop)

