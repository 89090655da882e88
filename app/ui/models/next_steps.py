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
        tr = QCoreApplication.translate
        super().__init__(
            [
                Column(
                    tr("NextSteps", "Échéance"),
                    lambda s: format_date(s.due_on) or "—",
                    sort=lambda s: s.due_on,
                    warn=lambda s: s.overdue,
                ),
                Column(tr("NextSteps", "Bénéficiaire"), lambda s: s.beneficiary_name),
                Column(tr("NextSteps", "Prochaine étape"), lambda s: s.description),
                Column(
                    tr("NextSteps", "État"),
                    lambda s: tr("NextSteps", "en retard") if s.overdue else "",
                    warn=lambda s: s.overdue,
                ),
            ],
            parent,
        )
