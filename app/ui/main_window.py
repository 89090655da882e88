"""The main window: first start or login, then the navigation between the
screens, the menus, the idle lock and the status bar.

Screens are created the first time they are shown, their modules imported
by name then: start-up stays fast.

Changing the language in the settings applies at once: the translators,
the locale and the layout direction are installed again, then the menus,
the screens, the login page and the status bar are built again in the new
language (the screen shown stays shown; the old widgets are deleted once
no background job can still answer them).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenuBar,
    QStackedWidget,
    QWidget,
)

from app.ui.fonts import big_font

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from app.services.accounts import UserView
    from app.ui.context import AppContext
    from app.ui.prefs import Preferences
    from app.ui.screens.login import IdleWatcher, LockOverlay, LoginPage
    from app.ui.status_bar import SyncStatusBar


@dataclass(frozen=True)
class ScreenSpec:
    name: str
    module: str
    cls: str


SCREENS = (
    ScreenSpec("today", "app.ui.screens.today", "TodayScreen"),
    ScreenSpec("attendance", "app.ui.screens.attendance", "AttendanceScreen"),
    ScreenSpec("sessions", "app.ui.screens.sessions", "SessionsScreen"),
    ScreenSpec("beneficiaries", "app.ui.screens.beneficiaries", "BeneficiariesScreen"),
    ScreenSpec("coaching", "app.ui.screens.coaching", "CoachingScreen"),
    ScreenSpec("figures", "app.ui.screens.figures", "FiguresScreen"),
    ScreenSpec("conflicts", "app.ui.screens.conflicts", "ConflictsScreen"),
    ScreenSpec("settings", "app.ui.screens.settings", "SettingsScreen"),
)


class Shell(QWidget):
    """Navigation on the side, the current screen beside it."""

    # (name, screen) once a screen is built: the main window wires it.
    screen_built = Signal(str, QWidget)

    def __init__(self, ctx: AppContext, labels: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFont(big_font(11, bold=False))
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self.screens: dict[str, QWidget] = {}
        self._slots: dict[str, QWidget] = {}
        for index, spec in enumerate(SCREENS):
            item = QListWidgetItem(labels[spec.name])
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            item.setToolTip(f"Ctrl+{index + 1}")
            self.nav.addItem(item)
            slot = QWidget()  # replaced by the real screen on first visit
            self._slots[spec.name] = slot
            self.stack.addWidget(slot)
        self.nav.currentRowChanged.connect(self._row_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)

    def show_screen(self, name: str) -> QWidget:
        row = next(i for i, spec in enumerate(SCREENS) if spec.name == name)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # -> _row_changed
        return self.screen_named(name)

    def current_name(self) -> str:
        row = self.nav.currentRow()
        return SCREENS[row].name if row >= 0 else ""

    def screen_named(self, name: str) -> QWidget:
        """The screen, built on first use."""
        existing = self.screens.get(name)
        if existing is not None:
            return existing
        spec = next(s for s in SCREENS if s.name == name)
        widget = self._build(spec)
        slot = self._slots[name]
        index = self.stack.indexOf(slot)
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        self.screens[name] = widget
        self.screen_built.emit(name, widget)
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()
        return widget

    def _build(self, spec: ScreenSpec) -> QWidget:
        cls = getattr(importlib.import_module(spec.module), spec.cls)
        widget = cls(self.ctx)
        widget.setObjectName(f"screen_{spec.name}")
        assert isinstance(widget, QWidget)
        return widget

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        widget = self.screen_named(SCREENS[row].name)
        self.stack.setCurrentWidget(widget)


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Caravane")
        self.resize(1366, 740)
        self.setMinimumSize(1000, 640)
        self._painted = False
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.shell: Shell | None = None
        self.login_page: LoginPage | None = None
        self.first_start_page: QWidget | None = None
        self.lock_overlay: LockOverlay | None = None
        self.idle: IdleWatcher | None = None
        self.status: SyncStatusBar | None = None
        # Widgets of the previous language, deleted once no job can answer them.
        self._retired: list[QWidget] = []
        self._reaper = QTimer(self)
        self._reaper.setInterval(200)
        self._reaper.timeout.connect(self._delete_retired)
        self._nav_actions: list[QAction] = []
        self._menu_actions: list[QAction] = []
        self._build_menus()
        ctx.attendance_requested.connect(self._open_attendance)
        ctx.beneficiary_requested.connect(self._open_beneficiary)
        ctx.session_requested.connect(self._open_session)
        ctx.screen_requested.connect(self.show_screen)
        ctx.prefs_changed.connect(self._prefs_changed)
        self._start()

    # -- start ----------------------------------------------------------
    def _start(self) -> None:
        from app.services import accounts

        # One tiny query before the first paint: which page to show.
        with self.ctx.db.session() as session:
            team = accounts.local_team(session=session)
            users = accounts.list_users(session=session, team_id=team.id if team else None)
        if not users:
            self.show_first_start()
        else:
            self.ctx.team_id = team.id if team else users[0].team_id
            self.show_login(users, team.name if team else "")

    def screen_labels(self) -> dict[str, str]:
        return {
            "today": self.tr("Aujourd'hui"),
            "attendance": self.tr("Présences"),
            "sessions": self.tr("Séances"),
            "beneficiaries": self.tr("Bénéficiaires"),
            "coaching": self.tr("Accompagnement"),
            "figures": self.tr("Chiffres"),
            "conflicts": self.tr("Conflits"),
            "settings": self.tr("Paramètres"),
        }

    def show_first_start(self) -> None:
        from app.ui.screens.first_start import FirstStartPage

        page = FirstStartPage(self.ctx)
        page.created.connect(self.enter_app)
        page.demo_loaded.connect(self._after_demo)
        self.first_start_page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self._set_app_actions_enabled(False)

    def _after_demo(self) -> None:
        from app.services import accounts

        with self.ctx.db.session() as session:
            team = accounts.local_team(session=session)
            users = accounts.list_users(session=session, team_id=team.id if team else None)
        if team is None and users:
            team_name = ""
        else:
            team_name = team.name if team else ""
        self.ctx.team_id = team.id if team else (users[0].team_id if users else None)
        self.show_login(users, team_name)

    def show_login(self, users: list[UserView], team_name: str) -> None:
        from app.ui.screens.login import LoginPage

        if self.login_page is None:
            self.login_page = LoginPage(self.ctx)
            self.login_page.logged_in.connect(self.enter_app)
            self.pages.addWidget(self.login_page)
        last = self.ctx.prefs.last_user_id if self.ctx.prefs else None
        self.login_page.set_users(users, team_name, last)
        self.pages.setCurrentWidget(self.login_page)
        self.login_page.prompt.password.setFocus()
        self._set_app_actions_enabled(False)

    def enter_app(self, user: UserView) -> None:
        self.ctx.set_user(user)
        self._remember_user(user)
        if self.shell is None:
            self.shell = self._new_shell()
            self._add_navigation_shortcuts()
        self.pages.setCurrentWidget(self.shell)
        self.shell.show_screen("today")
        self._set_app_actions_enabled(True)
        self._start_idle_lock()
        self._start_status_bar()
        self.setWindowTitle(self.tr("Caravane — {name}").format(name=user.name))

    def _new_shell(self) -> Shell:
        shell = Shell(self.ctx, self.screen_labels())
        shell.screen_built.connect(self._screen_built)
        self.pages.addWidget(shell)
        return shell

    def _screen_built(self, name: str, screen: QWidget) -> None:
        joined = getattr(screen, "server_joined", None)
        if name == "settings" and joined is not None:
            joined.connect(self._server_joined)

    def _server_joined(self, _report: object) -> None:
        if self.status is not None:
            self.status.server_joined()

    def open_joining(self) -> None:
        """The joining form of the settings, ready to type in."""
        screen = self.show_screen("settings")
        start = getattr(screen, "start_joining", None)
        if callable(start):
            start()

    def _remember_user(self, user: UserView) -> None:
        from app.ui import prefs

        if self.ctx.prefs is None:
            return
        self.ctx.prefs = self.ctx.prefs.with_changes(last_user_id=user.id)
        try:
            prefs.save(self.ctx.prefs)
        except OSError:
            pass  # remembering the last name is a convenience, not data

    # -- navigation -----------------------------------------------------
    def show_screen(self, name: str) -> QWidget | None:
        if self.shell is None or self.is_locked():
            return None
        return self.shell.show_screen(name)

    def _open_attendance(self, session_id: str) -> None:
        screen = self.show_screen("attendance")
        set_session = getattr(screen, "set_session", None)
        if callable(set_session):
            set_session(session_id)

    def _open_beneficiary(self, beneficiary_id: str) -> None:
        screen = self.show_screen("beneficiaries")
        show = getattr(screen, "show_beneficiary", None)
        if callable(show):
            show(beneficiary_id)

    def _open_session(self, session_id: str) -> None:
        screen = self.show_screen("sessions")
        show = getattr(screen, "show_session", None)
        if callable(show):
            show(session_id)

    def _add_navigation_shortcuts(self) -> None:
        for index, spec in enumerate(SCREENS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, name=spec.name: self.show_screen(name))
            self.addAction(action)
            self._nav_actions.append(action)

    # -- menus ----------------------------------------------------------
    def _build_menus(self) -> None:
        for action in self._menu_actions:
            action.deleteLater()
        self._menu_actions = []
        menu = self.menuBar().addMenu(self.tr("&Caravane"))
        self.lock_action = QAction(self.tr("Verrouiller"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.logout_action = QAction(self.tr("Changer d'utilisateur"), self)
        self.logout_action.triggered.connect(self.logout)
        quit_action = QAction(self.tr("Quitter"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        menu.addAction(self.lock_action)
        menu.addAction(self.logout_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        self.documents_menu = self.menuBar().addMenu(self.tr("&Documents"))
        self.documents_menu.aboutToShow.connect(self._fill_documents_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        about = QAction(self.tr("À propos de Caravane"), self)
        about.triggered.connect(lambda: self.show_screen("settings"))
        help_menu.addAction(about)
        self._menu_actions = [self.lock_action, self.logout_action, quit_action, about]

    def _fill_documents_menu(self) -> None:
        """The print, export and import actions, built on first open: their
        modules load the services behind them, which start-up does without."""
        if self.documents_menu.actions():
            return
        from app.ui.documents import document_actions
        from app.ui.importing import import_action

        for action in document_actions(self.ctx, self):
            self.documents_menu.addAction(action)

        self.documents_menu.addSeparator()
        self.documents_menu.addAction(import_action(self.ctx, self))

    def _set_app_actions_enabled(self, enabled: bool) -> None:
        for action in (self.lock_action, self.logout_action, *self._nav_actions):
            action.setEnabled(enabled)
        self.documents_menu.setEnabled(enabled)

    # -- language ---------------------------------------------------------
    def _prefs_changed(self, preferences: Preferences) -> None:
        self.set_idle_minutes(preferences.idle_lock_minutes)
        if preferences.lang != self.ctx.lang:
            # Not from inside the settings' own signal: its screen is rebuilt.
            lang = preferences.lang
            QTimer.singleShot(0, lambda: self.apply_language(lang))

    def apply_language(self, lang: str) -> None:
        """Switch the whole window to `lang` now (layout direction included)."""
        from app.ui import i18n

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if lang == self.ctx.lang and lang == i18n.current_language():
            return
        self.ctx.lang = i18n.install_language(app, lang)
        # A new menu bar: QMainWindow deletes the old one and its menus.
        self.setMenuBar(QMenuBar(self))
        self._build_menus()
        logged_in = self.ctx.user is not None
        self._set_app_actions_enabled(logged_in)
        shown = self.pages.currentWidget()
        if self.shell is not None:
            old = self.shell
            name = old.current_name() or "today"
            self.shell = self._new_shell()
            if shown is old:
                self.pages.setCurrentWidget(self.shell)
            self.shell.show_screen(name)
            self._retire(old)
        if self.login_page is not None:
            old_login = self.login_page
            self.login_page = None
            self._retire(old_login)
            if shown is old_login:
                self._show_login_again()
        if self.first_start_page is not None and shown is not self.first_start_page:
            self._retire(self.first_start_page)
            self.first_start_page = None
        if self.lock_overlay is not None and not self.lock_overlay.isVisible():
            self._retire(self.lock_overlay)
            self.lock_overlay = None
        if self.status is not None:
            self.status.retranslate()
        if self.ctx.user is not None:
            self.setWindowTitle(self.tr("Caravane — {name}").format(name=self.ctx.user.name))
        else:
            self.setWindowTitle("Caravane")

    def _show_login_again(self) -> None:
        from app.services import accounts

        with self.ctx.db.session() as session:
            team = accounts.local_team(session=session)
            users = accounts.list_users(session=session, team_id=self.ctx.team_id)
        self.show_login(users, team.name if team else "")

    def _retire(self, widget: QWidget) -> None:
        """Take a widget of the previous language out of sight; it is deleted
        once the background jobs it may have asked for have answered."""
        self.pages.removeWidget(widget)
        widget.hide()
        for timer in widget.findChildren(QTimer):
            timer.stop()
        self._retired.append(widget)
        self._reaper.start()

    def _delete_retired(self) -> None:
        if self.ctx.tasks.busy:
            return
        for widget in self._retired:
            widget.deleteLater()
        self._retired.clear()
        self._reaper.stop()

    # -- lock -----------------------------------------------------------
    def _start_idle_lock(self) -> None:
        from app.ui.prefs import DEFAULT_IDLE_LOCK_MINUTES
        from app.ui.screens.login import IdleWatcher

        minutes = self.ctx.prefs.idle_lock_minutes if self.ctx.prefs else DEFAULT_IDLE_LOCK_MINUTES
        if self.idle is None:
            self.idle = IdleWatcher(minutes, self)
            self.idle.idle.connect(self.lock)
        else:
            self.idle.set_minutes(minutes)

    def set_idle_minutes(self, minutes: int) -> None:
        if self.idle is not None:
            self.idle.set_minutes(minutes)

    def is_locked(self) -> bool:
        return self.lock_overlay is not None and self.lock_overlay.isVisible()

    def lock(self) -> None:
        """Cover the window and ask for the password; nothing underneath
        is rebuilt or cleared."""
        if self.ctx.user is None or self.is_locked():
            return
        from app.ui.screens.login import LockOverlay

        if self.lock_overlay is None:
            self.lock_overlay = LockOverlay(self.ctx, self)
            self.lock_overlay.unlocked.connect(self._unlocked)
            self.lock_overlay.switch_user.connect(self.logout)
        self.pages.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.lock_overlay.lock(self.ctx.user)

    def _unlocked(self, user: UserView) -> None:
        self.pages.setEnabled(True)
        self.menuBar().setEnabled(True)
        if self.idle is not None:
            self.idle.timer.start()
        self.ctx.set_user(user)

    def logout(self) -> None:
        """Back to the login page (screens keep their state for the next user)."""
        from app.services import accounts

        if self.lock_overlay is not None:
            self.lock_overlay.hide()
        self.pages.setEnabled(True)
        self.menuBar().setEnabled(True)
        if self.idle is not None:
            self.idle.timer.stop()
        self.ctx.set_user(None)
        with self.ctx.db.session() as session:
            team = accounts.local_team(session=session)
            users = accounts.list_users(session=session, team_id=self.ctx.team_id)
        self.show_login(users, team.name if team else "")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.lock_overlay is not None and self.lock_overlay.isVisible():
            self.lock_overlay.setGeometry(self.rect())

    # -- status bar -----------------------------------------------------
    def _start_status_bar(self) -> None:
        if self.status is not None:
            return
        from app.ui.status_bar import SyncStatusBar

        self.status = SyncStatusBar(self.ctx, self)
        self.status.join_requested.connect(self.open_joining)
        self.statusBar().addPermanentWidget(self.status, 1)
        self.status.start()

    # -- events ---------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Queued writes (a check-in being saved) finish before we go.
        if self.status is not None:
            self.status.stop()
        if self.idle is not None:
            self.idle.stop()
        self.ctx.tasks.shutdown()
        super().closeEvent(event)
