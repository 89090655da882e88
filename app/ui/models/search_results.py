"""Search results of the attendance screen: people matching what is
typed, with a mark for those already present at the session."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.models.people import name_order
from app.ui.i18n import current_language, format_phone, localized
from app.ui.models.table import Column, RowTableModel

if TYPE_CHECKING:
    from app.services.search import BeneficiaryRow

Index = QModelIndex | QPersistentModelIndex
PRESENT_BRUSH = QBrush(QColor("#1b7f3b"))


class SearchResultsModel(RowTableModel["BeneficiaryRow"]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)  # QObject first: tr() needs it
        self.present_ids: set[str] = set()
        present_text = QCoreApplication.translate("SearchResultsModel", "✓ présent")
        self._columns: list[Column[BeneficiaryRow]] = [
            Column(
                QCoreApplication.translate("SearchResultsModel", "Prénom et nom"),
                lambda r: r.display_name,
                lambda r: name_order(r.first_name, r.last_name, r.name_ar),
            ),
            Column(
                QCoreApplication.translate("SearchResultsModel", "Nom en arabe"),
                lambda r: r.name_ar or "",
            ),
            Column(
                QCoreApplication.translate("SearchResultsModel", "Séance"),
                lambda r: present_text if r.id in self.present_ids else "",
            ),
            Column(QCoreApplication.translate("SearchResultsModel", "CIN"), lambda r: r.cin or ""),
            Column(
                QCoreApplication.translate("SearchResultsModel", "Téléphone"),
                lambda r: format_phone(r.phone),
            ),
            Column(
                QCoreApplication.translate("SearchResultsModel", "Commune"),
                lambda r: localized(current_language(), r.commune_name, r.commune_name_ar),
            ),
        ]

    def set_present(self, ids: set[str]) -> None:
        self.present_ids = set(ids)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 2))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and self.row_at(index.row()).id in self.present_ids
        ):
            return PRESENT_BRUSH
        return super().data(index, role)
