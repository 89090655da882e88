"""What every phase of the demo shares: the seeded generator, the writer,
the crew, and the stops and people drawn so far (plain records, not ORM
objects: later phases need a few facts about each row, not the row)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from app.models import TrainingModule
from app.services.demo.draws import Ids, Picker
from app.services.demo.writer import Writer

if TYPE_CHECKING:
    from app.services.demo.people import PersonDraws

# progress(phase, done, total): phase is a code ("people", "coaching", ...).
Progress = Callable[[str, int, int], None]


@dataclass
class Commune:
    code: str
    name_fr: str
    kind: str
    province_code: str


@dataclass
class Stop:
    id: str
    team: int
    commune: Commune
    starts_on: dt.date
    ends_on: dt.date

    @property
    def days(self) -> list[dt.date]:
        return [
            self.starts_on + dt.timedelta(days=i)
            for i in range((self.ends_on - self.starts_on).days + 1)
        ]


@dataclass
class Person:
    """What later phases need to know about a beneficiary."""

    id: str
    team: int
    sex: str
    last_name: str
    commune: Commune
    registered_on: dt.date
    status: str
    sector: str
    stage: str
    attended_track: bool = False


@dataclass
class Demo:
    session: Session
    total: int  # beneficiaries wanted
    seed: int
    today: dt.date
    rng: random.Random
    ids: Ids
    writer: Writer
    draws: PersonDraws
    progress: Progress | None
    # The crew (plan.crew), per team index: team id, trainers (id, name), coordinator.
    team_ids: list[str] = field(default_factory=list)
    trainers: list[list[tuple[str, str]]] = field(default_factory=list)
    coordinators: list[tuple[str, str]] = field(default_factory=list)
    modules: dict[str, TrainingModule] = field(default_factory=dict)
    # The plan of the year (plan.stops).
    communes_by_province: dict[str, list[Commune]] = field(default_factory=dict)
    commune_pickers: dict[str, Picker] = field(default_factory=dict)
    stops: list[Stop] = field(default_factory=list)
    future_stops: list[Stop] = field(default_factory=list)
    # Drawn so far.
    people: list[Person] = field(default_factory=list)
    used_cins: set[str] = field(default_factory=set)
    used_phones: set[str] = field(default_factory=set)
    session_count: int = 0
    # Per team: the latest held session and its cohort (carried forward today).
    last_cohort: dict[int, tuple[str, list[str]]] = field(default_factory=dict)
    certificates: int = 0
    enterprise_of: dict[str, str] = field(default_factory=dict)  # person id -> enterprise id

    def add(self, model: type[Any], team: int, row: dict[str, Any]) -> None:
        row["team_id"] = self.team_ids[team]
        self.writer.add(model, row)

    def report(self, phase: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(phase, done, total)
