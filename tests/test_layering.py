"""Qt lives in app/ui only: the domain, sync and reports import without it."""

from __future__ import annotations

import subprocess
import sys


def test_domain_imports_without_pyside6() -> None:
    code = (
        "import sys\n"
        "import app.models, app.services, app.sync, app.db, app.cli.main\n"
        "import app.sync.clock, app.sync.tracking\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
