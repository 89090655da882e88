"""Print and export actions of the desktop app.

Each action asks where to save (`SaveFile.ask`, proposing the data folder's
`documents/` subfolder), then runs the Qt-free `app.reports.api`
in the database worker (one transaction: issuing a certificate is recorded
there), and opens the written file (`FileOpener`; when no viewer opens it,
the user is told where the file is).  Long jobs (activity report, exports)
show a progress dialog that can be cancelled.

Proposed names never make two documents share a file: an attendance sheet is
named after its session (date, start, module and a piece of its id), so two
sessions of one day keep their own sheets and printing a session again
replaces only its own; certificates and records carry a piece of the
person's id.

For the main window: `document_actions(ctx, parent)` returns the officer
exports as QActions (beneficiaries, attendance, coaching, indicators; CSV or
XLSX by the chosen file's extension) to put in a menu ("Exports").
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.changes import NOTHING, Changes, Done
from app.ui.errors import error_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.indicators import IndicatorFilter
    from app.services.planning import SessionView
    from app.ui.context import AppContext

PDF_FILTER = "PDF (*.pdf)"
EXPORT_FILTER = "Excel (*.xlsx);;CSV (*.csv)"
EXPORT_KINDS = ("beneficiaries", "attendance", "coaching", "indicators")


def document_lang(ctx: AppContext) -> str:
    """Documents exist in French and Arabic; English users get French paper."""
    return "ar" if ctx.lang == "ar" else "fr"


def documents_folder(ctx: AppContext) -> Path:
    folder = Path(ctx.db.folder) / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def safe_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("_") or "document"


class SaveFile:
    """Where to save a document; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(suggested.suffix)
        return path


def attendance_sheet_name(view: SessionView) -> str:
    """feuille_presence_2026-03-15_0900_gestion-fin_3f9a1c.pdf: the session's
    date, start and module, and the end of its id (two sessions of the same
    module may start at the same time at two stops)."""
    module = re.sub(r"[^a-z0-9]+", "-", view.module_code.lower()).strip("-") or "seance"
    tail = re.sub(r"[^a-z0-9]+", "", view.id.lower())[-6:]
    return (
        f"feuille_presence_{view.session_date:%Y-%m-%d}_{view.start_time:%H%M}_"
        f"{module}_{tail}.pdf"
    )


class FileOpener:
    """Shows a written file in the system's viewer and says when none could
    (`xdg-open` missing or failing, `os.startfile` refused).  Tests replace
    `command` with a failing one, or `active` to open nothing."""

    # Without a screen (tests, a server) there is nobody to show a file to.
    active = os.environ.get("QT_QPA_PLATFORM") != "offscreen"
    # An opener still running after this long has handed the file to a viewer.
    wait_s = 10.0

    @classmethod
    def command(cls, path: Path) -> list[str] | None:
        """The command that opens `path` (None: Windows' os.startfile)."""
        if sys.platform.startswith("win"):
            return None
        if sys.platform == "darwin":
            return ["open", str(path)]
        return ["xdg-open", str(path)]

    @classmethod
    def open(cls, path: Path, failed: Callable[[str], None]) -> None:
        """Open `path`; `failed(reason)` is called, from a worker thread,
        if that did not work."""
        if not cls.active:
            return
        argv = cls.command(path)
        if argv is None:
            try:
                os.startfile(path)  # type: ignore[attr-defined]
            except OSError as exc:
                failed(exc.strerror or type(exc).__name__)
            return
        # xdg-open may wait for the viewer: never on the GUI thread.
        threading.Thread(
            target=cls._wait_for, args=(argv, failed), name="caravane-open", daemon=True
        ).start()

    @classmethod
    def _wait_for(cls, argv: list[str], failed: Callable[[str], None]) -> None:
        try:
            process = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # the viewer outlives Caravane
            )
        except OSError as exc:
            failed(exc.strerror or type(exc).__name__)
            return
        try:
            code = process.wait(cls.wait_s)
        except subprocess.TimeoutExpired:
            return  # still running: the viewer has the file
        if code != 0:
            failed(f"{Path(argv[0]).name}: {code}")


def open_file(ctx: AppContext, parent: QWidget | None, path: Path) -> None:
    """Show the written file; if no viewer opens it, say where it is."""

    def failed(_reason: str) -> None:
        ctx.tasks.main_thread(lambda: show_not_opened(parent, path))

    FileOpener.open(path, failed)


# The last "written but not opened" box (tests close it).
last_not_opened: QMessageBox | None = None


def show_not_opened(parent: QWidget | None, path: Path) -> None:
    global last_not_opened
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Documents", "Document enregistré"),
        QCoreApplication.translate(
            "Documents",
            "Le document est enregistré, mais aucun programme n'a pu l'ouvrir. "
            "Ouvrez-le vous-même, il se trouve ici :\n{path}",
        ).format(path=str(path)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    last_not_opened = box
    box.open()


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Documents", "Document non créé"), text)


# Every document written in this run, newest last (tests and the status bar).
written: list[Path] = []


def _run(
    ctx: AppContext,
    parent: QWidget | None,
    path: Path,
    job: Callable[[Session, Path], object],
    *,
    long_label: str | None = None,
    changes: Changes = NOTHING,
    on_written: Callable[[Path], None] | None = None,
) -> None:
    def done(result: object) -> None:
        written.append(path)
        # A job that wrote (issuing a certificate) says what it changed.
        ctx.notify(result.changes if isinstance(result, Done) else changes, origin=parent)
        if on_written is not None:
            on_written(path)
        open_file(ctx, parent, path)

    def failed(exc: BaseException) -> None:
        show_error(parent, error_text(exc))

    if long_label is None:
        ctx.tasks.run_db(lambda session: job(session, path), done, failed)
        return

    def long_job(progress: Callable[..., None], _cancelled: Callable[[], bool]) -> object:
        progress(0, 0, long_label)
        with ctx.db.session() as session:
            return job(session, path)

    ctx.tasks.run_long(long_job, done, failed, parent=parent, title=long_label, label=long_label)


def print_attendance_sheet(
    ctx: AppContext,
    parent: QWidget | None,
    session_id: str,
    *,
    view: SessionView | None = None,
) -> None:
    """The session's sheet, under a name of its own (`attendance_sheet_name`);
    the caller may pass the session it shows, otherwise it is read first."""
    if view is not None:
        _save_attendance_sheet(ctx, parent, view)
        return
    from app.services import planning

    ctx.tasks.run_db(
        lambda s: planning.get_session(session=s, session_id=session_id),
        lambda found: _save_attendance_sheet(ctx, parent, found),
        lambda exc: show_error(parent, error_text(exc)),
    )


def _save_attendance_sheet(ctx: AppContext, parent: QWidget | None, view: SessionView) -> None:
    from app.reports import api

    suggested = documents_folder(ctx) / attendance_sheet_name(view)
    path = SaveFile.ask(parent, QCoreApplication.translate("Documents", "Enregistrer la feuille de présence"), suggested, PDF_FILTER)
    if path is None:
        return
    lang = document_lang(ctx)
    session_id = view.id
    _run(
        ctx,
        parent,
        path,
        lambda s, p: api.print_attendance_sheet(
            session=s, session_id=session_id, lang=lang, out=p
        ),
    )


def print_certificate(ctx: AppContext, parent: QWidget | None, beneficiary_id: str) -> None:
    from app.reports import api

    suggested = documents_folder(ctx) / f"attestation_{beneficiary_id[-8:]}.pdf"
    path = SaveFile.ask(parent, QCoreApplication.translate("Documents", "Enregistrer l'attestation"), suggested, PDF_FILTER)
    if path is None:
        return
    lang = document_lang(ctx)
    issued_by = ctx.user_id
    today = ctx.clock.today()
    _run(
        ctx,
        parent,
        path,
        lambda s, p: api.print_certificate(
            session=s, beneficiary_id=beneficiary_id, lang=lang, out=p, today=today,
            issued_by=issued_by,
        ),
    )


def print_record(ctx: AppContext, parent: QWidget | None, beneficiary_id: str) -> None:
    """The person's record (law 09-08): PDF, or JSON if that extension is chosen."""
    from app.reports import api

    suggested = documents_folder(ctx) / f"fiche_{beneficiary_id[-8:]}.pdf"
    path = SaveFile.ask(
        parent, QCoreApplication.translate("Documents", "Enregistrer la fiche (loi 09-08)"), suggested, PDF_FILTER + ";;JSON (*.json)"
    )
    if path is None:
        return
    lang = document_lang(ctx)
    _run(
        ctx,
        parent,
        path,
        lambda s, p: api.print_beneficiary_record(
            session=s, beneficiary_id=beneficiary_id, lang=lang, out=p,
            as_json=p.suffix.lower() == ".json",
        ),
    )


def print_activity_report(
    ctx: AppContext, parent: QWidget | None, filters: IndicatorFilter
) -> None:
    from app.reports import api

    suggested = documents_folder(ctx) / (
        f"rapport_activite_{filters.date_from:%Y%m%d}_{filters.date_to:%Y%m%d}.pdf"
    )
    path = SaveFile.ask(parent, QCoreApplication.translate("Documents", "Enregistrer le rapport d'activité"), suggested, PDF_FILTER)
    if path is None:
        return
    lang = document_lang(ctx)
    _run(
        ctx,
        parent,
        path,
        lambda s, p: api.print_activity_report(
            session=s, date_from=filters.date_from, date_to=filters.date_to, lang=lang, out=p,
            team_id=filters.team_id,
        ),
        long_label=QCoreApplication.translate("Documents", "Rapport d'activité en cours…"),
    )


def export(ctx: AppContext, parent: QWidget | None, kind: str) -> None:
    """An officer export (CSV or XLSX by extension); 12 months up to today
    for attendance, coaching and indicators, everyone for beneficiaries."""
    from app.reports import api

    today = ctx.clock.today()
    suggested = documents_folder(ctx) / f"{safe_name(export_title(kind))}_{today:%Y%m%d}.xlsx"
    path = SaveFile.ask(parent, export_title(kind), suggested, EXPORT_FILTER)
    if path is None:
        return
    if path.suffix.lower() not in {".csv", ".xlsx"}:
        path = path.with_suffix(".xlsx")
    date_from = None if kind == "beneficiaries" else today - dt.timedelta(days=365)
    lang = document_lang(ctx)
    team_id = ctx.team_id
    _run(
        ctx,
        parent,
        path,
        lambda s, p: api.export_for_officers(
            session=s, kind=kind, out=p, lang=lang, date_from=date_from, date_to=today,
            team_id=team_id,
        ),
        long_label=QCoreApplication.translate("Documents", "Export en cours…"),
    )


def export_title(kind: str) -> str:
    return {
        "beneficiaries": QCoreApplication.translate("Documents", "Exporter les bénéficiaires"),
        "attendance": QCoreApplication.translate("Documents", "Exporter les présences"),
        "coaching": QCoreApplication.translate("Documents", "Exporter l'accompagnement"),
        "indicators": QCoreApplication.translate("Documents", "Exporter les indicateurs"),
    }[kind]


def document_actions(ctx: AppContext, parent: QObject) -> list[QAction]:
    """The officer exports as menu actions ("Exporter les bénéficiaires…",
    presences, coaching, indicators), each asking for a .xlsx or .csv file."""
    widget = parent if isinstance(parent, QWidget) else None
    actions: list[QAction] = []
    for kind in EXPORT_KINDS:
        action = QAction(export_title(kind) + "…", parent)
        action.setObjectName(f"export_{kind}")
        action.triggered.connect(lambda _checked=False, k=kind: export(ctx, widget, k))
        actions.append(action)
    return actions
