"""The law 09-08 statements of a person's record, set in the window's
Settings by a coordinator (and read-only for a trainer); the record printed
afterwards states them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader

from app.cli.main import main
from app.db import Database
from app.services import laptop_settings
from tests.ui_support import build_day, close_window, log_in, make_window


def _settings_screen(qtbot: Any, window: Any) -> Any:
    screen = window.show_screen("settings")
    qtbot.waitUntil(lambda: screen.about_data is not None, timeout=5000)
    return screen


def _type(qtbot: Any, line: Any, text: str) -> None:
    line.clear()
    line.setFocus()
    qtbot.keyClicks(line, text)


def test_a_coordinator_sets_the_record_statements_in_the_settings(
    qtbot: Any, db: Database, tmp_path: Path
) -> None:
    day = build_day(db)
    window = make_window(qtbot, db)
    try:
        log_in(qtbot, window, "Samira")
        box = _settings_screen(qtbot, window).privacy_box
        assert box.save_button.isEnabled()
        _type(qtbot, box.cndp_reference, "D-GC-321/2026")
        _type(qtbot, box.address, "Tanger")
        box.retention.setValue(7)
        box.save_button.click()
        qtbot.waitUntil(lambda: box.message.text() == "Enregistré.", timeout=5000)
    finally:
        close_window(window)
    with db.session() as s:
        assert laptop_settings.privacy_settings(session=s) == laptop_settings.PrivacySettings(
            address="Tanger", contact=None, cndp_reference="D-GC-321/2026", retention_years=7
        )
    pdf = tmp_path / "record.pdf"
    person = next(iter(day.people.values()))
    assert main(["print", "record", person, str(pdf), "--data-dir", str(db.folder)]) == 0
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Déclaration à la CNDP D-GC-321/2026" in text
    assert "7 ans après votre dernière activité" in text


def test_a_trainer_sees_the_statements_without_changing_them(
    qtbot: Any, db: Database
) -> None:
    build_day(db)
    with db.session() as s:
        laptop_settings.change_setting(
            session=s, key=laptop_settings.PRIVACY_CNDP_REFERENCE, value="D-GC-321/2026"
        )
    window = make_window(qtbot, db)
    try:
        log_in(qtbot, window, "Youssef")
        box = _settings_screen(qtbot, window).privacy_box
        qtbot.waitUntil(lambda: box.cndp_reference.text() == "D-GC-321/2026", timeout=5000)
        assert not box.cndp_reference.isEnabled() and not box.save_button.isEnabled()
        assert box.retention.text() == "non renseignée"
    finally:
        close_window(window)
