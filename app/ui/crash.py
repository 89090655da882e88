"""The last line of defence: log every unhandled error to
<data folder>/caravane.log and tell the user in plain words, without
closing the window (check-ins already made are committed)."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_FILE = "caravane.log"
log = logging.getLogger("caravane")

_log_path: Path | None = None
_fallback: logging.Handler | None = None
_showing = False
last_dialog: QMessageBox | None = None  # kept alive while shown (and for tests)


class _LogFile(RotatingFileHandler):
    """The log in the data folder.  A line that cannot be written (the disk
    filled up, the folder became read-only) is dropped: logging's default
    prints a traceback on the terminal for each one."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        pass


def setup_logging(data_dir: Path) -> Path | None:
    """Log to the data folder (rotated, so it never fills the disk); when it
    cannot be written there, to the terminal if there is one: the app starts
    either way.  Returns the log file, or None when there is none."""
    global _log_path, _fallback
    path = data_dir / LOG_FILE
    if _log_path == path:
        return path
    try:
        handler: logging.Handler = _LogFile(
            path, maxBytes=2_000_000, backupCount=2, encoding="utf-8"
        )
    except OSError:
        if _fallback is None:
            # No terminal (a windowed start on Windows): nothing, never an error.
            _fallback = logging.StreamHandler(sys.stderr) if sys.stderr else logging.NullHandler()
            _fallback.setFormatter(logging.Formatter("caravane: %(levelname)s %(message)s"))
            log.addHandler(_fallback)
        log.setLevel(logging.INFO)
        _log_path = None
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _log_path = path
    return path


def log_path() -> Path | None:
    """The log file in use (None when the data folder could not take one)."""
    return _log_path


def install(data_dir: Path) -> None:
    setup_logging(data_dir)
    sys.excepthook = handle_exception


def handle_exception(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    """Log the traceback, then show a readable message (never a second one
    on top of the first)."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    from app.sync.errors import storage_error

    failure = storage_error(exc)
    if failure is not None:
        # Expected trouble (disk full, read-only, locked), not a bug: one line,
        # no traceback (a SQL error's text quotes the statement).
        log.error("Storage failure: %s (%s)", failure.code, failure.params.get("kind", ""))
    else:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unhandled error:\n%s", text)
    if QApplication.instance() is None or _showing:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True
    try:
        show_error_dialog(exc)
    finally:
        _showing = False


def crash_message(exc: BaseException) -> str:
    from app.sync.errors import storage_error
    from app.ui.errors import error_text

    if storage_error(exc) is not None:
        return error_text(exc)  # not a crash: the sentence says what to do

    head = QCoreApplication.translate(
        "crash",
        "Un problème inattendu est survenu. Ce qui était déjà enregistré "
        "(présences, inscriptions) n'est pas perdu.",
    )
    if _log_path is None:  # no log file could be written: say nothing of one
        return f"{head}\n\n{error_text(exc)}"
    where = QCoreApplication.translate(
        "crash", "Le détail est dans le journal : {path}. Donnez ce fichier au support."
    ).format(path=str(_log_path))
    return f"{head}\n\n{error_text(exc)}\n\n{where}"


def show_error_dialog(exc: BaseException) -> QMessageBox:
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("crash", "Caravane — erreur"))
    box.setText(crash_message(exc))
    from app.sync.errors import storage_error

    if storage_error(exc) is None:  # a storage failure has no details worth showing
        box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.setObjectName("crash_dialog")
    global last_dialog
    last_dialog = box
    # Non-modal open(): no nested event loop inside an excepthook.
    box.open()
    return box
