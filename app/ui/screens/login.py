"""Log in (pick your name, type your password, offline) and the idle lock
that asks for the password again over the window without touching what is
on screen.

Repeated wrong passwords slow the next attempt down: after
`FREE_ATTEMPTS` failures each new failure doubles the wait (capped).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialog import ERROR_STYLE
from app.ui.fonts import big_font

if TYPE_CHECKING:
    from app.services.accounts import UserView
    from app.ui.context import AppContext

FREE_ATTEMPTS = 3
FIRST_DELAY_S = 2.0
MAX_DELAY_S = 60.0


class LoginThrottle:
    """Counts failures and says how long to wait before the next attempt."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.failures = 0
        self.blocked_until = 0.0

    def wait_seconds(self) -> float:
        return max(0.0, self.blocked_until - self.clock())

    def failed(self) -> float:
        """Record a failure; returns the delay now imposed (0 if none)."""
        self.failures += 1
        extra = self.failures - FREE_ATTEMPTS
        if extra < 0:
            return 0.0
        delay: float = min(MAX_DELAY_S, FIRST_DELAY_S * 2.0**extra)
        self.blocked_until = self.clock() + delay
        return delay

    def succeeded(self) -> None:
        self.failures = 0
        self.blocked_until = 0.0


class PasswordPrompt(QWidget):
    """Password box + button + message, with the throttle; shared by the
    login page and the lock overlay.  Emits `accepted(UserView)`."""

    accepted = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.throttle = LoginThrottle()
        self.user_id: str | None = None
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Mot de passe"))
        self.password.setMinimumHeight(34)
        self.password.returnPressed.connect(self.submit)
        self.button = QPushButton(self.tr("Se connecter"))
        self.button.setObjectName("login_button")
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("login_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.password, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._countdown = QTimer(self)
        self._countdown.setInterval(500)
        self._countdown.timeout.connect(self._tick)
        self._busy = False

    def submit(self) -> None:
        if self._busy:
            return
        if self.user_id is None:
            self.message.setText(self.tr("Choisissez d'abord votre nom dans la liste."))
            return
        wait = self.throttle.wait_seconds()
        if wait > 0:
            self._show_wait(wait)
            return
        from app.services import accounts

        user_id, password = self.user_id, self.password.text()
        self._busy = True
        self.button.setEnabled(False)
        self.ctx.tasks.run_db(
            lambda s: accounts.authenticate(session=s, user_id=user_id, password=password),
            self._on_success,
            self._on_failure,
        )

    def _on_success(self, user: UserView) -> None:
        self._busy = False
        self.button.setEnabled(True)
        self.throttle.succeeded()
        self.password.clear()
        self.message.clear()
        self.accepted.emit(user)

    def _on_failure(self, exc: BaseException) -> None:
        from app.core.errors import AuthError
        from app.ui.errors import error_text

        self._busy = False
        self.button.setEnabled(True)
        if not isinstance(exc, AuthError):
            raise exc
        self.password.selectAll()
        self.password.setFocus()
        delay = self.throttle.failed() if exc.code == "wrong_password" else 0.0
        if delay:
            self._show_wait(delay, prefix=error_text(exc))
        else:
            self.message.setText(error_text(exc))

    def _show_wait(self, seconds: float, prefix: str = "") -> None:
        text = self.tr("Trop d'essais : attendez {seconds} s avant de réessayer.").format(
            seconds=int(seconds + 0.999)
        )
        self.message.setText(f"{prefix}\n{text}".strip())
        self.button.setEnabled(False)
        self._countdown.start()

    def _tick(self) -> None:
        wait = self.throttle.wait_seconds()
        if wait <= 0:
            self._countdown.stop()
            self.button.setEnabled(True)
            self.message.setText(self.tr("Vous pouvez réessayer."))
        else:
            self._show_wait(wait)


class LoginPage(QWidget):
    """Pick your name, type your password."""

    logged_in = Signal(object)  # UserView

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Caravane — maison des TPE"))
        title.setFont(big_font(20))
        self.team_label = QLabel()
        self.team_label.setObjectName("team_label")
        hint = QLabel(self.tr("Choisissez votre nom, puis tapez votre mot de passe."))
        self.users = QListWidget()
        self.users.setObjectName("users")
        self.users.setMinimumHeight(160)
        self.users.currentItemChanged.connect(self._user_chosen)
        self.prompt = PasswordPrompt(ctx)
        self.users.itemActivated.connect(lambda _item: self.prompt.password.setFocus())
        self.prompt.accepted.connect(self.logged_in)
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(520)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.setSpacing(10)
        inner.addWidget(title)
        inner.addWidget(self.team_label)
        inner.addWidget(hint)
        inner.addWidget(self.users)
        inner.addWidget(self.prompt)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_users(self, users: list[UserView], team_name: str, last_user_id: str | None) -> None:
        self.team_label.setText(self.tr("Équipe : {team}").format(team=team_name))
        self.users.clear()
        for user in users:
            if not user.active:
                continue
            item = QListWidgetItem(f"{user.name} — {self.role_text(user)}")
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            self.users.addItem(item)
            if user.id == last_user_id:
                self.users.setCurrentItem(item)
        if self.users.currentItem() is None and self.users.count():
            self.users.setCurrentRow(0)

    def role_text(self, user: UserView) -> str:
        """The user's role, in the feminine for a woman (when the CCIS said)."""
        woman = user.sex == "F"
        if user.role == "coordinator":
            return self.tr("coordinatrice") if woman else self.tr("coordinateur")
        return self.tr("formatrice") if woman else self.tr("formateur")

    def select_user(self, name: str) -> None:
        for row in range(self.users.count()):
            if self.users.item(row).text().startswith(name):
                self.users.setCurrentRow(row)
                return

    def _user_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.prompt.user_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.prompt.message.clear()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.prompt.password.setFocus()


class LockOverlay(QWidget):
    """Covers the whole window while locked; what is underneath stays
    exactly as it was (it is disabled, not rebuilt)."""

    unlocked = Signal(object)  # UserView
    switch_user = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lock_overlay")
        self.setAutoFillBackground(False)
        card = QFrame(self)
        card.setObjectName("lock_card")
        card.setStyleSheet(
            "#lock_card { background: palette(window); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        card.setFixedWidth(460)
        title = QLabel(self.tr("Caravane est verrouillée"))
        title.setFont(big_font(16))
        self.who = QLabel()
        self.who.setObjectName("lock_who")
        self.who.setWordWrap(True)
        self.prompt = PasswordPrompt(ctx)
        self.prompt.button.setText(self.tr("Déverrouiller"))
        self.prompt.accepted.connect(self._accepted)
        other = QPushButton(self.tr("Changer d'utilisateur"))
        other.setFlat(True)
        other.clicked.connect(self.switch_user)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.addWidget(title)
        inner.addWidget(self.who)
        inner.addWidget(self.prompt)
        inner.addWidget(other, 0, Qt.AlignmentFlag.AlignLeading)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.hide()

    def lock(self, user: UserView) -> None:
        self.prompt.user_id = user.id
        self.who.setText(
            self.tr("Session de {name}. Tapez votre mot de passe pour continuer.").format(
                name=user.name
            )
        )
        self.prompt.message.clear()
        self.prompt.password.clear()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.prompt.password.setFocus()

    def _accepted(self, user: UserView) -> None:
        self.hide()
        self.unlocked.emit(user)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(30, 30, 30, 170))
        painter.end()


class IdleWatcher(QObject):
    """Fires `idle` when no key or mouse input reached the app for a while."""

    idle = Signal()

    _ACTIVITY = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        if minutes <= 0:
            self.timer.stop()
        else:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    def set_interval_ms(self, ms: int) -> None:
        """Tests use milliseconds instead of minutes."""
        self.timer.setInterval(ms)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self.minutes > 0 and event.type() in self._ACTIVITY:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
