"""The long-lived sync worker: a QObject moved to its own QThread (Qt's
worker-object pattern) that calls the Qt-free `app.laptop_sync` client.  It never
touches a widget; it reports through signals that Qt queues to the GUI
thread.

"Online" means the sync server answered a ping, not what the OS says
(PLATFORM.md: QNetworkInformation reports online whenever there is a route).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.core.changes import EVERYTHING, NOTHING, Changes, Topic

if TYPE_CHECKING:
    from app.db import Database
    from app.laptop_sync.client import SyncReport

PING_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows."""

    joined: bool
    online: bool
    server_url: str | None
    pending_changes: int
    last_sync_at: dt.datetime | None
    conflicts_waiting: int
    revoked: bool


def read_state(db: Database, *, check_server: bool) -> SyncState:
    """The laptop's sync state, and (if asked) whether the server answers."""
    from app.laptop_sync import status  # imported on the worker thread, not at start-up

    info = status.sync_status(db)
    online = False
    if check_server and info.joined and info.server_url and not info.revoked:
        online = bool(
            status.ping(
                info.server_url, timeout=PING_TIMEOUT_S, tls_cert=getattr(info, "tls_cert", None)
            )
        )
    return SyncState(
        joined=bool(info.joined),
        online=online,
        server_url=info.server_url,
        pending_changes=int(info.pending_changes),
        last_sync_at=_local_time(info.last_sync_at),
        conflicts_waiting=int(info.conflicts_waiting),
        revoked=bool(info.revoked),
    )


def _local_time(value: str | dt.datetime | None) -> dt.datetime | None:
    """The client stores UTC ISO text; the status bar shows local time."""
    if value is None or value == "":
        return None
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment


def run_sync(db: Database, progress: Any = None) -> Any:
    """One full sync (push then pull) through the client; raises its errors
    (app.laptop_sync.errors, with codes).  The client opens its own sessions and
    HTTP connection, so it is safe on this thread."""
    from app.laptop_sync import client

    return client.sync(db, progress=progress)


def sync_changes(report: SyncReport) -> Changes:
    """What a completed sync changed on this laptop, for the screens: any
    pulled row may be of any kind (the client counts rows, not tables), and
    conflicts may have been recorded.  A push alone changes nothing shown."""
    changes = EVERYTHING if report.pulled else NOTHING
    if report.conflicts:
        changes |= Changes.of(Topic.CONFLICT)
    return changes


class SyncWorker(QObject):
    """Lives in the sync thread; slots are called through queued signals."""

    progress = Signal(int, int)  # done, total (0 = unknown)
    state_ready = Signal(object)  # SyncState
    finished = Signal(object)  # the client's result
    failed = Signal(object)  # the exception

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db

    @Slot(bool)
    def check(self, check_server: bool) -> None:
        try:
            self.state_ready.emit(read_state(self.db, check_server=check_server))
        except Exception as exc:  # noqa: BLE001 - reported, never lost
            self.failed.emit(exc)

    @Slot()
    def sync(self) -> None:
        try:
            result = run_sync(self.db, progress=self._progress)
        except Exception as exc:  # noqa: BLE001 - reported to the GUI thread
            self.failed.emit(exc)
            self.check(False)
            return
        self.finished.emit(result)
        self.check(True)

    def _progress(self, _phase: str, done: int, total: int = 0) -> None:
        self.progress.emit(int(done), int(total))


class SyncThread(QObject):
    """Owns the QThread and the worker; the GUI side talks to it through
    `request_check` / `request_sync`, which queue calls into the thread."""

    request_check = Signal(bool)
    request_sync = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("caravane-sync")
        self.worker = SyncWorker(db)
        self.worker.moveToThread(self.worker_thread)
        self.request_check.connect(self.worker.check)
        self.request_sync.connect(self.worker.sync)
        self.worker_thread.finished.connect(self.worker.deleteLater)
        self.worker_thread.start()

    def stop(self) -> None:
        if self.worker_thread.isRunning():
            self.worker_thread.quit()
            self.worker_thread.wait(10_000)
