"""The CCIS officers' exports as an officer reads them: headers, cells in
labels or codes, the data dictionary and the export's description (date,
filters, which people), from the rows of app/services/exports/officers.py.
`csv_file.py` and `xlsx_file.py` write them; `write` picks by extension.

Labels come from the interface's catalogue (app/labels.py), agreeing with
the person's sex where they describe the person ("Présente", "Porteuse de
projet").  With codes, headers are the columns' short names and values the
stored codes (a commune's HCP code, 1/0 for yes/no, a multi-choice answer
as codes separated by spaces, as ODK and Kobo write them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from app.labels import CODES, DocText, ExportText, Labels, person_label
from app.services.exports.officers import ColumnType, ExportColumn, ExportTable

T = ColumnType

# Column key -> (header, what it holds).
HEADERS: dict[str, str] = {
    "id": DocText.ID,
    "pseudonym": ExportText.PSEUDONYM,
    "last_name": DocText.LAST_NAME,
    "first_name": DocText.FIRST_NAME,
    "name_ar": DocText.NAME_AR,
    "sex": DocText.SEX,
    "birth_date": DocText.BIRTH_DATE,
    "birth_year": DocText.BIRTH_YEAR,
    "age_band": DocText.AGE_BAND,
    "commune": DocText.COMMUNE,
    "province": DocText.PROVINCE,
    "area": DocText.AREA,
    "douar": DocText.DOUAR,
    "education_level": DocText.EDUCATION,
    "status": DocText.STATUS,
    "sector": DocText.SECTOR,
    "project_stage": DocText.STAGE,
    "prior_support": DocText.PRIOR_SUPPORT,
    "registered_on": DocText.REGISTERED_ON,
    "cin": DocText.CIN,
    "phone": DocText.PHONE,
    "trained": ExportText.TRAINED,
    "hours_attended": DocText.HOURS_ATTENDED,
    "coaching_sessions": DocText.COACHING_SESSIONS,
    "session_date": DocText.DATE,
    "module_code": DocText.MODULE_CODE,
    "module": DocText.MODULE_TITLE,
    "session_id": DocText.SESSION_ID,
    "beneficiary_id": DocText.BENEFICIARY_ID,
    "attendance_status": DocText.ATTENDANCE_STATUS,
    "held_on": DocText.DATE,
    "duration_minutes": DocText.DURATION_MIN,
    "topics": DocText.TOPICS,
    "stage_assessed": DocText.STAGE_ASSESSED,
    "trainer": DocText.TRAINER,
    "section": DocText.CATEGORY,
    "indicator": DocText.INDICATOR,
    "value": DocText.VALUE,
    "unit": ExportText.UNIT,
    "share": DocText.SHARE,
}
ABOUT: dict[str, str] = {
    "id": ExportText.ABOUT_ID,
    "beneficiary_id": ExportText.ABOUT_ID,
    "pseudonym": ExportText.ABOUT_PSEUDONYM,
    "last_name": ExportText.ABOUT_LAST_NAME,
    "first_name": ExportText.ABOUT_FIRST_NAME,
    "name_ar": ExportText.ABOUT_NAME_AR,
    "sex": ExportText.ABOUT_SEX,
    "birth_date": ExportText.ABOUT_BIRTH_DATE,
    "birth_year": ExportText.ABOUT_BIRTH_YEAR,
    "age_band": ExportText.ABOUT_AGE_BAND,
    "commune": ExportText.ABOUT_COMMUNE,
    "province": ExportText.ABOUT_PROVINCE,
    "area": ExportText.ABOUT_AREA,
    "douar": ExportText.ABOUT_DOUAR,
    "education_level": ExportText.ABOUT_EDUCATION,
    "status": ExportText.ABOUT_STATUS,
    "sector": ExportText.ABOUT_SECTOR,
    "project_stage": ExportText.ABOUT_STAGE,
    "prior_support": ExportText.ABOUT_PRIOR_SUPPORT,
    "registered_on": ExportText.ABOUT_REGISTERED_ON,
    "cin": ExportText.ABOUT_CIN,
    "phone": ExportText.ABOUT_PHONE,
    "trained": ExportText.ABOUT_TRAINED,
    "hours_attended": ExportText.ABOUT_HOURS_PERIOD,
    "coaching_sessions": ExportText.ABOUT_COACHING_SESSIONS,
    "session_date": ExportText.ABOUT_SESSION_DATE,
    "module_code": ExportText.ABOUT_MODULE_CODE,
    "module": ExportText.ABOUT_MODULE,
    "session_id": ExportText.ABOUT_SESSION_ID,
    "attendance_status": ExportText.ABOUT_ATTENDANCE_STATUS,
    "held_on": ExportText.ABOUT_HELD_ON,
    "duration_minutes": ExportText.ABOUT_DURATION,
    "topics": ExportText.ABOUT_TOPICS,
    "stage_assessed": ExportText.ABOUT_STAGE_ASSESSED,
    "trainer": ExportText.ABOUT_TRAINER,
    "section": ExportText.ABOUT_SECTION,
    "indicator": ExportText.ABOUT_INDICATOR,
    "value": ExportText.ABOUT_VALUE,
    "unit": ExportText.ABOUT_UNIT,
    "share": ExportText.ABOUT_SHARE,
}
# The same key says something else in another export.
ABOUT_IN_KIND: dict[tuple[str, str], str] = {
    ("attendance", "commune"): ExportText.ABOUT_SESSION_COMMUNE,
    ("attendance", "hours_attended"): ExportText.ABOUT_HOURS_SESSION,
}
TYPE_NAMES: dict[ColumnType, str] = {
    T.TEXT: ExportText.TYPE_TEXT,
    T.ID: ExportText.TYPE_ID,
    T.DATE: ExportText.TYPE_DATE,
    T.INTEGER: ExportText.TYPE_INTEGER,
    T.HOURS: ExportText.TYPE_HOURS,
    T.MONEY: ExportText.TYPE_MONEY,
    T.PERCENT: ExportText.TYPE_PERCENT,
    T.CODE: ExportText.TYPE_CODE,
    T.CODES: ExportText.TYPE_CODES,
    T.FLAG: ExportText.TYPE_FLAG,
    T.PLACE: ExportText.TYPE_PLACE,
    T.TITLE: ExportText.TYPE_TEXT,
    T.MEASURE: ExportText.TYPE_MEASURE,
}
SHEET_NAMES = {
    "beneficiaries": DocText.BENEFICIARIES,
    "attendance": ExportText.SHEET_ATTENDANCE,
    "coaching": DocText.COACHING,
    "indicators": ExportText.SHEET_INDICATORS,
}
CONTENT = {
    "attendance": ExportText.CONTENT_ATTENDANCE,
    "coaching": ExportText.CONTENT_COACHING,
    "indicators": ExportText.CONTENT_INDICATORS,
}

# -- the indicators' names ------------------------------------------------------------

UNITS = {
    "people": ExportText.UNIT_PEOPLE,
    "sessions": ExportText.UNIT_SESSIONS,
    "hours": ExportText.UNIT_HOURS,
    "attendances": ExportText.UNIT_ATTENDANCES,
    "percent": ExportText.UNIT_PERCENT,
    "mad": ExportText.UNIT_MAD,
    "enterprises": ExportText.UNIT_ENTERPRISES,
    "applications": ExportText.UNIT_APPLICATIONS,
    "supports": ExportText.UNIT_SUPPORTS,
}
# The type of an indicator's value, by its unit (a whole number otherwise).
MEASURE_TYPES = {"hours": T.HOURS, "percent": T.PERCENT, "mad": T.MONEY}
UNKNOWN = "unknown"

FORMATS = ("csv", "xlsx")


def round_half_up(value: float, decimals: int = 2) -> float:
    """Rounded as people do (0.625 -> 0.63), not half to even."""
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


class OfficerExport:
    """One export table as a file shows it, in labels (default) or codes."""

    def __init__(
        self, table: ExportTable, labels: Labels, *, exported_at: dt.datetime,
        codes: bool = False,
    ) -> None:
        self.table = table
        self.labels = labels
        self.codes = codes
        self.exported_at = exported_at.replace(microsecond=0)
        self.columns = table.columns
        self.kind = table.kind
        self._indicators: list[tuple[Any, ...]] | None = None

    # -- names ---------------------------------------------------------------------

    def sheet_name(self) -> str:
        return sheet_title(self.labels(SHEET_NAMES[self.kind]))

    def headers(self, *, percent_suffix: bool = False) -> list[str]:
        """The header row; `percent_suffix` marks percentage columns "(%)"
        where the cell cannot carry a % format (CSV)."""
        result = []
        for column in self.columns:
            header = self.header(column)
            if percent_suffix and column.type is T.PERCENT and not self.codes:
                header = self.labels(ExportText.PERCENT_HEADER, header=header)
            result.append(header)
        return result

    def header(self, column: ExportColumn) -> str:
        if self.codes:
            return column.key
        if column.choice is not None:
            template = (
                ExportText.PRIOR_SUPPORT_CHOICE if column.codes == "prior_support"
                else ExportText.TOPIC_CHOICE
            )
            return self.labels(template, choice=self.labels.code(column.codes or "", column.choice))
        return self.labels(HEADERS[column.key])

    # -- cells ---------------------------------------------------------------------

    def types(self) -> tuple[ColumnType, ...]:
        return tuple(column.type for column in self.columns)

    def typed_rows(self) -> Iterator[tuple[list[Any], tuple[ColumnType, ...]]]:
        """The rows (as `rows`) with the type of each cell: the columns'
        types, but an indicator's value has its unit's type.  The types are
        a few shared tuples (writers may cache by identity)."""
        if self.kind != "indicators":
            types = self.types()
            for row in self.rows():
                yield row, types
            return
        by_unit = {
            unit: (T.CODE, T.CODE, value_type, T.CODE, T.PERCENT)
            for unit, value_type in MEASURE_TYPES.items()
        }
        default = (T.CODE, T.CODE, T.INTEGER, T.CODE, T.PERCENT)
        for raw, row in zip(self._raw_indicators(), self._indicator_rows(), strict=True):
            yield row, by_unit.get(raw[3], default)

    def rows(self) -> Iterator[list[Any]]:
        """The rows with every code spelled out (or kept), dates as dates,
        numbers as numbers (hours rounded to 2 decimals), yes/no as bools
        (`flag_labels`), None for empty."""
        if self.kind == "indicators":
            yield from self._indicator_rows()
            return
        sex_at = next((i for i, c in enumerate(self.columns) if c.key == "sex"), None)
        converters = []
        for index, column in enumerate(self.columns):
            function = self._converter(column, sex_at is not None)
            if function is not None:
                converters.append((index, function))
        for row in self.table.rows:
            values = list(row)
            sex = row[sex_at] if sex_at is not None else None
            for index, convert in converters:
                values[index] = convert(values[index], sex)
            yield values

    def _converter(
        self, column: ExportColumn, has_sex: bool
    ) -> Callable[[Any, str | None], Any] | None:
        labels, lang = self.labels, self.labels.lang
        kind = column.codes or ""
        if column.type is T.HOURS or column.type is T.MONEY:
            return _cached(lambda value: None if value is None else round_half_up(value))
        if column.type is T.TITLE:
            second = 1 if lang == "ar" and not self.codes else 0
            return lambda value, _sex: (value[second] or value[0]) if value else None
        if column.type is T.FLAG:  # a bool: each writer shows it its own way
            return lambda value, _sex: None if value is None else bool(value)
        if column.type is T.CODES:
            if self.codes:
                return lambda value, _sex: " ".join(value) if value else None
            spell = _cached(lambda code: labels.code(kind, code))
            return lambda value, _sex: labels.join([spell(c) for c in value]) if value else None
        if self.codes:
            return None
        if column.type is T.PLACE:
            places = self.table.places
            name = 1 if lang == "ar" else 0
            return lambda value, _sex: places[value][name] if value in places else value
        if column.type is T.CODE:
            if column.agrees and has_sex:
                spelled: dict[tuple[Any, Any], str] = {}

                def agreeing(value: Any, sex: str | None) -> Any:
                    if value is None:
                        return None
                    try:
                        return spelled[(value, sex)]
                    except KeyError:
                        text = person_label(kind, value, lang, sex)
                        spelled[(value, sex)] = text
                        return text

                return agreeing
            return _cached(lambda value: None if value is None else labels.code(kind, value))
        return None

    def _raw_indicators(self) -> list[tuple[Any, ...]]:
        # A few hundred rows: kept, so that typed_rows can read their units.
        if self._indicators is None:
            self._indicators = list(self.table.rows)
        return self._indicators

    def _indicator_rows(self) -> Iterator[list[Any]]:
        for section, indicator, value, unit, share in self._raw_indicators():
            if MEASURE_TYPES.get(unit) in (T.HOURS, T.MONEY) and value is not None:
                value = round_half_up(value)
            if self.codes:
                yield [section, indicator, value, unit, share]
                continue
            yield [
                self.labels.indicator_section(section),
                self.indicator_label(section, indicator),
                value,
                self.labels(UNITS[unit]) if unit in UNITS else unit,
                share,
            ]

    def indicator_label(self, section: str, indicator: str) -> str:
        """The indicator's name on screen and on paper (app/labels.py)."""
        names = {code: pair[1 if self.labels.lang == "ar" else 0]
                 for code, pair in self.table.places.items()}
        return self.labels.indicator(section, indicator, names)

    def flag_labels(self) -> tuple[str, str]:
        """How a yes/no cell reads: ("Oui", "Non"), or ("1", "0") with codes."""
        if self.codes:
            return "1", "0"
        return self.labels.yes_no(True), self.labels.yes_no(False)

    # -- the data dictionary and the description --------------------------------------

    def dictionary_header(self) -> list[str]:
        return [self.labels(text) for text in (
            ExportText.COLUMN, ExportText.SHORT_NAME, ExportText.TYPE, DocText.DESCRIPTION,
            ExportText.POSSIBLE_VALUES,
        )]

    def dictionary(self) -> list[list[str]]:
        """One line per column: header, short name, type, what it holds,
        and the values it takes (with their codes)."""
        labels = self.labels
        lines = []
        for column in self.columns:
            if column.choice is not None:
                question = next(
                    (self.header(c) for c in self.columns
                     if c.type is T.CODES and c.codes == column.codes),
                    column.codes or "",
                )
                about = labels(ExportText.CHOICE_FLAG, yes=self._yes(), question=question,
                               choice=labels.code(column.codes or "", column.choice))
            else:
                template = ABOUT_IN_KIND.get((self.kind, column.key), ABOUT[column.key])
                about = labels(template, date=labels.date(self.table.request.age_on)) if (
                    column.key == "age_band"
                ) else labels(template)
            lines.append([
                self.header(column), column.key, labels(TYPE_NAMES[column.type]), about,
                self._values(column),
            ])
        return lines

    def _yes(self) -> str:
        return "1" if self.codes else self.labels.yes_no(True)

    def _values(self, column: ExportColumn) -> str:
        labels = self.labels
        if column.type is T.FLAG:
            return f"1 = {labels.yes_no(True)} ; 0 = {labels.yes_no(False)}" if self.codes else (
                f"{labels.yes_no(True)} / {labels.yes_no(False)}"
            )
        kind = column.codes or ""
        if column.type in (T.CODE, T.CODES) and kind in CODES:
            choices = list(CODES[kind])
            if column.key == "age_band" and UNKNOWN not in choices:
                choices.append(UNKNOWN)
            return " ; ".join(f"{code} = {labels.code(kind, code)}" for code in choices)
        if column.type is T.CODES:
            shown = [c.choice for c in self.columns if c.codes == column.codes and c.choice]
            return " ; ".join(f"{code} = {labels.code(kind, code)}" for code in shown)
        if column.key == "unit":
            return " ; ".join(f"{code} = {labels(text)}" for code, text in UNITS.items())
        return ""

    def description(self, rows: int | None = None) -> list[tuple[str, Any]]:
        """(label, value) lines saying what the file holds and how it was made."""
        labels, request = self.labels, self.table.request
        if self.kind == "beneficiaries":
            content = labels(ExportText.PEOPLE_REACHED if request.people == "reached"
                             else ExportText.PEOPLE_REGISTERED)
        else:
            content = labels(CONTENT[self.kind])
        if request.deidentified:
            personal = labels(ExportText.DEIDENTIFIED)
        elif request.personal:
            personal = labels(ExportText.PERSONAL_INCLUDED)
        else:
            personal = labels(ExportText.PERSONAL_NONE)
        lines: list[tuple[str, Any]] = [
            (labels(ExportText.CONTENT), content),
            (labels(ExportText.EXPORTED_ON), self.exported_at),
            (labels(ExportText.PERIOD), self._period()),
            (labels(DocText.TEAM), self.table.team_name or labels(DocText.ALL_TEAMS)),
        ]
        if self.kind != "indicators":
            lines.append((labels(ExportText.PERSONAL_DATA), personal))
        lines.append((labels(ExportText.VALUES), labels(
            ExportText.VALUES_CODES if self.codes else ExportText.VALUES_LABELS
        )))
        if rows is not None:
            lines.append((labels(ExportText.ROWS), rows))
        return lines

    def _period(self) -> str:
        labels, request = self.labels, self.table.request
        start, end = labels.date(request.date_from), labels.date(request.date_to)
        if request.date_from and request.date_to:
            return labels(ExportText.PERIOD_BOTH, start=start, end=end)
        if request.date_from:
            return labels(ExportText.PERIOD_FROM, start=start)
        if request.date_to:
            return labels(ExportText.PERIOD_TO, end=end)
        return labels(ExportText.PERIOD_ALL)


def _cached(function: Callable[[Any], Any]) -> Callable[..., Any]:
    """`function(value)` computed once per distinct value (a handful of codes
    or hours for 100,000 rows); the row's sex is ignored."""
    seen: dict[Any, Any] = {}

    def convert(value: Any, _sex: Any = None) -> Any:
        try:
            return seen[value]
        except KeyError:
            seen[value] = result = function(value)
            return result
        except TypeError:  # an unhashable value
            return function(value)

    return convert


def sheet_title(name: str) -> str:
    """A sheet name Excel accepts: 31 characters, none of []:*?/\\."""
    for character in "[]:*?/\\":
        name = name.replace(character, " ")
    return name[:31]


def write(export: OfficerExport, out: Path) -> int:
    """CSV or XLSX by the file's extension; returns the number of rows."""
    from app.reports.exports import csv_file, xlsx_file

    if out.suffix.lower() == ".xlsx":
        return xlsx_file.write_xlsx(export, out)
    return csv_file.write_csv(export, out)
