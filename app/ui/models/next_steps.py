"""Open next steps across beneficiaries (overdue ones in red)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from app.labels import format_date
from app.ui.models.table import Column, RowTableModel

if TYPE_CHECKING:
    from app.services.coaching import NextStepView  # noqa: F401 - in a string


class NextStepsModel(RowTableModel["NextStepView"]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("NextSteps", "Échéance"),
                    lambda s: format_date(s.due_on) or "—",
                    sort=lambda s: s.due_on,
                    warn=lambda s: s.overdue,
                ),
                Column(QCoreApplication.translate("NextSteps", "Bénéficiaire"), lambda s: s.beneficiary_name),
                Column(QCoreApplication.translate("NextSteps", "Prochaine étape"), lambda s: s.description),
                Column(
                    QCoreApplication.translate("NextSteps", "État"),
                    lambda s: QCoreApplication.translate("NextSteps", "en retard") if s.overdue else "",
                    warn=lambda s: s.overdue,
                ),
            ],
            parent,
        )
