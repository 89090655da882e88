"""What every screen of the desktop app shares: the database, who is logged
in, this laptop's team, the language, the task manager, and the signals that
say what changed or where to go next.

Screens never talk to each other directly: they call `ctx.notify(...)` after
a write and listen to `data_changed`, and they ask the main window to show
another screen through `ctx.open_attendance(...)` and friends.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from app.db import Database
    from app.services.accounts import UserView
    from app.ui.prefs import Preferences
    from app.ui.tasks import TaskManager

# The kinds of data a screen may show; `data_changed` carries a set of them.
KINDS = frozenset(
    {
        "attendance",
        "beneficiary",
        "session",
        "stop",
        "coaching",
        "enterprise",
        "conflict",
        "user",
        "team",
        "sync",
        "all",
    }
)


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

    # set[str] of kinds (see KINDS); "all" after a sync or demo load.
    data_changed = Signal(object)
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
        clock: WallClock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.clock = clock or WallClock()
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
    def notify(self, *kinds: str) -> None:
        """Tell every screen that these kinds of data changed."""
        self.data_changed.emit(set(kinds))

    # -- where to go ----------------------------------------------------
    def open_attendance(self, session_id: str) -> None:
        self.attendance_requested.emit(session_id)

    def open_beneficiary(self, beneficiary_id: str) -> None:
        self.beneficiary_requested.emit(beneficiary_id)

    def open_session(self, session_id: str) -> None:
        self.session_requested.emit(session_id)

    def open_screen(self, name: str) -> None:
        self.screen_requested.emit(name)
