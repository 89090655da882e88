"""Exports for CCIS officers: beneficiaries, attendance, coaching and
indicators as CSV (UTF-8 with BOM, ";" separated, so Excel in a French
locale opens it with Arabic intact) or XLSX, with readable French headers
and codes spelled out."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from app.labels import FEMININE, DocText, Labels
from app.services.exports.officers import ExportTable

# Column key -> (header label, code kind to spell out or None).
COLUMNS: dict[str, tuple[str, str | None]] = {
    "id": (DocText.ID, None),
    "last_name": (DocText.LAST_NAME, None),
    "first_name": (DocText.FIRST_NAME, None),
    "name_ar": (DocText.NAME_AR, None),
    "sex": (DocText.SEX, "sex"),
    "birth_date": (DocText.BIRTH_DATE, None),
    "birth_year": (DocText.BIRTH_YEAR, None),
    "age_band": (DocText.AGE_BAND, "age_band"),
    "commune": (DocText.COMMUNE, None),
    "province": (DocText.PROVINCE, None),
    "area": (DocText.AREA, "commune_type"),
    "douar": (DocText.DOUAR, None),
    "education_level": (DocText.EDUCATION, "education_level"),
    "status": (DocText.STATUS, "status"),
    "sector": (DocText.SECTOR, "sector"),
    "project_stage": (DocText.STAGE, "project_stage"),
    "registered_on": (DocText.REGISTERED_ON, None),
    "cin": (DocText.CIN, None),
    "phone": (DocText.PHONE, None),
    "session_date": (DocText.DATE, None),
    "module_code": (DocText.MODULE_CODE, None),
    "module": (DocText.MODULE_TITLE, None),
    "session_id": (DocText.SESSION_ID, None),
    "beneficiary_id": (DocText.BENEFICIARY_ID, None),
    "attendance_status": (DocText.ATTENDANCE_STATUS, "attendance_status"),
    "hours_attended": (DocText.HOURS_ATTENDED, None),
    "held_on": (DocText.DATE, None),
    "duration_minutes": (DocText.DURATION_MIN, None),
    "topics": (DocText.TOPICS, None),
    "stage_assessed": (DocText.STAGE_ASSESSED, "project_stage"),
    "trainer": (DocText.TRAINER, None),
    "section": (DocText.CATEGORY, None),
    "indicator": (DocText.INDICATOR, None),
    "value": (DocText.VALUE, None),
}

FORMATS = ("csv", "xlsx")


def headers(table: ExportTable, labels: Labels) -> list[str]:
    return [labels(COLUMNS[key][0]) for key in table.columns]


def _converters(table: ExportTable, labels: Labels) -> dict[int, Callable[[Any], Any]]:
    """Column index -> conversion, for the columns that need one."""
    result: dict[int, Callable[[Any], Any]] = {}
    for index, key in enumerate(table.columns):
        kind = COLUMNS[key][1]
        if kind is not None:
            result[index] = _spell(kind, labels)
        elif key == "topics":
            result[index] = lambda value: labels.join([labels.topic(t) for t in value or ()])
    return result


def _spell(kind: str, labels: Labels) -> Callable[[Any], Any]:
    spelled: dict[Any, Any] = {}  # a handful of codes, 100,000 rows

    def spell(value: Any) -> Any:
        try:
            return spelled[value]
        except KeyError:
            spelled[value] = labels.code(kind, value)
            return spelled[value]

    return spell


def cells(table: ExportTable, labels: Labels) -> Iterator[list[Any]]:
    """The table's rows with codes spelled out (dates stay dates)."""
    if table.kind == "indicators":
        for section, indicator, value in table.rows:
            yield [labels.indicator_section(section), _indicator_label(section, indicator, labels),
                   value]
        return
    convert = list(_converters(table, labels).items())
    agreeing = _agreeing(table, labels)
    for row in table.rows:
        values = list(row)
        for index, function in convert:
            values[index] = function(values[index])
        for index, (sex_index, agree) in agreeing.items():
            values[index] = agree(row[index], row[sex_index])
        yield values


def _agreeing(
    table: ExportTable, labels: Labels
) -> dict[int, tuple[int, Callable[[Any, Any], str]]]:
    """Columns whose label agrees with the person of the row ("Présente"),
    with the index of the row's sex."""
    if "sex" not in table.columns:
        return {}
    sex_index = table.columns.index("sex")
    result: dict[int, tuple[int, Callable[[Any, Any], str]]] = {}
    for index, key in enumerate(table.columns):
        kind = COLUMNS[key][1]
        if kind in FEMININE:
            spelled: dict[tuple[Any, Any], str] = {}

            def agree(value: Any, sex: Any, kind: str = kind,
                      spelled: dict[tuple[Any, Any], str] = spelled) -> str:
                if (value, sex) not in spelled:
                    spelled[value, sex] = labels.person(kind, value, sex)
                return spelled[value, sex]

            result[index] = (sex_index, agree)
    return result


def _indicator_label(section: str, indicator: str, labels: Labels) -> str:
    """The indicator's name on screen and on paper (commune codes stay codes)."""
    return labels.indicator(section, indicator)


def _csv_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if value is None:
        return ""
    return value


def write_csv(table: ExportTable, labels: Labels, out: Path | str | BinaryIO) -> int:
    """Write CSV (UTF-8 with BOM, ";" separated); returns the number of rows."""
    count = 0
    if isinstance(out, Path | str):
        with open(out, "w", encoding="utf-8-sig", newline="") as handle:
            return _write_csv(table, labels, handle)
    text = io.StringIO()
    count = _write_csv(table, labels, text)
    out.write(("\ufeff" + text.getvalue()).encode("utf-8"))
    return count


def _date_columns(table: ExportTable) -> list[int]:
    return [
        i for i, key in enumerate(table.columns)
        if "date" in key or key in {"registered_on", "held_on"}
    ]


def _write_csv(table: ExportTable, labels: Labels, handle: Any) -> int:
    writer = csv.writer(handle, delimiter=";")  # writes None as an empty field
    writer.writerow(headers(table, labels))
    dates = _date_columns(table) if table.kind != "indicators" else []
    formatted: dict[Any, Any] = {}  # dates repeat: each is formatted once
    count = 0
    for row in cells(table, labels):
        for i in dates:
            value = row[i]
            try:
                row[i] = formatted[value]
            except KeyError:
                row[i] = formatted[value] = _csv_value(value)
        writer.writerow(row)
        count += 1
    return count


def write_xlsx(table: ExportTable, labels: Labels, out: Path | str | BinaryIO) -> int:
    """Write an XLSX workbook (one sheet, bold frozen header, dates as
    dd/mm/yyyy date cells); returns the number of rows.

    openpyxl in write-only mode streams the rows: memory stays flat at
    100,000 beneficiaries, at ~10 us a cell (docs/documents.md has figures).
    """
    book = Workbook(write_only=True)
    sheet = book.create_sheet(table.kind)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for text in headers(table, labels):
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in cells(table, labels):
        for index, value in enumerate(row):
            if isinstance(value, dt.date):
                date_cell = WriteOnlyCell(sheet, value=value)
                date_cell.number_format = "DD/MM/YYYY"
                row[index] = date_cell
        sheet.append(row)
        count += 1
    book.save(out)
    return count


def write(table: ExportTable, labels: Labels, out: Path) -> int:
    """CSV or XLSX by the file's extension."""
    if out.suffix.lower() == ".xlsx":
        return write_xlsx(table, labels, out)
    return write_csv(table, labels, out)
