"""Whole-domain export: every syncable table plus the reference rows it uses.

The content is stable so that two databases that converged compare equal:
rows sorted by id, ids included, dates as ISO text, and the sync bookkeeping
left out except `id`, `team_id` and `deleted` (clocks, device ids, outbox
and server sequence numbers differ between copies of the same data).
Password hashes stay out of exports (files travel by e-mail and USB keys).

`export_domain(session=...)` returns the whole thing as a dict (used by the
sync tests to compare databases); the writers stream table by table so that
a 100,000-person database does not have to fit in memory twice.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
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


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    tables: int
    rows: int


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


# -- files ----------------------------------------------------------------


def _dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def write_json(*, session: Session, path: Path) -> ExportResult:
    """The export_domain dict as a JSON file, sorted keys, one row per line
    (streamed; identical to `json.dumps(export_domain(...), sort_keys=True)`
    once parsed)."""
    count = 0
    tables = domain_tables()
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write('{"format": ' + _dump(EXPORT_FORMAT) + ",\n")
        out.write(' "reference": ' + _dump(reference_rows(session)) + ",\n")
        out.write(' "tables": {')
        for index, (name, _) in enumerate(tables):
            out.write(("," if index else "") + "\n  " + _dump(name) + ": [")
            first = True
            for row in iter_rows(session, name):
                out.write(("\n   " if first else ",\n   ") + _dump(row))
                first = False
                count += 1
            out.write("]")
        out.write("\n },\n")
        out.write(' "version": ' + _dump(EXPORT_VERSION) + "}\n")
    return ExportResult(path, "json", len(tables), count)


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return _dump(value)
    return str(value)


def _csv_text(header: list[str], rows: Iterator[dict[str, Any]]) -> tuple[str, int]:
    buffer = io.StringIO()
    buffer.write("\ufeff")  # Excel opens UTF-8 with a BOM as UTF-8
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow([csv_cell(row[key]) for key in header])
        count += 1
    return buffer.getvalue(), count


def _all_tables(session: Session) -> Iterator[tuple[str, list[str], Iterator[dict[str, Any]]]]:
    for name, header in domain_tables():
        yield name, header, iter_rows(session, name)
    for name, rows in sorted(reference_rows(session).items()):
        header = list(rows[0]) if rows else ["code"]
        yield name, header, iter(rows)


def write_csv(*, session: Session, path: Path) -> ExportResult:
    """One CSV per table (UTF-8 with BOM): in a .zip, or in a folder."""
    count = 0
    tables = 0
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, header, rows in _all_tables(session):
                text, written = _csv_text(header, rows)
                archive.writestr(f"{name}.csv", text.encode("utf-8"))
                count += written
                tables += 1
    else:
        path.mkdir(parents=True, exist_ok=True)
        for name, header, rows in _all_tables(session):
            text, written = _csv_text(header, rows)
            (path / f"{name}.csv").write_text(text, encoding="utf-8", newline="")
            count += written
            tables += 1
    return ExportResult(path, "csv", tables, count)


def _xlsx_cell(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | dict):
        return _dump(value)
    return str(value)


def write_xlsx(*, session: Session, path: Path) -> ExportResult:
    """One sheet per table (openpyxl write-only, so memory stays flat)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    count = 0
    tables = 0
    for name, header, rows in _all_tables(session):
        sheet = workbook.create_sheet(title=name[:31])
        sheet.append(header)
        for row in rows:
            sheet.append([_xlsx_cell(row[key]) for key in header])
            count += 1
        tables += 1
    workbook.save(path)
    return ExportResult(path, "xlsx", tables, count)


FORMATS = ("json", "csv", "xlsx")


def format_for(path: Path) -> str | None:
    """The export format a file name implies (a folder or .zip means CSV)."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".zip", ".csv") or suffix == "" or path.is_dir():
        return "csv"
    if suffix == ".xlsx":
        return "xlsx"
    return None


def export_file(*, session: Session, path: Path, format: str) -> ExportResult:  # noqa: A002
    if format == "json":
        return write_json(session=session, path=path)
    if format == "csv":
        if path.suffix.lower() == ".csv":
            path = path.with_suffix(".zip")  # one file cannot hold every table
        return write_csv(session=session, path=path)
    if format == "xlsx":
        return write_xlsx(session=session, path=path)
    raise ValueError(format)
