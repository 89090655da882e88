"""An officer's export as an XLSX workbook (XlsxWriter, constant-memory
mode: rows go to disk as they are written, so memory stays flat at 100,000
people; it was faster than openpyxl's write-only mode side by side,
docs/documents.md "Figures").

Three sheets, named in the export's language: the table (bold wrapped
header, frozen, with filters; widths set per column; real dates shown
dd/mm/yyyy, hours with 2 decimals, percentages formatted %), the data
dictionary (every column: header, short name, type, what it holds, its
values and codes) and "À propos" (what the file holds, the export date,
the filters, which people).  Arabic workbooks read right to left.

Strings are written as strings, never as formulas or links, whatever they
start with (a name typed "=..." stays text).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.labels import ExportText
from app.reports.exports.officers import OfficerExport, sheet_title
from app.services.exports.officers import ColumnType

T = ColumnType
DATE_FORMAT = "dd/mm/yyyy"
# Column widths in characters, by type; a few columns by name.
WIDTHS: dict[ColumnType, float] = {
    T.TEXT: 20, T.ID: 38, T.DATE: 12, T.INTEGER: 11, T.HOURS: 11, T.MONEY: 13,
    T.PERCENT: 10, T.CODE: 18, T.CODES: 30, T.FLAG: 10, T.PLACE: 22, T.TITLE: 40,
    T.MEASURE: 12,
}
KEY_WIDTHS = {
    "pseudonym": 20, "first_name": 16, "name_ar": 26, "douar": 24, "trainer": 22,
    "module_code": 16, "section": 36, "indicator": 44, "unit": 16, "cin": 12, "phone": 16,
}
NUMBER_FORMATS = {
    T.DATE: DATE_FORMAT, T.INTEGER: "0", T.HOURS: "0.00", T.MONEY: "#,##0.00",
    T.PERCENT: "0.0%", T.MEASURE: "#,##0",
}


def column_width(export: OfficerExport, index: int) -> float:
    column = export.columns[index]
    base = KEY_WIDTHS.get(column.key, WIDTHS[column.type])
    return max(base, min(len(export.header(column)) * 0.9 + 2, 24))


def write_xlsx(export: OfficerExport, out: Path | str) -> int:
    """Write the workbook; returns the number of rows of the table."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(out), {
        "constant_memory": True,
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "default_date_format": DATE_FORMAT,
    })
    labels = export.labels
    header = book.add_format({
        "bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7", "border": 1,
    })
    wrapped = book.add_format({"text_wrap": True, "valign": "top"})
    bold = book.add_format({"bold": True, "valign": "top"})
    stamp = book.add_format({"num_format": "dd/mm/yyyy hh:mm", "align": "left"})
    formats = {kind: book.add_format({"num_format": text}) for kind, text in
               NUMBER_FORMATS.items()}
    # Yes/no cells are 1/0 numbers shown "Oui"/"Non": they filter, sort and add up.
    yes, no = (text.replace('"', "") for text in export.flag_labels())
    formats[T.FLAG] = book.add_format(
        {"num_format": "0" if export.codes else f'"{yes}";"{yes}";"{no}"'}
    )
    table = book.add_worksheet(export.sheet_name())
    dictionary = book.add_worksheet(sheet_title(labels(ExportText.SHEET_DICTIONARY)))
    about = book.add_worksheet(sheet_title(labels(ExportText.SHEET_ABOUT)))
    if labels.rtl:
        for sheet in (table, dictionary, about):
            sheet.right_to_left()

    # The table.
    types = export.types()
    for index, column_type in enumerate(types):
        table.set_column(index, index, column_width(export, index),
                         formats.get(column_type))
    table.write_row(0, 0, export.headers(), header)
    table.freeze_panes(1, 0)
    cells: dict[int, list[tuple[Any, Any]]] = {}
    count = 0
    for row, row_types in export.typed_rows():
        writers = cells.get(id(row_types))
        if writers is None:
            writers = cells[id(row_types)] = [
                _writer(table, column_type, formats.get(column_type))
                for column_type in row_types
            ]
        count += 1
        for index, value in enumerate(row):
            if value is not None:
                method, cell_format = writers[index]
                method(count, index, value, cell_format)
    table.autofilter(0, 0, max(count, 1), len(types) - 1)

    # The data dictionary.
    for index, width in enumerate((30, 24, 22, 60, 60)):
        dictionary.set_column(index, index, width, wrapped)
    dictionary.write_row(0, 0, export.dictionary_header(), header)
    dictionary.freeze_panes(1, 0)
    for line, entry in enumerate(export.dictionary(), start=1):
        for index, text in enumerate(entry):
            dictionary.write_string(line, index, text, wrapped)

    # What the file holds.
    about.set_column(0, 0, 24, bold)
    about.set_column(1, 1, 90, wrapped)
    for line, (label, value) in enumerate(export.description(rows=count)):
        about.write_string(line, 0, label, bold)
        if hasattr(value, "hour"):
            about.write_datetime(line, 1, value, stamp)
        elif isinstance(value, int):
            about.write_number(line, 1, value)
        else:
            about.write_string(line, 1, str(value), wrapped)
    book.close()
    return count


def _writer(sheet: Any, column_type: ColumnType, cell_format: Any) -> tuple[Any, Any]:
    """The worksheet method (and format) that writes one column's cells:
    each column holds one kind of value (the presentation sees to it)."""
    if column_type is T.DATE:
        return sheet.write_datetime, cell_format
    if column_type is T.FLAG:
        return sheet.write_number, cell_format  # a bool is written as 1 or 0
    if column_type in NUMBER_FORMATS:
        return sheet.write_number, cell_format
    return sheet.write_string, None
