"""Print and export actions: the file dialog is replaced through
`SaveFile.ask`; the real app.reports code writes real files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from app.models import SupportDelivered
from app.services import planning
from app.services.attendance import check_in
from app.ui import documents
from app.ui.screens.beneficiaries import BeneficiariesScreen
from app.ui.screens.sessions import SessionsScreen
from tests.conftest import TODAY
from tests.screens_support import add_person, settle

Ctx = Any


def held_session(ctx: Ctx) -> tuple[str, str]:
    person = add_person(ctx, "Khadija", "Alaoui", cin="K123456")
    with ctx.db.session() as s:
        module = planning.list_modules(session=s)[0]
        view = planning.plan_session(
            session=s, team_id=ctx.team_id, module_id=module.id, session_date=TODAY,
            start_time=dt.time(9), end_time=dt.time(12),
        ).value
        planning.enrol(session=s, session_id=view.id, beneficiary_ids=[person.id])
        check_in(session=s, session_id=view.id, beneficiary_id=person.id)
        planning.set_session_status(session=s, session_id=view.id, status="held")
    return view.id, person.id


def save_to(monkeypatch: Any, path: Path) -> list[Path]:
    suggested: list[Path] = []

    def ask(parent: Any, title: str, proposed: Path, filters: str) -> Path:
        suggested.append(proposed)
        return path

    monkeypatch.setattr(documents.SaveFile, "ask", ask)
    return suggested


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_print_attendance_sheet_from_sessions(
    ctx: Ctx, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    held_session(ctx)
    out = tmp_path / "feuille.pdf"
    suggested = save_to(monkeypatch, out)
    screen = SessionsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.sessions.rowCount() == 1)
    screen.table.setCurrentIndex(screen.sessions.index(0, 0))
    screen.print_button.click()
    qtbot.waitUntil(out.exists)
    settle(ctx)
    assert suggested[0].parent == Path(ctx.db.folder) / "documents"
    text = pdf_text(out)
    assert "ALAOUI Khadija" in text and "456" in text and "123456" not in text  # CIN masked


def test_certificate_and_record_from_the_detail_page(
    ctx: Ctx, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    _session_id, person_id = held_session(ctx)
    screen = BeneficiariesScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.show_beneficiary(person_id)
    qtbot.waitUntil(lambda: screen.detail.detail is not None)

    certificate = tmp_path / "attestation.pdf"
    save_to(monkeypatch, certificate)
    screen.detail.certificate_button.click()
    qtbot.waitUntil(certificate.exists)
    settle(ctx)
    with ctx.db.session() as s:
        support = s.query(SupportDelivered).one()
        assert support.kind == "certificate" and support.beneficiary_id == person_id
    assert support.serial and support.serial in pdf_text(certificate)
    # issuing is support delivered: the page shows it after the refresh
    qtbot.waitUntil(lambda: screen.detail.support.model.rowCount() == 1)

    record = tmp_path / "fiche.json"
    save_to(monkeypatch, record)
    screen.detail.record_button.click()
    qtbot.waitUntil(record.exists)
    settle(ctx)
    assert "Khadija" in record.read_text(encoding="utf-8")


def test_export_actions_write_csv_and_xlsx(
    ctx: Ctx, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QWidget

    held_session(ctx)
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = documents.document_actions(ctx, parent)
    assert [a.objectName() for a in actions] == [
        "export_beneficiaries", "export_attendance", "export_coaching", "export_indicators"
    ]
    csv_file = tmp_path / "beneficiaires.csv"
    save_to(monkeypatch, csv_file)
    actions[0].trigger()
    qtbot.waitUntil(csv_file.exists)
    settle(ctx)
    data = csv_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "Alaoui" in data.decode("utf-8-sig")

    xlsx_file = tmp_path / "presences.xlsx"
    save_to(monkeypatch, xlsx_file)
    actions[1].trigger()
    qtbot.waitUntil(xlsx_file.exists)
    settle(ctx)
    sheet = load_workbook(xlsx_file).active
    assert sheet.max_row == 2  # header + one presence


def test_activity_report_from_figures(
    ctx: Ctx, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    from app.ui.screens.figures import FiguresScreen

    held_session(ctx)
    out = tmp_path / "rapport.pdf"
    save_to(monkeypatch, out)
    screen = FiguresScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.indicators is not None)
    screen.report_button.click()
    qtbot.waitUntil(out.exists, timeout=20_000)
    settle(ctx)
    assert "Rapport d'activité" in pdf_text(out)
