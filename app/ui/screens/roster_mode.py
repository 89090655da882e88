"""The attendance roster's "show" box: everyone, the present, or the expected
not yet here.  Its modes are there from construction, so the Designer form
holding it (app/ui/forms/attendance.ui) measures it at its real width."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.ui.models.roster import RosterFilter


class RosterModeBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Tout le monde"), RosterFilter.ALL)
        self.addItem(self.tr("Présents"), RosterFilter.PRESENT)
        self.addItem(self.tr("Attendus pas encore là"), RosterFilter.MISSING)

    def mode(self) -> str:
        """The RosterFilter mode chosen."""
        return str(self.currentData())
