"""Start the desktop application.

Order matters: the language (and so the layout direction) is chosen before
any widget exists; fonts are registered before the first paint; the crash
handler logs into the data folder.  Screens are built lazily so the first
window paints quickly.

`CARAVANE_STARTUP_PROBE=1` prints "first-paint <epoch seconds>" once the
window has painted and quits: the start-up benchmark uses it.
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
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.ui import crash, dialog, fonts, i18n, prefs

    preferences = prefs.load()
    folder = resolve_data_dir(data_dir, preferences.data_dir)
    crash.install(folder)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Caravane")
    app.setOrganizationName("CCIS-TTA")
    chosen = i18n.install_language(app, lang or preferences.lang)
    fonts.install_fonts(app)
    dialog.set_geometry_store(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))

    window = build_window(folder, chosen, preferences)
    crash.log.info(
        "started in %.2f s, data folder %s, language %s", time.time() - started, folder, chosen
    )
    if os.environ.get(PROBE_ENV):
        window.first_painted.connect(lambda: _probe_exit(app))
    window.show()
    code = app.exec()
    window.ctx.tasks.shutdown()
    window.ctx.db.dispose()
    return code


def build_window(folder: Path, lang: str, preferences: Preferences) -> MainWindow:
    from app.db import Database
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.tasks import TaskManager

    db = Database.open(folder)
    tasks = TaskManager(db)
    ctx = AppContext(db=db, tasks=tasks, lang=lang, prefs=preferences)
    return MainWindow(ctx)


def _probe_exit(app: object) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    print(f"first-paint {time.time():.6f}", flush=True)
    assert isinstance(app, QApplication)
    QTimer.singleShot(0, app.quit)
