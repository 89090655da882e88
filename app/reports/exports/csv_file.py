"""An officer's export as CSV that a French spreadsheet opens right.

Separator and decimal mark are chosen together: ";" between fields and ","
in numbers, as Excel and LibreOffice in French expect (a "." would make
every hours value text); UTF-8 with a BOM, so Arabic names survive Excel.
Dates are ISO (2026-03-01): LibreOffice's import dialog reads dd/mm/yyyy as
a date only when "Detect special numbers" is ticked (it is not by default),
while ISO dates are dates in LibreOffice and in Excel whatever the settings
(tests/test_exports_libreoffice.py opens the files in LibreOffice).
Percentages are numbers of percent (81,98) under a "(%)" header; hours are
rounded to 2 decimals.  The file starts with a few lines saying what it
holds (date, filters, which people), then an empty line and the table.

A text cell that starts like a formula (=, +, -, @) gets a leading
apostrophe, so that a name typed as "=HYPERLINK(...)" is never run by the
spreadsheet (CSV injection).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from app.reports.exports.officers import OfficerExport, round_half_up
from app.services.exports.officers import ColumnType

T = ColumnType
SEPARATOR = ";"
DECIMAL = ","
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def number_text(value: float | int, decimals: int = 2) -> str:
    """1.75 -> "1,75", 7.0 -> "7", 2.5 -> "2,5" (rounded half up)."""
    if isinstance(value, int):
        return str(value)
    text = f"{round_half_up(value, decimals):.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(".", DECIMAL)


def _text(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _number(value: Any) -> Any:
    return number_text(value) if isinstance(value, float) else value


def _percent(value: Any) -> Any:
    return number_text(value * 100) if isinstance(value, int | float) else value


FORMATTERS: dict[ColumnType, Callable[[Any], Any]] = {
    T.DATE: _date,
    T.HOURS: _number,
    T.MONEY: _number,
    T.MEASURE: _number,
    T.INTEGER: _number,
    T.PERCENT: _percent,
}


def _formatters(
    types: tuple[ColumnType, ...], flags: tuple[str, str]
) -> list[Callable[[Any], Any]]:
    """One formatter per column; dates repeat, so each is formatted once."""
    yes, no = flags
    result = []
    for column_type in types:
        function = FORMATTERS.get(column_type, _text)
        if column_type is T.FLAG:
            function = lambda value: yes if value else no  # noqa: E731
        if column_type is T.DATE:
            function = _once(function)
        result.append(function)
    return result


def _once(function: Callable[[Any], Any]) -> Callable[[Any], Any]:
    seen: dict[Any, Any] = {}

    def formatted(value: Any) -> Any:
        try:
            return seen[value]
        except KeyError:
            seen[value] = result = function(value)
            return result

    return formatted


def write_csv(export: OfficerExport, out: Path | str | BinaryIO) -> int:
    """Write the CSV; returns the number of rows of the table."""
    if isinstance(out, Path | str):
        with open(out, "w", encoding="utf-8-sig", newline="") as handle:
            return _write(export, handle)
    text = io.StringIO()
    count = _write(export, text)
    out.write(("\ufeff" + text.getvalue()).encode("utf-8"))
    return count


def _write(export: OfficerExport, handle: Any) -> int:
    writer = csv.writer(handle, delimiter=SEPARATOR, lineterminator="\r\n")
    for label, value in export.description():
        writer.writerow([label, _date(value)])
    writer.writerow([])
    writer.writerow(export.headers(percent_suffix=True))
    formatters: dict[int, list[Callable[[Any], Any]]] = {}
    count = 0
    for row, types in export.typed_rows():
        functions = formatters.get(id(types))
        if functions is None:
            functions = formatters[id(types)] = _formatters(types, export.flag_labels())
        writer.writerow([
            None if value is None else function(value)
            for function, value in zip(functions, row, strict=True)
        ])
        count += 1
    return count
