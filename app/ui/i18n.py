"""The interface language, chosen before any widget exists (after Anki's
aqt/__init__.py): translators, layout direction, locale, and how dates,
times and numbers are written.

French is the source language.  Arabic switches the whole application to
right-to-left.  Every language writes dates dd/mm/yyyy with Western digits
(the Moroccan locales of Qt use Latin digits).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.catalogues import Catalogue, catalogue_names, read_catalogue
from app.rules import hours as hours_rule

LANGUAGES = ("fr", "ar", "en")
# Locales with Western digits and dd/MM/yyyy dates.
_LOCALES = {"fr": "fr_MA", "ar": "ar_MA", "en": "en_GB"}
DATE_FORMAT = "%d/%m/%Y"
TIME_FORMAT = "%H:%M"

_installed: list[QTranslator] = []
_current = "fr"


class CatalogueTranslator(QTranslator):
    """Translates from one of our `.ts` catalogues, read at start-up."""

    def __init__(self, catalogue: Catalogue, parent: QApplication) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string to Qt) means "not mine": Qt asks the next
        # translator (qtbase's), where an echo of the source would stop it.
        return self.catalogue.get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return not self.catalogue


def install_language(app: QApplication, lang: str) -> str:
    """Install translators, direction and locale for `lang` (call before
    building widgets).  Returns the language actually used."""
    global _current
    if lang not in LANGUAGES:
        lang = "fr"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", qt_dir):  # Qt's own dialogs and buttons
        _install(qt_translator)
    if lang != "fr":
        for name in catalogue_names(lang):
            _install(CatalogueTranslator(read_catalogue(name), app))
    QLocale.setDefault(QLocale(_LOCALES[lang]))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    )
    _current = lang
    return lang


def _install(translator: QTranslator) -> None:
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)


def current_language() -> str:
    return _current


# -- formatting (Western digits, dd/mm/yyyy in every language) -------------
def format_date(value: dt.date | None) -> str:
    return value.strftime(DATE_FORMAT) if value else ""


def format_time(value: dt.time | dt.datetime | None) -> str:
    return value.strftime(TIME_FORMAT) if value else ""


def format_datetime(value: dt.datetime | None) -> str:
    return value.strftime(f"{DATE_FORMAT} {TIME_FORMAT}") if value else ""


def format_hours(hours: float) -> str:
    """1.5 -> "1h30"; same in every language (digits and h are Latin).
    Whole minutes, as the hours rule counts them (app/rules/hours.py)."""
    h, m = hours_rule.split(hours_rule.as_minutes(hours))
    return f"{h}h{m:02d}" if m else f"{h}h"


def format_number(value: int | float) -> str:
    return QLocale().toString(value)


def parse_date(text: str) -> dt.date | None:
    """dd/mm/yyyy (also dd-mm-yyyy, yyyy-mm-dd); None when not a date."""
    text = text.strip()
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


# A time as typed: "9:30", "09.30", "9h30", "9 h", "930", "0930", "9"
# (Western or Arabic-Indic digits).
_TIME_TYPED = re.compile(r"(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?)?|(\d{1,2})(\d{2})")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def parse_time(text: str) -> dt.time | None:
    """A time of day typed in any of the usual ways; None when it is not one."""
    found = _TIME_TYPED.fullmatch(text.strip().translate(_ARABIC_DIGITS))
    if found is None:
        return None
    hour, minute, packed_hour, packed_minute = found.groups()
    hour, minute = (packed_hour, packed_minute) if packed_hour else (hour, minute or "0")
    if int(hour) > 23 or int(minute) > 59:
        return None
    return dt.time(int(hour), int(minute))


def language_name(lang: str) -> str:
    """Each language named in itself (a menu a lost user can still read)."""
    return {"fr": "Français", "ar": "العربية", "en": "English"}.get(lang, lang)


def format_phone(e164: str | None) -> str:
    """+212612345678 -> 06 12 34 56 78 (how people say it here)."""
    if not e164:
        return ""
    if e164.startswith("+212") and len(e164) == 13:
        local = "0" + e164[4:]
        return ltr(" ".join(local[i : i + 2] for i in range(0, 10, 2)))
    return ltr(e164)


def ltr(text: str) -> str:
    """Keep `text` left-to-right inside right-to-left text (a phone number's
    digit groups would otherwise be shown in reverse order in Arabic)."""
    return f"\u2066{text}\u2069" if text else text
