"""The interface language, chosen before any widget exists (after Anki's
aqt/__init__.py): translators, layout direction, locale, and how dates,
times and numbers are written.

French is the source language.  Arabic switches the whole application to
right-to-left.  Every language writes dates dd/mm/yyyy with Western digits
(the Moroccan locales of Qt use Latin digits).  Numbers and percentages are
written here too, one way per language (`format_number`, `format_count`,
`format_percent`): every screen, chart and dialog goes through them.
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


class AcceleratorFallback(QTranslator):
    """Qt's own strings that Qt's catalogues miss because Qt added a
    keyboard accelerator to them ("&Look in:", "Files of &type:" in the file
    dialog): asked once more without the "&" (the catalogue has "Look in:"),
    so Qt's dialogs are not left half in English."""

    def __init__(self, qt: QTranslator, parent: QApplication) -> None:
        super().__init__(parent)
        self.qt = qt

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # Qt's contexts are its class names; ours never start with "Q".
        if "&" not in source_text or not context.startswith("Q"):
            return None
        plain = source_text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        return self.qt.translate(context, plain, disambiguation, n) or None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return self.qt.isEmpty()


def install_language(app: QApplication, lang: str) -> str:
    """Install translators, direction and locale for `lang` (at start,
    before building widgets, and again on a change of language: the
    previous language's translators are removed).  Returns the language
    actually used."""
    global _current
    if lang not in LANGUAGES:
        lang = "fr"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    # Qt's own dialogs and buttons (file dialog, OK / Cancel), from the
    # catalogues shipped with PySide6; the last installed is asked first.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", qt_dir):
        _install(AcceleratorFallback(qt_translator, app))
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


# -- numbers -----------------------------------------------------------------
# Western digits (0-9) in every language: the Moroccan administration writes
# them in Arabic too.  The separators are each language's:
#   fr   1 015   5,69   80,9 %   narrow no-break spaces (French typography)
#   ar   1.015   5,69   80,9%    as the Arabic edition of the Bulletin officiel
#                                (and CLDR's ar_MA) writes them
#   en   1,015   5.69   80.9%
# Each separator (U+202F, "." and ",") is a "common separator" to the Unicode
# bidi algorithm, so a number stays one left-to-right run inside Arabic text
# without isolates; in Arabic the "%" sticks to its digits for the same reason
# (after a space it would jump to the other side: "(% 56) 410").
NNBSP = "\u202f"
_NUMBERS = {  # language -> (thousands, decimal point, percent sign after the digits)
    "fr": (NNBSP, ",", NNBSP + "%"),
    "ar": (".", ",", "%"),
    "en": (",", ".", "%"),
}


def format_number(value: float, decimals: int | None = None) -> str:
    """`value` with `decimals` decimals; None: whole numbers as they are,
    others to two decimals at most (5,69 · 1,5)."""
    thousands, point, _percent = _NUMBERS.get(_current, _NUMBERS["fr"])
    if decimals is None:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", point).replace("\0", thousands)


def format_count(count: int) -> str:
    """A number of people, sessions, changes: 1 015 (fr), 1.015 (ar)."""
    return format_number(count, 0)


def reading_order(text: str) -> str:
    """A phrase of numbers ("410 (56%)") shown alone in a label, read in
    the language's direction: in Arabic it starts with a right-to-left mark,
    since a label takes its direction from the first letter and digits have
    none; it then shows "(56%) 410" (the count first, from the right) on the
    right-hand side, like the Arabic text around it."""
    return f"\u200f{text}" if _current == "ar" and text else text


def format_percent(ratio: float, decimals: int = 1) -> str:
    """A ratio as a percentage: 0.809 -> 80,9 % (fr), 80,9% (ar)."""
    return format_number(ratio * 100, decimals) + _NUMBERS.get(_current, _NUMBERS["fr"])[2]


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
def localized(lang: str, french: str | None, arabic: str | None) -> str:
    """A name the reference data gives in both scripts (a commune, a
    province, a module) as the window shows it: the Arabic one in Arabic,
    when there is one, else the French one."""
    if lang == "ar" and arabic:
        return arabic
    return french or ""


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
