"""Item-view helpers that behave the same left to right and right to left."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def select_row(view: QAbstractItemView, row: int) -> None:
    """Highlight `row` (the whole row) and make it the view's current row.

    Not `QTableView.selectRow`: right to left, it looks for the column at
    the viewport's right edge, finds none, and selects nothing."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    selection = view.selectionModel()
    selection.setCurrentIndex(index, _ROW)
    view.scrollTo(index)


def selected_row(view: QAbstractItemView) -> int:
    """The highlighted row, or -1."""
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else -1
