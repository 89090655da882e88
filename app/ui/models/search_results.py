"""Search results of the attendance screen: people matching what is typed,
best first, with a mark for those already present at the session, for
those expected at it, and for names that only come close to what was typed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.people import name_order
from app.ui.i18n import current_language, format_phone, localized
from app.ui.models.table import Column, RowTableModel

if TYPE_CHECKING:
    from app.services.search import BeneficiaryRow
    from app.services.session_search import SessionSearchHit

Index = QModelIndex | QPersistentModelIndex
PRESENT_BRUSH = QBrush(QColor("#1b7f3b"))
APPROXIMATE_BRUSH = QBrush(QColor("#6b5900"))
NAME_COLUMN, SESSION_COLUMN = 0, 1


class SearchResultsModel(RowTableModel["BeneficiaryRow"]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)  # QObject first: tr() needs it
        self.present_ids: set[str] = set()
        self.expected_ids: set[str] = set()
        self.approximate_ids: set[str] = set()
        translate = QCoreApplication.translate
        # Agreeing with the person, as the roster does.
        present_text = {
            "F": translate("SearchResultsModel", "✓ présente"),
            "M": translate("SearchResultsModel", "✓ présent"),
        }
        expected_text = {
            "F": translate("SearchResultsModel", "attendue"),
            "M": translate("SearchResultsModel", "attendu"),
        }
        self.approximate_tip = translate(
            "SearchResultsModel", "Nom approchant de la recherche : vérifiez avant de pointer."
        )

        def name(r: BeneficiaryRow) -> str:
            # "≈": only close to what was typed (an approximate match).
            return f"≈ {r.display_name}" if r.id in self.approximate_ids else r.display_name

        def at_session(r: BeneficiaryRow) -> str:
            sex = "F" if r.sex == "F" else "M"
            if r.id in self.present_ids:
                return present_text[sex]
            return expected_text[sex] if r.id in self.expected_ids else ""

        self._columns: list[Column[BeneficiaryRow]] = [
            Column(
                translate("SearchResultsModel", "Prénom et nom"),
                name,
                lambda r: name_order(r.first_name, r.last_name, r.name_ar),
            ),
            # Beside the name: the results pane is narrow, and whether the
            # person is expected here is what decides the choice.
            Column(translate("SearchResultsModel", "Séance"), at_session),
            Column(translate("SearchResultsModel", "Nom en arabe"), lambda r: r.name_ar or ""),
            Column(translate("SearchResultsModel", "CIN"), lambda r: r.cin or ""),
            Column(
                translate("SearchResultsModel", "Téléphone"), lambda r: format_phone(r.phone)
            ),
            Column(
                translate("SearchResultsModel", "Commune"),
                lambda r: localized(current_language(), r.commune_name, r.commune_name_ar),
            ),
        ]

    def set_hits(self, hits: Sequence[SessionSearchHit]) -> None:
        """The results of a search, best first."""
        self.expected_ids = {hit.row.id for hit in hits if hit.expected}
        self.approximate_ids = {hit.row.id for hit in hits if hit.approximate}
        self.set_rows([hit.row for hit in hits])

    def is_expected(self, row: int) -> bool:
        return self.row_at(row).id in self.expected_ids

    def is_approximate(self, row: int) -> bool:
        return self.row_at(row).id in self.approximate_ids

    def set_present(self, ids: set[str]) -> None:
        self.present_ids = set(ids)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, SESSION_COLUMN))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.row_at(index.row()).id
        if role == Qt.ItemDataRole.ForegroundRole:
            if person in self.present_ids:
                return PRESENT_BRUSH
            if person in self.approximate_ids:
                return APPROXIMATE_BRUSH
        elif person in self.approximate_ids:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.approximate_tip
            if role == Qt.ItemDataRole.FontRole and index.column() == NAME_COLUMN:
                font = QFont()
                font.setItalic(True)
                return font
        elif (
            role == Qt.ItemDataRole.FontRole
            and index.column() == SESSION_COLUMN
            and person in self.expected_ids
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)
