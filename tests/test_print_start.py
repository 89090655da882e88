"""`caravane print …` is a process of its own: it loads what its document
needs and nothing else (the sync client, the exports' spreadsheet writer,
the report's charts...), which is most of its start-up time
(bench/bench_print_start.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import data_cmds
from app.db import Database
from app.services.exports import officers
from tests.test_reports_seed import seed

ROOT = Path(__file__).resolve().parents[1]
# Never needed to print a PDF.
NEVER = ("httpx", "rich", "openpyxl", "alembic", "phonenumbers", "PySide6",
         "app.laptop_sync.client", "app.reports.exports", "app.services.exports")
# Each document's own code, loaded by that document only.
OWN = {
    "attendance-sheet": ("app.reports.attendance_sheet",),
    "certificate": ("app.reports.certificate", "segno"),
    "record": ("app.reports.beneficiary_record", "rapidfuzz"),
    "report": ("app.reports.activity_report", "app.reports.charts", "app.services.indicators"),
}


def _modules_after(argv: list[str]) -> set[str]:
    """The modules loaded by a fresh process that ran `caravane argv`."""
    code = (
        "import json, sys\n"
        "from app.cli.main import main\n"
        f"assert main({argv!r}) == 0\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def _loaded(modules: set[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


@pytest.mark.parametrize("document", sorted(OWN))
def test_a_print_loads_only_its_own_document(
    document: str, db: Database, tmp_path: Path
) -> None:
    seeded = seed(db, people=2)
    target = {"attendance-sheet": [seeded.session_id], "certificate": [seeded.beneficiary_ids[0]],
              "record": [seeded.beneficiary_ids[0]],
              "report": ["--from", "2026-01-01", "--to", "2026-12-31"]}[document]
    out = tmp_path / f"{document}.pdf"
    modules = _modules_after(
        ["--data-dir", str(db.folder), "print", document, *target, str(out)]
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert not [name for name in NEVER if _loaded(modules, name)]
    others = [name for other, names in OWN.items() if other != document for name in names
              if name not in OWN[document]]
    assert not [name for name in others if _loaded(modules, name)], document
    assert all(_loaded(modules, name) for name in OWN[document])


def test_the_export_kinds_of_the_command_are_the_exports() -> None:
    assert data_cmds.EXPORT_KINDS == officers.EXPORT_KINDS
    assert data_cmds.PEOPLE_CHOICES == officers.PEOPLE_CHOICES


def test_help_lists_every_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--help"], cwd=ROOT, capture_output=True, text=True,
        check=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    for command in ("demo", "import", "export", "indicators", "enroll", "sync", "bundle",
                    "print", "settings"):
        assert f"    {command} " in result.stdout, command
