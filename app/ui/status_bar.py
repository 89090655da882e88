"""The status bar's sync part: online/offline, pending changes, last
successful sync, conflicts waiting, and "Synchroniser".

It checks the server every `CHECK_INTERVAL_S` seconds; when the server
becomes reachable it syncs at once, then every `AUTO_SYNC_INTERVAL_S` while
it stays reachable.  A revoked laptop is told so in plain words and keeps
all its data.  A laptop that never joined a server says that its data is
local and waits for a first joining, with the way to the joining form (no
count of changes "to send" to nobody).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from app.ui.i18n import format_count, format_datetime
from app.ui.sync_worker import SyncState, SyncThread, sync_changes

if TYPE_CHECKING:
    from app.core.changes import Changes
    from app.laptop_sync.client import SyncReport
    from app.ui.context import AppContext

CHECK_INTERVAL_S = 60
AUTO_SYNC_INTERVAL_S = 5 * 60
RECOUNT_DELAY_MS = 3000
ONLINE_STYLE = "color: #1b7f3b; font-weight: bold;"
OFFLINE_STYLE = "color: #6b6b6b;"
ALERT_STYLE = "color: #b3261e; font-weight: bold;"


class SyncStatusBar(QWidget):
    # "Relier à un serveur…": the main window opens the joining form.
    join_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state: SyncState | None = None
        self.syncing = False
        self.last_message = ""
        # How to say the message again in another language (None: nothing shown).
        self._message_text: Callable[[], str] | None = None
        self._message_alert = False
        self._last_auto_sync = 0.0
        self.online = QLabel()
        self.online.setObjectName("sync_online")
        self.pending = QLabel()
        self.pending.setObjectName("sync_pending")
        self.last_sync = QLabel()
        self.last_sync.setObjectName("sync_last")
        self.conflicts = QPushButton()
        self.conflicts.setObjectName("sync_conflicts")
        self.conflicts.setFlat(True)
        self.conflicts.clicked.connect(lambda: ctx.open_screen("conflicts"))
        self.message = QLabel()
        self.message.setObjectName("sync_message")
        self.message.setWordWrap(False)
        self.join_button = QPushButton()
        self.join_button.setObjectName("sync_join")
        self.join_button.setFlat(True)
        self.join_button.hide()
        self.join_button.clicked.connect(self.join_requested.emit)
        # An alert can be longer than the bar (the clock's, with two dates):
        # the whole sentence is one click away.
        self.details = QPushButton()
        self.details.setObjectName("sync_details")
        self.details.setFlat(True)
        self.details.hide()
        self.details.clicked.connect(self.show_details)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("sync_now")
        self.sync_button.clicked.connect(self.sync_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(14)
        for widget in (self.online, self.join_button, self.pending, self.last_sync, self.conflicts):
            layout.addWidget(widget)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.progress)
        layout.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTrailing)
        self.worker = SyncThread(ctx.db, self)
        self.worker.worker.state_ready.connect(self.show_state)
        self.worker.worker.finished.connect(self._finished)
        self.worker.worker.failed.connect(self._failed)
        self.worker.worker.progress.connect(self._progress)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_S * 1000)
        self.timer.timeout.connect(lambda: self.check(True))
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_DELAY_MS)
        self._recount.timeout.connect(lambda: self.check(False))
        ctx.data_changed.connect(self._data_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again, in the language just installed."""
        self.join_button.setText(self.tr("Relier à un serveur…"))
        self.details.setText(self.tr("Détails…"))
        self.sync_button.setText(self.tr("Synchroniser"))
        if self._message_text is not None:
            self._show_message(self._message_text, alert=self._message_alert)
        self._render()

    # -- control --------------------------------------------------------
    def start(self) -> None:
        self.check(True)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.worker.stop()

    def check(self, check_server: bool) -> None:
        self.worker.request_check.emit(check_server)

    def sync_now(self) -> None:
        if self.syncing:
            return
        if self.state is not None and self.state.revoked:
            self._show_message(self._revoked_text, alert=True)
            return
        self.syncing = True
        self._last_auto_sync = time.monotonic()
        self.sync_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._show_message(lambda: self.tr("Synchronisation en cours…"))
        self.worker.request_sync.emit()

    # -- worker results -------------------------------------------------
    def server_joined(self) -> None:
        """This laptop just joined a server: look at once (and sync)."""
        self.check(True)

    def show_state(self, state: SyncState) -> None:
        was_online = self.state.online if self.state is not None else False
        self.state = state
        self._render()
        if self.syncing or not state.online or state.revoked:
            return
        due = time.monotonic() - self._last_auto_sync >= AUTO_SYNC_INTERVAL_S
        if not was_online or due:
            self.sync_now()  # the server just became reachable, or it is time

    def _finished(self, report: SyncReport) -> None:
        self.syncing = False
        self.progress.hide()
        self.sync_button.setEnabled(True)
        self._show_message(lambda: self.tr("Synchronisé"))
        self.ctx.notify(sync_changes(report), origin=self)

    def _failed(self, exc: BaseException) -> None:
        from app.ui.errors import error_text

        if not self.syncing:
            return  # a failed status check: the next one will tell
        self.syncing = False
        self.progress.hide()
        self.sync_button.setEnabled(True)
        if getattr(exc, "code", None) == "sync_revoked":
            self._show_message(self._revoked_text, alert=True)
        else:
            self._show_message(lambda: error_text(exc), alert=True)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _data_changed(self, _changes: Changes, origin: object) -> None:
        if origin is not self and not self._recount.isActive():
            # A local write: the pending count moved.  Counting the outbox
            # costs a scan, so a burst of check-ins is counted once.
            self._recount.start()

    # -- display --------------------------------------------------------
    def _revoked_text(self) -> str:
        from app.ui.errors import code_text

        return code_text("sync_revoked")

    def _show_message(self, say: Callable[[], str], alert: bool = False) -> None:
        self._message_text = say
        self._message_alert = alert
        text = say()
        self.last_message = text
        self.message.setText(text)
        self.message.setToolTip(text)
        self.message.setStyleSheet(ALERT_STYLE if alert else "")
        self.details.setVisible(alert)

    def show_details(self) -> None:
        QMessageBox.warning(self, self.tr("Synchronisation"), self.last_message)

    def _render(self) -> None:
        state = self.state
        if state is None:
            self.online.setText(self.tr("Synchronisation : …"))
            self.online.setStyleSheet(OFFLINE_STYLE)
            for label in (self.pending, self.last_sync):
                label.clear()
            self.conflicts.hide()
            return
        if state.revoked:
            self.online.setText(self.tr("● Retiré par la CCIS"))
            self.online.setStyleSheet(ALERT_STYLE)
            if not self.syncing:
                self._show_message(self._revoked_text, alert=True)
        elif not state.joined:
            self.online.setText(self.tr("Données locales : pas encore reliées à un serveur"))
            self.online.setStyleSheet(OFFLINE_STYLE)
        elif state.online:
            self.online.setText(self.tr("● En ligne"))
            self.online.setStyleSheet(ONLINE_STYLE)
        else:
            self.online.setText(self.tr("● Hors ligne"))
            self.online.setStyleSheet(OFFLINE_STYLE)
        # Changes are "to send" only when there is somewhere to send them.
        never_joined = not state.joined and not state.revoked
        for widget in (self.pending, self.last_sync, self.sync_button):
            widget.setVisible(not never_joined)
        self.join_button.setVisible(never_joined)
        self.pending.setText(
            self.tr("{count} modification(s) à envoyer").format(count=format_count(state.pending_changes))
        )
        self.last_sync.setText(
            self.tr("Dernière synchro : {when}").format(when=format_datetime(state.last_sync_at))
            if state.last_sync_at
            else self.tr("Jamais synchronisé")
        )
        self.conflicts.setVisible(state.conflicts_waiting > 0)
        self.conflicts.setText(
            self.tr("{count} conflit(s) à revoir").format(count=format_count(state.conflicts_waiting))
        )
        self.conflicts.setStyleSheet(ALERT_STYLE)
        self.sync_button.setEnabled(
            not self.syncing and state.joined and not state.revoked
        )
