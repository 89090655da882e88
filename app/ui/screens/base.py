"""What the data screens share: reload when the kinds of data they show
change (`AppContext.data_changed`), at once when visible, otherwise the next
time they are shown, so a hidden screen costs nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.ui.context import AppContext


class RefreshingScreen(QWidget):
    # The kinds of data the screen shows ("beneficiary", "session"...).
    watched: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.data_changed.connect(self._data_changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def _data_changed(self, kinds: set[str]) -> None:
        if kinds & (self.watched | {"all"}):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()
