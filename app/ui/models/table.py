"""A table model over a list of row objects (frozen dataclasses from the
services), described by columns; the base of the screens' table models.

`data()` stays cheap (one attribute read and a formatter per visible cell)
so that 100,000 rows scroll smoothly.  Sorting is done here, in Python, on
the whole list (`sort_rows`): a QSortFilterProxyModel sorting through a
Python `data()` would cross into Python millions of times.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value used to sort

WARNING_BRUSH = QBrush(QColor("#b3261e"))


def ltr(text: str) -> str:
    """Keep a left-to-right run (phone, times, date range) in order inside
    right-to-left text: a Unicode isolate, invisible in French."""
    return f"\u2066{text}\u2069" if text else text


def fit_headers(view: QTableView) -> None:
    """Widen the columns narrower than their header's text (a fixed width
    chosen for the French "CIN" clips the Arabic "رقم البطاقة الوطنية")."""
    header = view.horizontalHeader()
    for section in range(header.count()):
        needed = header.sectionSizeHint(section)
        if header.sectionSize(section) < needed:
            header.resizeSection(section, needed)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: header text, how to show a row, how to sort it."""

    header: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    align_end: bool = False  # numbers: aligned to the trailing edge
    warn: Callable[[R], bool] | None = None  # shown in red when true (overdue...)


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows of type R shown through `columns`; read-only."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        # Called with the permutation (new position -> old position) after a
        # sort, so a proxy can keep per-row caches aligned.
        self.reordered: list[Callable[[list[int]], None]] = []

    # -- content --------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.rows_replaced(self._rows)
        self.endResetModel()

    def rows_replaced(self, rows: list[R]) -> None:
        """Hook for subclasses that cache per-row values (called inside the reset)."""

    def rows(self) -> list[R]:
        return self._rows

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def columns(self) -> list[Column[R]]:
        return self._columns

    # -- Qt model API ---------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align_end:
                return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.warn is not None and column.warn(row):
                return WARNING_BRUSH
            return None
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].header
            return None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_rows(column, order)

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Sort the whole list in Python (stable), keeping persistent indexes."""
        if not 0 <= column < len(self._columns) or not self._rows:
            return
        spec = self._columns[column]
        getter = spec.sort or spec.text
        self.layoutAboutToBeChanged.emit()
        rows = self._rows
        # One pass to compute the keys, then a sort that never calls back
        # into Python per comparison (values.__getitem__ is a C method);
        # empty values go last in both orders.
        values: list[Any] = [getter(row) for row in rows]
        if any(isinstance(v, str) for v in values[:50]):
            values = [v.casefold() if isinstance(v, str) else v for v in values]
        present = [i for i, v in enumerate(values) if v is not None and v != ""]
        blank = [i for i, v in enumerate(values) if v is None or v == ""]
        present.sort(key=values.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        permutation = present + blank
        self._rows = [rows[i] for i in permutation]
        for callback in self.reordered:
            callback(permutation)
        old_indexes = self.persistentIndexList()
        if old_indexes:
            new_position = [0] * len(permutation)
            for new, old in enumerate(permutation):
                new_position[old] = new
            self.changePersistentIndexList(
                old_indexes,
                [self.index(new_position[i.row()], i.column()) for i in old_indexes],
            )
        self.layoutChanged.emit()
