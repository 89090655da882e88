"""The expected roster of a session with a tick box per person: ticking
checks the person in, unticking takes the check-in back.  Rows come from
`attendance.roster()`; the tick is shown at once and confirmed when the
roster is reloaded from the database."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.labels import person_label
from app.models.people import name_order
from app.ui.i18n import current_language, format_hours, format_phone, format_time
from app.ui.models.table import Column, RowTableModel

if TYPE_CHECKING:
    from app.services.attendance import RosterRow

Index = QModelIndex | QPersistentModelIndex
PRESENT_BRUSH = QBrush(QColor("#e3f4e8"))
CHECK_COLUMN = 0


def status_label(status: str | None, sex: str | None, lang: str) -> str:
    """A person's attendance, agreeing with the person: "Présente" / "حاضرة"
    for a woman, "attendu(e)" while not marked yet."""
    if status:
        return person_label("attendance_status", status, lang, sex)
    if sex == "F":
        return QCoreApplication.translate("RosterModel", "attendue")
    return QCoreApplication.translate("RosterModel", "attendu")


class RosterModel(RowTableModel["RosterRow"]):
    """Column 0 is the tick box; `toggled(beneficiary_id, checked)` asks the
    screen to write the change.  Statuses are worded here, agreeing with each
    person (`status_label`)."""

    toggled = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)  # QObject first: tr() needs it
        self._columns: list[Column[RosterRow]] = [
            Column(
                QCoreApplication.translate("RosterModel", "Présent"),
                lambda r: "",
                lambda r: r.present,
            ),
            Column(
                QCoreApplication.translate("RosterModel", "Prénom et nom"),
                lambda r: r.display_name,
                lambda r: name_order(r.first_name, r.last_name, r.name_ar),
            ),
            Column(
                QCoreApplication.translate("RosterModel", "Statut"),
                lambda r: status_label(r.status, r.sex, current_language()),
            ),
            Column(
                QCoreApplication.translate("RosterModel", "Arrivée"),
                lambda r: format_time(r.arrived_at),
                lambda r: r.arrived_at,
            ),
            Column(
                QCoreApplication.translate("RosterModel", "Départ"),
                lambda r: format_time(r.left_at),
                lambda r: r.left_at,
            ),
            Column(
                QCoreApplication.translate("RosterModel", "Heures"),
                lambda r: format_hours(r.hours_attended) if r.present else "",
                lambda r: r.hours_attended,
                align_end=True,
            ),
            Column(
                QCoreApplication.translate("RosterModel", "Nom en arabe"), lambda r: r.name_ar or ""
            ),
            Column(QCoreApplication.translate("RosterModel", "CIN"), lambda r: r.cin or ""),
            Column(
                QCoreApplication.translate("RosterModel", "Téléphone"),
                lambda r: format_phone(r.phone),
            ),
        ]
        self._optimistic: dict[str, bool] = {}

    def rows_replaced(self, rows: list[RosterRow]) -> None:
        self._optimistic.clear()  # the database has spoken

    def is_checked(self, row: RosterRow) -> bool:
        return self._optimistic.get(row.beneficiary_id, row.present)

    def mark(self, beneficiary_id: str, checked: bool) -> None:
        """Show a tick before the database is read back."""
        row = self.row_of(beneficiary_id)
        if row < 0 or self.is_checked(self.row_at(row)) == checked:
            return
        self._optimistic[beneficiary_id] = checked
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, beneficiary_id: str) -> int:
        for number, row in enumerate(self.rows()):
            if row.beneficiary_id == beneficiary_id:
                return number
        return -1

    # -- Qt model API ---------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == CHECK_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == CHECK_COLUMN:
            checked = self.is_checked(self.row_at(index.row()))
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            return PRESENT_BRUSH if self.is_checked(self.row_at(index.row())) else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == CHECK_COLUMN:
            return QCoreApplication.translate(
                "RosterModel", "Cocher pour pointer la personne présente"
            )
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            not index.isValid()
            or index.column() != CHECK_COLUMN
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        checked = (
            Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        )
        row = self.row_at(index.row())
        if checked == self.is_checked(row):
            return True
        self._optimistic[row.beneficiary_id] = checked
        last = self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(self.index(index.row(), 0), last)
        self.toggled.emit(row.beneficiary_id, checked)
        return True


class RosterFilter(QSortFilterProxyModel):
    """Show everyone, only the present, or only the expected not yet here."""

    ALL, PRESENT, MISSING = "all", "present", "missing"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = self.ALL

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if self.mode == self.ALL:
            return True
        model = self.sourceModel()
        assert isinstance(model, RosterModel)
        row = model.row_at(source_row)
        present = model.is_checked(row)
        return present if self.mode == self.PRESENT else not present
