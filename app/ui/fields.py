"""Small form widgets shared by the screens: combo boxes of codes and
communes, date and time fields (dd/MM/yyyy, HH:mm in every language), a
date field that may stay empty, a time field that takes a time as people
type it (09:30, 9h30, 930), and the limits of typed text (`limit_text`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from app.labels import code_choices
from app.rules.fields import text_limit
from app.ui.i18n import parse_time

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.reference import CommuneView
    from app.ui.context import AppContext

DATE_FORMAT = "dd/MM/yyyy"
# A commune typed by name (reference data: names are at most this long).
COMMUNE_NAME_MAX = 100
TIME_FORMAT = "HH:mm"
# Tanger-Tétouan-Al Hoceima: the bus works in this region's communes.
REGION_CODE = "01"


def limit_text(widget: QLineEdit | QPlainTextEdit, table: str, field: str) -> int:
    """The field stops taking text at its limit (`app.rules.fields.TEXT_LIMITS`,
    which the services enforce too): typed or pasted, the excess is cut."""
    limit = text_limit(table, field)
    if isinstance(widget, QLineEdit):
        widget.setMaxLength(limit)
    else:
        widget.textChanged.connect(lambda: _cut_plain_text(widget, limit))
    return limit


def _cut_plain_text(widget: QPlainTextEdit, limit: int) -> None:
    """A plain-text field has no maximum length: the excess just typed or
    pasted (before the cursor) is taken out again."""
    text = widget.toPlainText()
    excess = len(text) - limit
    if excess <= 0:
        return
    cursor = widget.textCursor()
    end = max(cursor.position(), excess)
    kept = text[: end - excess] + text[end:]
    widget.setPlainText(kept)
    cursor = widget.textCursor()
    cursor.setPosition(min(end - excess, len(kept)))
    widget.setTextCursor(cursor)


def fill_combo(combo: QComboBox, items: Sequence[tuple[str | None, str]]) -> None:
    """(value, label) pairs; the value is kept as item data."""
    current = combo_value(combo)
    combo.blockSignals(True)
    combo.clear()
    for value, label in items:
        combo.addItem(label, value)
    set_combo_value(combo, current)
    combo.blockSignals(False)


def code_combo(kind: str, lang: str, blank: str | None = None) -> QComboBox:
    """A combo of an enumeration's codes (labels from app.labels); with
    `blank`, a first item meaning "none" / "any"."""
    combo = QComboBox()
    items: list[tuple[str | None, str]] = [(None, blank)] if blank is not None else []
    items.extend(code_choices(kind, lang))
    fill_combo(combo, items)
    return combo


def combo_value(combo: QComboBox) -> str | None:
    value = combo.currentData()
    return value if isinstance(value, str) and value else None


def set_combo_value(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value) if value is not None else -1
    if index < 0 and value is None:
        index = combo.findData(None)
    if index >= 0:
        combo.setCurrentIndex(index)


class CommuneBox(QComboBox):
    """Pick a commune by typing any part of its name (French or Arabic)."""

    def __init__(self, lang: str, blank: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.blank = blank
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        if blank is not None:
            self.addItem(blank, None)
            line = self.lineEdit()
            assert line is not None  # editable
            line.setPlaceholderText(blank)

    def set_communes(self, communes: Sequence[CommuneView]) -> None:
        items: list[tuple[str | None, str]] = [(None, self.blank)] if self.blank is not None else []
        for commune in communes:
            other = commune.name_fr if self.lang == "ar" else commune.name_ar
            items.append((commune.code, f"{commune.name(self.lang)} — {other}"))
        fill_combo(self, items)

    def value(self) -> str | None:
        """The chosen commune's code; text that names no commune gives None."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index < 0:
            index = self.findText(text, Qt.MatchFlag.MatchStartsWith)
        if index < 0:
            return None
        value = self.itemData(index)
        return value if isinstance(value, str) else None

    def typed_text(self) -> str:
        return self.currentText().strip()

    def set_value(self, code: str | None) -> None:
        set_combo_value(self, code)


class OptionalDateEdit(QLineEdit):
    """A date typed as dd/mm/yyyy, or nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.setMaxLength(10)
        # Typed dd/mm/yyyy reads left to right in Arabic too.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def date(self) -> dt.date | None:
        """The date typed, None when empty; ValueError when it is not a date."""
        text = self.text().strip()
        if not text:
            return None
        day, month, year = (int(part) for part in text.replace("-", "/").split("/"))
        return dt.date(year, month, day)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(value.strftime("%d/%m/%Y") if value else "")


class TimeField(QLineEdit):
    """A time typed freely: "09:30", "9h30", "930", "9" (what `parse_time`
    reads).  Unlike QTimeEdit it takes whatever is typed and keeps it, so a
    refused time stays on screen to be corrected."""

    def __init__(self, value: dt.time | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("hh:mm"))
        self.setMaxLength(8)
        # 09:30 reads left to right in Arabic too.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.set_time(value)

    def typed_time(self) -> dt.time | None:
        """The time typed; None when the field is empty or holds no time."""
        return parse_time(self.text())

    def set_time(self, value: dt.time | None) -> None:
        self.setText(value.strftime("%H:%M") if value is not None else "")


def date_edit(value: dt.date) -> QDateEdit:
    """A calendar-popup date field in dd/MM/yyyy whatever the language (the
    only way the window makes one: every date field reads like the tables)."""
    edit = QDateEdit()
    _left_to_right(edit, DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(value))
    return edit


def time_edit(value: dt.time) -> QTimeEdit:
    """A time field in HH:mm whatever the language."""
    edit = QTimeEdit(QTime(value.hour, value.minute))
    _left_to_right(edit, TIME_FORMAT)
    return edit


def _left_to_right(edit: QDateTimeEdit, display_format: str) -> None:
    # Digits read left to right in Arabic too.  The direction must come
    # first: a right-to-left QDateTimeEdit reverses the format it is given
    # (dd/MM/yyyy would show 2026/12/01, HH:mm 30:09).
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(display_format)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


_communes_cache: dict[str, list[CommuneView]] = {}


def with_communes(ctx: AppContext, use: Callable[[list[CommuneView]], None]) -> None:
    """Hand the region's communes to `use` (static data: loaded once per
    database, in the database worker)."""
    key = str(ctx.db.path)
    if key in _communes_cache:
        use(_communes_cache[key])
        return

    def load(session: Session) -> list[CommuneView]:
        from app.services.reference import list_communes

        return list_communes(session=session, region_code=REGION_CODE)

    def done(communes: list[CommuneView]) -> None:
        _communes_cache[key] = communes
        use(communes)

    ctx.tasks.run_db(load, done)
