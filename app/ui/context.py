"""What every screen of the desktop app shares: the database, who is logged
in, this laptop's team, the language, the task manager, and the signals that
say what changed or where to go next.

Screens never talk to each other directly.  A write goes through
`ctx.run_op(...)`: the service returns `Done(value, changes)` and the
context hands the `Changes` to every screen through `data_changed`; each
screen decides from them whether to redraw (after Anki's `CollectionOp` and
`operation_did_execute`).  Screens ask the main window to show another
screen through `ctx.open_attendance(...)` and friends.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

from app.core.changes import Changes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.changes import Done
    from app.db import Database
    from app.services.accounts import UserView
    from app.ui.prefs import Preferences
    from app.ui.tasks import TaskManager

T = TypeVar("T")


class Clock(Protocol):
    """What the screens ask for the date and time (a test holds it still)."""

    def now(self) -> dt.datetime: ...

    def today(self) -> dt.date: ...


class WallClock:
    """The local date and time the screens work with.  One object that every
    screen asks, so that a test can hold the time still instead of racing
    midnight."""

    def now(self) -> dt.datetime:
        return dt.datetime.now()

    def today(self) -> dt.date:
        return self.now().date()


class AppContext(QObject):
    """Shared state of one running window (one per QApplication in practice)."""

    # (Changes, origin): what an operation changed, and the object that ran it
    # (None for a sync), so a screen can skip redrawing for its own writes.
    data_changed = Signal(object, object)
    # The logged-in user changed (UserView or None).
    user_changed = Signal(object)
    # Navigation requests, served by the main window.
    attendance_requested = Signal(str)  # training session id
    beneficiary_requested = Signal(str)  # beneficiary id
    session_requested = Signal(str)  # training session id
    screen_requested = Signal(str)  # screen name, e.g. "today"
    # The user's preferences were saved (Preferences).
    prefs_changed = Signal(object)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskManager,
        lang: str = "fr",
        team_id: str | None = None,
        prefs: Preferences | None = None,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.clock: Clock = clock or WallClock()
        self.lang = lang
        self.team_id = team_id
        self.prefs = prefs
        self.user: UserView | None = None

    # -- who is working -------------------------------------------------
    def set_user(self, user: UserView | None) -> None:
        self.user = user
        if user is not None and user.team_id:
            self.team_id = user.team_id
        self.user_changed.emit(user)

    @property
    def user_id(self) -> str | None:
        return self.user.id if self.user else None

    @property
    def user_name(self) -> str:
        return self.user.name if self.user else ""

    @property
    def rtl(self) -> bool:
        return self.lang == "ar"

    # -- what changed ---------------------------------------------------
    def run_op(
        self,
        fn: Callable[[Session], Done[T]],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        origin: object | None = None,
    ) -> None:
        """Run a writing service call `fn(session)` in its own transaction on
        the database thread; once committed, `on_done(value)` runs, then every
        screen hears of the changes it returned."""

        def done(result: Done[T]) -> None:
            try:
                if on_done is not None:
                    on_done(result.value)
            finally:
                self.notify(result.changes, origin=origin)

        self.tasks.run_db(fn, done, on_error, write=True)

    def notify(self, changes: Changes, *, origin: object | None = None) -> None:
        """Tell every screen what changed (nothing is said when nothing did)."""
        if not isinstance(changes, Changes):
            raise TypeError(f"notify() takes a Changes value, not {type(changes).__name__}")
        if changes:
            self.data_changed.emit(changes, origin)

    # -- where to go ----------------------------------------------------
    def open_attendance(self, session_id: str) -> None:
        self.attendance_requested.emit(session_id)

    def open_beneficiary(self, beneficiary_id: str) -> None:
        self.beneficiary_requested.emit(beneficiary_id)

    def open_session(self, session_id: str) -> None:
        self.session_requested.emit(session_id)

    def open_screen(self, name: str) -> None:
        self.screen_requested.emit(name)
