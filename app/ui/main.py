"""Start the desktop application.

Order matters: the language (and so the layout direction) is chosen before
any widget exists; fonts are registered before the first paint; the crash
handler logs into the data folder (or to the terminal when it cannot).  A
data folder that cannot be written, or a database that cannot be opened, is
said in a window instead of a traceback; a second start on a folder already
open brings the first window forward (app.ui.single_instance).  Screens
are built lazily so the first window paints quickly.

`CARAVANE_STARTUP_PROBE=1` prints "first-paint <epoch seconds> <page>" once
the window has painted ("login" when the login page shows) and quits, or
what a start that cannot go on shows ("start-refused ...") and quits: the
start-up benchmark (bench/bench_start.py) and the tests use it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.prefs import Preferences
    from app.ui.single_instance import WindowInstance

PROBE_ENV = "CARAVANE_STARTUP_PROBE"


def resolve_data_dir(data_dir: str | Path | None, saved: str | None) -> Path:
    """--data-dir, then $CARAVANE_DATA_DIR, then the folder chosen in the
    settings, then the user's data folder."""
    from app import paths

    if data_dir:
        return paths.data_dir(data_dir)
    if os.environ.get(paths.ENV_DATA_DIR):
        return paths.data_dir(None)
    return paths.data_dir(saved)


def run_desktop(*, data_dir: str | Path | None = None, lang: str | None = None) -> int:
    started = time.time()
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui import crash, dialog, fonts, i18n, prefs, start_problems

    preferences = prefs.load()
    try:
        folder, unusable = resolve_data_dir(data_dir, preferences.data_dir), None
    except OSError as exc:  # the folder cannot even be made: said below, in a window
        folder, unusable = Path(exc.filename or data_dir or preferences.data_dir or "."), exc
    crash.install(folder)  # to the terminal, or nowhere, when the folder cannot take a log
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Caravane")
    app.setOrganizationName("CCIS-TTA")
    chosen = i18n.install_language(app, lang or preferences.lang)
    fonts.install_fonts(app)

    unusable = unusable or start_problems.unwritable(folder)
    if unusable is not None:
        crash.log.error("data folder cannot be written: errno %s", unusable.errno)
        return start_problems.show(start_problems.folder_text(folder, unusable))
    try:
        instance = _claim(folder)
    except OSError as exc:  # the folder changed under us (a USB stick pulled out)
        return start_problems.show(start_problems.folder_text(folder, exc))
    if instance is None:
        return 0 if _taken(folder) else 1
    try:
        dialog.set_geometry_store(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
        try:
            window = build_window(folder, chosen, preferences)
        except Exception as exc:  # noqa: BLE001 - any failure to open is said in a window
            _log_open_failure(exc)
            return start_problems.show(start_problems.open_text(folder, exc, crash.log_path()))
        crash.log.info(
            "started in %.2f s, data folder %s, language %s", time.time() - started, folder, chosen
        )
        if os.environ.get(PROBE_ENV):
            window.first_painted.connect(lambda: _probe_exit(app, window))
        # Listening for later starts waits for the first paint (QtNetwork is
        # not needed to show the login page), or a moment if nothing paints.
        window.first_painted.connect(lambda: instance.serve(window))
        QTimer.singleShot(2000, lambda: instance.serve(window))
        window.show()
        code = app.exec()
        window.ctx.tasks.shutdown()
        window.ctx.db.dispose()
        return code
    finally:
        instance.release()


def _log_open_failure(exc: BaseException) -> None:
    from app.sync.errors import storage_error
    from app.ui.crash import log

    failure = storage_error(exc)
    if failure is not None:  # expected trouble: one line (a SQL error's text quotes SQL)
        log.error("cannot open the data: %s (%s)", failure.code, failure.params.get("kind", ""))
    else:
        log.error("cannot open the data", exc_info=exc)


def _claim(folder: Path) -> WindowInstance | None:
    from app.ui.single_instance import WindowInstance

    instance = WindowInstance(folder)
    return instance if instance.claim() else None


def _taken(folder: Path) -> bool:
    """The folder is taken: bring its window forward (True), or say why this
    start cannot go on (False)."""
    from app.ui import single_instance, start_problems
    from app.ui.crash import log

    holder = single_instance.WindowInstance(folder).holder()
    if holder is not None and holder.is_window and single_instance.ask_first_window(folder):
        log.info("second start: the window already open came forward")
        text = single_instance.forward_text(folder)
        print(text, file=sys.stderr)
        if os.environ.get(PROBE_ENV):
            print("start-forwarded " + text, flush=True)
        return True
    start_problems.show(single_instance.refusal_text(folder, holder))
    return False


def build_window(folder: Path, lang: str, preferences: Preferences) -> MainWindow:
    from app.db import Database
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.tasks import TaskManager

    db = Database.open(folder)
    tasks = TaskManager(db)
    ctx = AppContext(db=db, tasks=tasks, lang=lang, prefs=preferences)
    return MainWindow(ctx)


def _probe_exit(app: object, window: MainWindow) -> None:
    """After the first paint (children included: the next turn of the event
    loop), print the moment and the page shown, then quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)

    def report() -> None:
        current = window.pages.currentWidget()
        page = "login" if current is not None and current is window.login_page else "other"
        print(f"first-paint {time.time():.6f} {page}", flush=True)
        app.quit()

    QTimer.singleShot(0, report)
