"""`caravane export`: the whole domain (app/services/exports/domain.py) as
a JSON file, one CSV per table (in a .zip or a folder) or an XLSX workbook,
streamed table by table."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.services.exports.domain import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    domain_tables,
    iter_rows,
    reference_rows,
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    tables: int
    rows: int


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
