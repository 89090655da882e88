"""Deterministic demo data at scale for the Tanger-Tétouan-Al Hoceima region.

`generate_demo` fills an empty laptop database with one or two buses, their
crew, a year of tour stops in the region's real communes (rural ones
weighted), people with Latin and Arabic names, trainings with cohorts carried
forward, attendance, coaching with next steps, enterprises and cooperatives,
a selection funnel, equipment and certificates.

Same seed and same `today` give the same rows, ids included: ids are UUIDv7
built from the seeded generator and the row's date (`draws`), attendance /
enrolment / membership ids are the usual derived ones.  Rows go in through
the sync layer's bulk writer inside the caller's transaction (`writer`).

One module per job, in the order `generate` runs them: `plan` (the crew and
the year's tour stops), `people`, `trainings` (sessions, attendance,
certificates), `enterprises`, `coaching`, `selection`; `context` is what they
share, `names` the curated names and places.
"""

from __future__ import annotations

from app.services.demo.context import Progress
from app.services.demo.generate import (
    DemoNotEmpty,
    DemoSummary,
    generate_demo,
    has_beneficiaries,
)
from app.services.demo.plan import DemoLogin
from app.services.demo.writer import DemoCancelled

__all__ = [
    "DemoCancelled",
    "DemoLogin",
    "DemoNotEmpty",
    "DemoSummary",
    "Progress",
    "generate_demo",
    "has_beneficiaries",
]
