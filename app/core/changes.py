"""What a write changed, as a value (after Anki's `OpChanges`).

A service function that writes returns `Done[T]`: its usual result in
`value` and, in `changes`, the kinds of data (`Topic`) it touched.  The
desktop app hands `changes` to every screen; a screen redraws only when they
concern what it shows.  Nothing outside this module names a kind of data with
a free string, so mypy checks every producer and every consumer.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

T_co = TypeVar("T_co", covariant=True)


class Topic(enum.Enum):
    """A kind of data a screen may show."""

    BENEFICIARY = "beneficiary"  # people and their consents
    ATTENDANCE = "attendance"
    SESSION = "session"  # training sessions, their cohorts (enrolment), modules
    STOP = "stop"  # tour stops of the bus
    COACHING = "coaching"  # coaching sessions and next steps
    ENTERPRISE = "enterprise"  # enterprises, members, stages
    SUPPORT = "support"  # programmes, applications, support delivered, certificates
    CONFLICT = "conflict"
    USER = "user"  # users and teams


# The topic of each table a write can touch (sync bookkeeping and the static
# reference tables have none: no screen redraws for them).
TABLE_TOPICS: Mapping[str, Topic] = {
    "beneficiary": Topic.BENEFICIARY,
    "consent": Topic.BENEFICIARY,
    "attendance": Topic.ATTENDANCE,
    "training_session": Topic.SESSION,
    "enrolment": Topic.SESSION,
    "training_module": Topic.SESSION,
    "tour_stop": Topic.STOP,
    "coaching_session": Topic.COACHING,
    "next_step": Topic.COACHING,
    "enterprise": Topic.ENTERPRISE,
    "enterprise_member": Topic.ENTERPRISE,
    "enterprise_stage": Topic.ENTERPRISE,
    "programme": Topic.SUPPORT,
    "application": Topic.SUPPORT,
    "support_delivered": Topic.SUPPORT,
    "conflict": Topic.CONFLICT,
    "app_user": Topic.USER,
    "team": Topic.USER,
}


@dataclass(frozen=True)
class Changes:
    """The kinds of data one operation changed (empty: nothing changed)."""

    topics: frozenset[Topic] = frozenset()

    @classmethod
    def of(cls, *topics: Topic) -> Changes:
        return cls(frozenset(topics))

    @classmethod
    def of_tables(cls, tables: Iterable[str]) -> Changes:
        """The changes behind rows written to these tables (by name)."""
        return cls(frozenset(TABLE_TOPICS[t] for t in tables if t in TABLE_TOPICS))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.topics | other.topics)

    def __bool__(self) -> bool:
        return bool(self.topics)

    def concerns(self, topics: Iterable[Topic]) -> bool:
        """True when any of `topics` (what a screen shows) changed."""
        return not self.topics.isdisjoint(topics)


NOTHING = Changes()
EVERYTHING = Changes(frozenset(Topic))


@dataclass(frozen=True)
class Done(Generic[T_co]):
    """What a writing service returns: its result and what it changed."""

    value: T_co
    changes: Changes
