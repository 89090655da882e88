"""What the data screens share: reload when an operation's `Changes`
concern the topics they show (`AppContext.data_changed`), at once when
visible, otherwise the next time they are shown, so a hidden screen costs
nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtWidgets import QWidget

from app.core.changes import Changes, Topic

if TYPE_CHECKING:
    from app.ui.context import AppContext


class RefreshingScreen(QWidget):
    # The kinds of data the screen shows: it reloads when one of them changed.
    depends_on: ClassVar[frozenset[Topic]] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.data_changed.connect(self._data_changed)

    def refresh(self) -> None:
        """Reload now (the screen is no longer stale)."""
        self._stale = False
        self.load()

    def load(self) -> None:
        """Read what the screen shows (in the task manager) and show it."""
        raise NotImplementedError

    def _data_changed(self, changes: Changes, _origin: object) -> None:
        if changes.concerns(self.depends_on):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()
