"""Whole-domain export, the rows: every syncable table plus the reference
rows it uses (app/reports/exports/domain.py writes them as JSON, CSV, XLSX).

The content is stable so that two databases that converged compare equal:
rows sorted by id, ids included, dates as ISO text, and the sync bookkeeping
left out except `id`, `team_id` and `deleted` (clocks, device ids, outbox
and server sequence numbers differ between copies of the same data).
Password hashes stay out of exports (files travel by e-mail and USB keys).

`export_domain(session=...)` returns the whole thing as a dict (used by the
sync tests to compare databases); `iter_rows` streams one table so that the
file writers never hold a 100,000-person database in memory twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Column, Table, select
from sqlalchemy.orm import Session

from app.models import Commune, Province, Region, syncable_classes
from app.models.base import SYNC_META_COLUMNS

EXPORT_FORMAT = "caravane-export"
EXPORT_VERSION = 1
# Kept out of every export file: secrets, not data about the programme.
SECRET_COLUMNS = frozenset({"password_hash"})
_KEPT_META = ("id", "team_id", "deleted")
REFERENCE_TABLES = ("region", "province", "commune")


def _columns(table: Table, local: frozenset[str]) -> list[Column[Any]]:
    """id first, then the domain columns in table order, then team_id and deleted."""
    skip = (SYNC_META_COLUMNS | local | SECRET_COLUMNS) - set(_KEPT_META)
    domain = [c for c in table.columns if c.key not in skip and c.key not in _KEPT_META]
    return [table.c.id, *domain, table.c.team_id, table.c.deleted]


def export_value(value: Any) -> Any:
    """JSON-ready value: dates and times as ISO text, the rest unchanged."""
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    return value


def domain_tables() -> list[tuple[str, list[str]]]:
    """(table name, exported column names) for every syncable table, by name."""
    result = []
    for cls in syncable_classes():
        table: Table = cls.__table__  # type: ignore[attr-defined]
        result.append((table.name, [c.key for c in _columns(table, cls.local_columns)]))
    return sorted(result)


def iter_rows(session: Session, table_name: str) -> Iterator[dict[str, Any]]:
    """The exported rows of one syncable table, by id (streamed)."""
    for cls in syncable_classes():
        table: Table = cls.__table__  # type: ignore[attr-defined]
        if table.name == table_name:
            break
    else:
        raise KeyError(table_name)
    columns = _columns(table, cls.local_columns)
    keys = [c.key for c in columns]
    result = session.execute(select(*columns).order_by(table.c.id)).yield_per(2000)
    for row in result:
        yield {key: export_value(value) for key, value in zip(keys, row, strict=True)}


def reference_rows(session: Session) -> dict[str, list[dict[str, Any]]]:
    """The region, province and commune rows the domain data points to."""
    commune_codes: set[str] = set()
    region_codes: set[str] = set()
    for cls in syncable_classes():
        table: Table = cls.__table__  # type: ignore[attr-defined]
        for column in table.columns:
            targets = {fk.column.table.name for fk in column.foreign_keys}
            if "commune" in targets:
                commune_codes.update(
                    v for v in session.scalars(select(column).distinct()) if v is not None
                )
            if "region" in targets:
                region_codes.update(
                    v for v in session.scalars(select(column).distinct()) if v is not None
                )
    communes = list(
        session.scalars(select(Commune).where(Commune.code.in_(sorted(commune_codes))))
    )
    province_codes = {c.province_code for c in communes}
    provinces = list(
        session.scalars(select(Province).where(Province.code.in_(sorted(province_codes))))
    )
    region_codes.update(c.region_code for c in communes)
    region_codes.update(p.region_code for p in provinces)
    regions = list(session.scalars(select(Region).where(Region.code.in_(sorted(region_codes)))))
    return {
        "commune": sorted(
            (
                {
                    "code": c.code,
                    "name_fr": c.name_fr,
                    "name_ar": c.name_ar,
                    "kind": c.kind,
                    "province_code": c.province_code,
                    "region_code": c.region_code,
                }
                for c in communes
            ),
            key=lambda r: r["code"],
        ),
        "province": sorted(
            (
                {
                    "code": p.code,
                    "name_fr": p.name_fr,
                    "name_ar": p.name_ar,
                    "kind": p.kind,
                    "region_code": p.region_code,
                }
                for p in provinces
            ),
            key=lambda r: r["code"],
        ),
        "region": sorted(
            ({"code": r.code, "name_fr": r.name_fr, "name_ar": r.name_ar} for r in regions),
            key=lambda r: r["code"],
        ),
    }


def export_domain(*, session: Session) -> dict[str, Any]:
    """The whole domain as one dict:
    {"format", "version", "tables": {table: [row, ...]}, "reference": {...}}.
    Two databases holding the same data give equal dicts."""
    tables = {
        name: sorted(iter_rows(session, name), key=lambda r: str(r["id"]))
        for name, _ in domain_tables()
    }
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "tables": tables,
        "reference": reference_rows(session),
    }
