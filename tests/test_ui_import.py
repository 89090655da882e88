"""Importing a beneficiary list from the Documents menu: the file dialog is
replaced through `OpenList.ask`; the real import service runs in the worker."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.core.changes import Changes, Topic
from app.models import Beneficiary
from app.ui import importing
from tests.screens_support import settle

LIST = (
    "Nom;Prénom;Sexe;Date de naissance;Téléphone;CIN;Commune\n"
    "Alaoui;Khadija;F;12/03/1990;0612345678;K123456;Assilah\n"
    "Bennani;Youssef;Homme;1985-07-01;+212 6 61 23 45 67;LB45678;Tanger\n"
    "Chaoui;;F;01/01/1992;0700000000;;Assilah\n"
)


def people(ctx: Any) -> int:
    with ctx.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Beneficiary)) or 0)


def choose(monkeypatch: Any, path: Path) -> list[str]:
    monkeypatch.setattr(importing.OpenList, "ask", classmethod(lambda cls, parent: path))
    shown: list[str] = []
    monkeypatch.setattr(importing, "show_report", lambda parent, text: shown.append(text))
    return shown


def test_menu_import_adds_the_good_rows_and_reports_the_bad_ones(
    ctx: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    path = tmp_path / "candidats.csv"
    path.write_text(LIST, encoding="utf-8-sig")
    shown = choose(monkeypatch, path)
    changed: list[Changes] = []
    ctx.data_changed.connect(lambda changes, _origin: changed.append(changes))
    importing.import_action(ctx, None).trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert people(ctx) == 2
    assert "2 personne(s) importée(s)" in shown[0]
    assert "1 ligne(s) refusée(s)" in shown[0]
    assert "Ligne 4 (Chaoui)" in shown[0] and "obligatoire" in shown[0]
    assert len(changed) == 1 and changed[0].concerns({Topic.BENEFICIARY})
    # The same list again creates nobody twice.
    shown.clear()
    importing.import_action(ctx, None).trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert people(ctx) == 2 and "2 déjà présente(s)" in shown[0]
    assert len(changed) == 1  # nothing imported: no screen is told to redraw


def test_cancelled_import_keeps_nothing(
    ctx: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    path = tmp_path / "candidats.csv"
    path.write_text(LIST, encoding="utf-8-sig")
    shown = choose(monkeypatch, path)
    release = threading.Event()
    ctx.tasks.run_db(lambda s: release.wait(10))  # hold the worker: the import waits
    importing.start_import(ctx, None)
    ctx.tasks.long_dialog.canceled.emit()  # what the Cancel button does
    release.set()
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=20_000)
    settle(ctx)
    assert people(ctx) == 0 and shown == []


def test_unreadable_file_says_so_and_changes_nothing(
    ctx: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"not a spreadsheet")
    choose(monkeypatch, path)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: warnings.append(text)
    )
    importing.start_import(ctx, None)
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    assert "ne peut pas être lu" in warnings[0]
    assert people(ctx) == 0


def test_the_import_menu_and_report_speak_arabic(
    ctx: Any, qtbot: Any, qapp: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    """The import's texts were filed under no context and never found."""
    from app.ui import i18n

    path = tmp_path / "candidats.csv"
    path.write_text(LIST, encoding="utf-8-sig")
    shown = choose(monkeypatch, path)
    i18n.install_language(qapp, "ar")
    try:
        action = importing.import_action(ctx, None)
        assert action.text() == "استيراد لائحة المستفيدين…"
        action.trigger()
        qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
        assert "Ligne" not in shown[0] and "importée" not in shown[0]
    finally:
        i18n.install_language(qapp, "fr")
