"""Background work for the desktop app (after Anki's taskman).

One worker thread runs database jobs in order (SQLite writes serialise
anyway, and one thread means no surprise between two jobs of the same
user); the network belongs to the sync worker's own thread
(`app/ui/sync_worker.py`), and a one-off exchange with the server (joining
it) to a thread of its own (`run_network`), so a slow server never holds up
the database jobs.  Every job's result or error comes
back to the GUI thread through a queued signal, so callbacks may touch
widgets.  Worker code never touches a widget.

    ctx.tasks.run_db(lambda session: roster(session=session, session_id=sid),
                     on_done=self.show_roster)

`fn(session)` runs inside its own `db.session()`: one transaction, committed
when `fn` returns, rolled back if it raises.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.db import Database

T = TypeVar("T")
OnDone = Callable[[T], None]
OnError = Callable[[BaseException], None]
# progress(done, total, label=None): total 0 means "unknown".
Progress = Callable[..., None]
IsCancelled = Callable[[], bool]


class Cancelled(Exception):
    """Raised by a long job that saw its cancel flag (not an error)."""


class TaskManager(QObject):
    _closures_pending = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._db_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="caravane-db")
        self._network_executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="caravane-net"
        )
        self._closures: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self._latest: dict[str, int] = {}
        self._in_flight = 0
        self._closed = False
        self._reopen_when_writable = False  # on the database thread only
        # Emitted from worker threads: Qt queues the call to this object's thread.
        self._closures_pending.connect(self._run_closures, Qt.ConnectionType.QueuedConnection)

    # -- running things -------------------------------------------------
    def run_db(
        self,
        fn: Callable[[Session], T],
        on_done: OnDone[T] | None = None,
        on_error: OnError | None = None,
        *,
        latest: str | None = None,
        write: bool = False,
    ) -> Future[T]:
        """Run `fn(session)` on the database thread in its own transaction.

        With `latest="key"`, only the result of the most recent job with that
        key is delivered: older results are dropped (search as you type).
        `write`: the job writes (see `ClockedSessions.session`)."""

        def job() -> T:
            if self._reopen_when_writable and os.access(self.db.folder, os.W_OK):
                # Connections opened while the folder was read-only stay read-only:
                # new ones, so that the user's retry works without a restart.
                self._reopen_when_writable = False
                self.db.engine.dispose()
            try:
                with self.db.session(write=write) as session:
                    return fn(session)
            except Exception as exc:
                if _cannot_write(exc):
                    self._reopen_when_writable = True
                raise

        return self._submit(self._db_executor, job, on_done, on_error, latest)

    def run_network(
        self,
        fn: Callable[[], T],
        on_done: OnDone[T] | None = None,
        on_error: OnError | None = None,
    ) -> Future[T]:
        """Run `fn()` (which talks to the server and opens its own database
        sessions) off the GUI thread and off the database thread."""
        return self._submit(self._network_executor, fn, on_done, on_error, None)

    def run_long(
        self,
        fn: Callable[[Progress, IsCancelled], T],
        on_done: OnDone[T] | None = None,
        on_error: OnError | None = None,
        *,
        parent: QWidget | None = None,
        title: str = "",
        label: str = "",
        on_cancelled: Callable[[], None] | None = None,
    ) -> Future[T]:
        """A long database job with a progress dialog and a Cancel button.

        `fn(progress, is_cancelled)` calls `progress(done, total)` now and
        then and stops (raising `Cancelled` or returning) once
        `is_cancelled()` is true.  It opens its own session(s)."""
        dialog = QProgressDialog(label, self.tr("Annuler"), 0, 0, parent)
        dialog.setWindowTitle(title or label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        cancel = threading.Event()
        dialog.canceled.connect(cancel.set)
        self.long_dialog = dialog  # tests reach it to press Cancel

        def progress(done: int, total: int = 0, text: str | None = None) -> None:
            def update() -> None:
                if total:
                    dialog.setMaximum(total)
                    dialog.setValue(min(done, total))
                if text:
                    dialog.setLabelText(text)

            self.main_thread(update)

        def close_dialog() -> None:
            # QProgressDialog emits `canceled` when closed: not a user's cancel.
            dialog.canceled.disconnect(cancel.set)
            dialog.close()
            dialog.deleteLater()

        def finish_ok(result: T) -> None:
            close_dialog()
            if cancel.is_set():
                if on_cancelled:
                    on_cancelled()
                return
            if on_done:
                on_done(result)

        def finish_error(exc: BaseException) -> None:
            close_dialog()
            if isinstance(exc, Cancelled):
                if on_cancelled:
                    on_cancelled()
                return
            self._deliver_error(exc, on_error)

        return self._submit(
            self._db_executor,
            lambda: fn(progress, cancel.is_set),
            finish_ok,
            finish_error,
            None,
        )

    def main_thread(self, closure: Callable[[], None]) -> None:
        """Run `closure` on the GUI thread soon (safe from any thread)."""
        with self._lock:
            self._closures.append(closure)
        self._closures_pending.emit()

    # -- state ----------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A job was submitted and its callback has not run yet."""
        return self._in_flight > 0

    def wait_idle(self, timeout_ms: int = 10_000) -> None:
        """Process events until every submitted job was delivered (tests,
        benches).  Raises TimeoutError if jobs are still running after
        `timeout_ms`: a caller that went on would read a half-done state."""
        import time

        app = QApplication.instance()
        deadline = time.monotonic() + timeout_ms / 1000
        while self._in_flight:
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"{self._in_flight} background job(s) still running after {timeout_ms} ms"
                )
            if app is not None:
                app.processEvents()
            time.sleep(0.002)

    def shutdown(self) -> None:
        """Finish queued jobs (a check-in being written is never dropped);
        jobs submitted afterwards are dropped."""
        self._closed = True
        self._db_executor.shutdown(wait=True)
        # A join in flight writes the token the server has just given.
        self._network_executor.shutdown(wait=True)

    # -- plumbing -------------------------------------------------------
    def _submit(
        self,
        executor: ThreadPoolExecutor,
        job: Callable[[], T],
        on_done: OnDone[T] | None,
        on_error: OnError | None,
        latest: str | None,
    ) -> Future[T]:
        if self._closed:
            # The window is closing: a late timer's job has nobody to serve.
            dropped: Future[T] = Future()
            dropped.cancel()
            return dropped
        ticket = 0
        if latest is not None:
            ticket = self._latest.get(latest, 0) + 1
            self._latest[latest] = ticket
        self._in_flight += 1
        future = executor.submit(job)

        def deliver() -> None:
            self._in_flight -= 1
            if latest is not None and self._latest.get(latest) != ticket:
                return  # a newer job with the same key supersedes this one
            exc = future.exception()
            if exc is not None:
                self._deliver_error(exc, on_error)
            elif on_done is not None:
                on_done(future.result())

        future.add_done_callback(lambda _f: self.main_thread(deliver))
        return future

    @staticmethod
    def _deliver_error(exc: BaseException, on_error: OnError | None) -> None:
        if on_error is not None:
            on_error(exc)
            return
        # Nothing swallowed silently: unhandled errors reach the crash handler.
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _run_closures(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            closure()


def _cannot_write(exc: BaseException) -> bool:
    """The data folder refused a write (read-only, or failing), not only
    for now (a full disk, a lock) but for the connections already open."""
    from app.sync.errors import StorageFull, StorageLocked, storage_error

    failure = storage_error(exc)
    return failure is not None and not isinstance(failure, StorageFull | StorageLocked)


def ignore(_result: Any) -> None:
    """An on_done that does nothing (for fire-and-forget writes)."""
