"""Languages: Arabic switches the whole window to right-to-left with
Arabic text; English works too; dates and numbers keep Western digits;
the translations are complete and are what the window installs."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from app.catalogues import read_catalogue
from app.db import Database
from app.paths import resource
from app.ui import i18n
from tests.ui_support import build_day, close_window, log_in, make_window, wait_idle

ARABIC = re.compile("[\u0600-\u06ff]")


def test_arabic_is_right_to_left_with_arabic_text(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    day = build_day(db)
    window = make_window(qtbot, db, lang="ar")
    try:
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.login_page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        hint = window.login_page.prompt.button.text()
        assert ARABIC.search(hint), hint
        log_in(qtbot, window)
        nav = window.shell.nav
        assert nav.item(0).text() == "اليوم"
        window.ctx.open_attendance(day.session_id)
        screen = window.shell.screen_named("attendance")
        qtbot.waitUntil(lambda: screen.roster_data is not None)
        wait_idle(qtbot, window)
        assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert ARABIC.search(screen.undo_button.text())
        # Mixed names: the Arabic column carries the Arabic spelling as typed.
        names = {screen.roster.index(r, 6).data() for r in range(screen.roster.rowCount())}
        assert "محمد بن علي" in names
        # Dates stay dd/mm/yyyy with Western digits.
        assert re.fullmatch(r"\d\d/\d\d/\d{4}.*", screen.session_info.text())
    finally:
        close_window(window)


def test_english_translation_is_used(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    build_day(db)
    window = make_window(qtbot, db, lang="en")
    try:
        assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
        log_in(qtbot, window)
        assert window.shell.nav.item(0).text() == "Today"
        assert window.shell.nav.item(1).text() == "Attendance"
    finally:
        close_window(window)


def test_numbers_and_dates_use_western_digits_in_arabic(qapp) -> None:  # type: ignore[no-untyped-def]
    try:
        i18n.install_language(qapp, "ar")
        assert QLocale().toString(1234567).replace(".", "").replace("\u00a0", "") == "1234567"
        assert i18n.format_date(dt.date(2026, 3, 5)) == "05/03/2026"
        assert i18n.format_hours(2.5) == "2h30"
    finally:
        i18n.install_language(qapp, "fr")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_interface_translations_are_complete(lang: str, qapp: QApplication) -> None:
    with resource("i18n", f"caravane_{lang}.ts").open("rb") as catalogue:
        root = ET.parse(catalogue).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if (m.find("translation") is None)
        or m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not (m.find("translation").text or "").strip()  # type: ignore[union-attr]
    ]
    assert not unfinished
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        # Named placeholders survive translation.
        assert set(re.findall(r"{\w+}", source)) == set(re.findall(r"{\w+}", translation))
    # ...and the catalogue is what Qt translates with once the language is installed.
    (context, source), translated = next(iter(read_catalogue(f"caravane_{lang}").items()))
    try:
        i18n.install_language(qapp, lang)
        assert QCoreApplication.translate(context, source) == translated != source
    finally:
        i18n.install_language(qapp, "fr")
    assert QCoreApplication.translate(context, source) == source
