"""The base dialog of the app (after calibre's Dialog): wires its button box,
remembers its geometry, and shows validation messages next to the fields
so a refused form keeps everything the user typed.

A dialog that returns a value has a classmethod `ask(...)` returning the
value or None; tests monkeypatch `ask` instead of clicking through.

    class NameDialog(Dialog):
        def __init__(self, parent=None):
            super().__init__(parent, title=self.tr("Nom"))
            self.name = QLineEdit()
            self.add_field("name", self.tr("Nom"), self.name)
            self.finish()

        @classmethod
        def ask(cls, parent=None) -> str | None:
            dialog = cls(parent)
            return dialog.name.text() if dialog.exec() else None
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.core.errors import FieldError

_geometry_store: QSettings | None = None

ERROR_STYLE = "color: #b3261e;"


def set_geometry_store(settings: QSettings | None) -> None:
    """Where dialogs remember their size (set once at start-up; None in tests)."""
    global _geometry_store
    _geometry_store = settings


def field_with_error(name: str, widget: QWidget) -> tuple[QWidget, QLabel]:
    """The widget with a hidden error label under it (shown on a refusal)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    error = QLabel()
    error.setObjectName(f"error_{name}")
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.hide()
    column.addWidget(error)
    return box, error


class Dialog(QDialog):
    """A dialog with a form, per-field error labels and a button box."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str = "",
        buttons: QDialogButtonBox.StandardButton = (
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        ),
    ) -> None:
        super().__init__(parent)
        if title:
            self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)
        # A message for the whole form (e.g. a refused login), hidden until set.
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.button_box = QDialogButtonBox(buttons)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self._field_errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

    # -- building -------------------------------------------------------
    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """A labelled row with an error label under the widget."""
        box, error = field_with_error(name, widget)
        self.form.addRow(label, box)
        self._field_errors[name] = error
        self._fields[name] = widget
        return widget

    def finish(self) -> None:
        """Add the general error and the buttons under the form; restore size."""
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.button_box)
        self._restore_geometry()

    # -- errors ---------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self._field_errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def show_field_errors(self, errors: list[FieldError]) -> None:
        """Show each message next to its field; unknown fields go on top."""
        from app.ui.errors import field_error_text

        self.clear_errors()
        general: list[str] = []
        first: QWidget | None = None
        for error in errors:
            text = field_error_text(error)
            label = self._field_errors.get(error.field)
            if label is None:
                general.append(text)
                continue
            label.setText((label.text() + "\n" + text).strip())
            label.show()
            if first is None:
                first = self._fields[error.field]
        if general:
            self.show_general_error("\n".join(general))
        if first is not None:
            first.setFocus()

    def show_general_error(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def show_error(self, exc: BaseException) -> None:
        """A failed save: validation messages next to their fields, anything
        else as one sentence on top; what the user typed stays."""
        from app.core.errors import ValidationError
        from app.ui.errors import error_text

        if isinstance(exc, ValidationError):
            self.show_field_errors(exc.errors)
        else:
            self.show_general_error(error_text(exc))

    def field_error(self, name: str) -> str:
        """The message shown next to a field ("" if none): handy in tests."""
        label = self._field_errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    # -- geometry -------------------------------------------------------
    def _geometry_key(self) -> str:
        return f"dialogs/{type(self).__name__}/geometry"

    def _restore_geometry(self) -> None:
        if _geometry_store is None:
            return
        value = _geometry_store.value(self._geometry_key())
        if isinstance(value, QByteArray):
            self.restoreGeometry(value)

    def done(self, result: int) -> None:
        if _geometry_store is not None:
            _geometry_store.setValue(self._geometry_key(), self.saveGeometry())
        super().done(result)
