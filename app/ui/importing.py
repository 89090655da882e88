"""Import a list of beneficiaries (CSV or Excel) from the desktop app: the
same service as `caravane import beneficiaries`, in the database worker with
a progress bar and Cancel (a cancelled import keeps nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.importing import ImportCancelled, ImportReport, import_beneficiaries
from app.ui.errors import error_text, field_error_text
from app.ui.i18n import format_count
from app.ui.tasks import Cancelled, IsCancelled, Progress

if TYPE_CHECKING:
    from app.core.changes import Done
    from app.ui.context import AppContext

# Refused rows listed in the summary; the rest are counted.
SHOWN_REFUSALS = 12


class OpenList:
    """Which list to import; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Import", "Importer une liste de bénéficiaires"),
            "",
            QCoreApplication.translate("Import", "Listes (*.csv *.xlsx);;Tous les fichiers (*)"),
        )
        return Path(chosen) if chosen else None


def import_action(ctx: AppContext, parent: QObject | None) -> QAction:
    action = QAction(QCoreApplication.translate("Import", "Importer une liste de bénéficiaires…"), parent)
    action.setObjectName("import_beneficiaries")
    widget = parent if isinstance(parent, QWidget) else None
    action.triggered.connect(lambda _checked=False: start_import(ctx, widget))
    return action


def start_import(ctx: AppContext, parent: QWidget | None) -> None:
    path = OpenList.ask(parent)
    if path is None:
        return
    collected_by = ctx.user.name if ctx.user else None

    def job(progress: Progress, is_cancelled: IsCancelled) -> Done[ImportReport]:
        try:
            with ctx.db.session() as session:
                return import_beneficiaries(
                    session=session, path=path, collected_by=collected_by,
                    progress=progress, is_cancelled=is_cancelled,
                )
        except ImportCancelled as exc:
            raise Cancelled() from exc

    def done(result: Done[ImportReport]) -> None:
        ctx.notify(result.changes, origin=parent)
        show_report(parent, summary(result.value))

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("Import", "Import impossible"), error_text(exc))

    ctx.tasks.run_long(
        job, done, failed, parent=parent,
        title=QCoreApplication.translate("Import", "Import de {name}").format(name=path.name),
        label=QCoreApplication.translate("Import", "Lecture et vérification des lignes…"),
    )


def summary(report: ImportReport) -> str:
    lines = [
        QCoreApplication.translate("Import", "{imported} personne(s) importée(s), {present} déjà présente(s), "
           "{refused} ligne(s) refusée(s).").format(
            imported=format_count(report.imported),
            present=format_count(report.present),
            refused=format_count(report.refused),
        )
    ]
    refused = [row for row in report.rows if row.outcome == "refused"]
    for row in refused[:SHOWN_REFUSALS]:
        reasons = " ; ".join(field_error_text(error) for error in row.errors)
        lines.append(QCoreApplication.translate("Import", "Ligne {line} ({name}) : {reasons}").format(
            line=row.line, name=row.name or "—", reasons=reasons
        ))
    if len(refused) > SHOWN_REFUSALS:
        lines.append(QCoreApplication.translate("Import", "… et {count} autre(s) ligne(s) refusée(s).").format(
            count=format_count(len(refused) - SHOWN_REFUSALS)
        ))
    return "\n".join(lines)


def show_report(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("Import", "Import terminé"), text)
