"""The layers hold: Qt lives in app/ui only, and who may import whom is the
contracts of [tool.importlinter] in pyproject.toml (docs/architecture.md)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_domain_imports_without_pyside6() -> None:
    # At run time, lazy imports included (the contracts read the source).
    code = (
        "import sys\n"
        "import app.models, app.core, app.rules, app.services, app.sync, app.laptop_sync\n"
        "import app.db, app.reports.api, app.cli.main, server.app, server.cli\n"
        "import app.core.clock, app.core.stamping, app.laptop_sync.client\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_import_contracts_are_kept() -> None:
    lint_imports = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    done = subprocess.run(
        [lint_imports, "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
