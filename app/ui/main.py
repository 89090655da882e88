"""Start the desktop application (placeholder until the UI issue lands)."""

from __future__ import annotations

import sys
from pathlib import Path


def run_desktop(*, data_dir: str | Path | None = None, lang: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    from app.db import Database

    db = Database.open(data_dir)
    app = QApplication(sys.argv)
    label = QLabel(f"Caravane — {db.path}")
    label.resize(600, 200)
    label.show()
    return app.exec()
