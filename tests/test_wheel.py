"""The built wheel is the whole application: installed alone into a fresh
virtual environment outside the checkout (no access to the source tree or to
the development environment), it creates demo data, prints a document in
Arabic and opens its window."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What the wheel is built from; a copy, so that building leaves nothing in the checkout.
SOURCES = ("app", "server", "pyproject.toml", "README.md")
_IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "*.egg-info", "build")


def _run(command: list[str | Path], *, cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("wheel")


@pytest.fixture(scope="module")
def clean_env(work: Path) -> dict[str, str]:
    """No PYTHONPATH or virtual environment of ours: only the wheel counts."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env.update(QT_QPA_PLATFORM="offscreen", CARAVANE_CONFIG_DIR=str(work / "config"),
               HOME=str(work / "home"))
    return env


@pytest.fixture(scope="module")
def wheel(work: Path, clean_env: dict[str, str]) -> Path:
    source = work / "src"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=_IGNORED)
        else:
            shutil.copy(ROOT / name, source / name)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", work / "dist", source],
         cwd=work, env=clean_env)
    (built,) = (work / "dist").glob("caravane-*.whl")
    return built


@pytest.fixture(scope="module")
def venv_bin(work: Path, wheel: Path, clean_env: dict[str, str]) -> Path:
    """A plain virtual environment (no system or development packages) with
    the wheel and its dependencies installed as a user would install them."""
    venv = work / "venv"
    _run([sys.executable, "-m", "venv", venv], cwd=work, env=clean_env)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    _run([bin_dir / "python", "-m", "pip", "install", "-q", wheel], cwd=work, env=clean_env)
    return bin_dir


def test_the_wheel_holds_every_resource(wheel: Path) -> None:
    # The resources, and the migration history (read by Alembic as files).
    # The server's page templates too (read by Jinja2's PackageLoader).
    folders = (ROOT / "app" / "resources", ROOT / "app" / "migrations", ROOT / "server" / "migrations",
               ROOT / "server" / "templates", ROOT / "server" / "console")
    shipped = {
        path.relative_to(ROOT).as_posix()
        for folder in folders
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".qm", ".pyc"}
    }
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert shipped and shipped <= names, sorted(shipped - names)
    assert {
        "app/migrations/script.py.mako", "app/migrations/env.py",
        "app/migrations/shared/0001_initial_schema.py",
        "app/migrations/laptop/laptop_0001_local_state_and_search.py",
        "server/migrations/server_0001_server_tables.py",
    } <= names


def test_installed_wheel_runs_demo_print_and_window(
    venv_bin: Path, work: Path, clean_env: dict[str, str]
) -> None:
    python, caravane = venv_bin / "python", venv_bin / "caravane"
    where = _run([python, "-c", "import app, sys; print(app.__file__); print(sys.prefix)"],
                 cwd=work, env=clean_env)
    assert str(ROOT) not in where, where  # the installed copy, not the checkout

    data = work / "data"
    _run([caravane, "--data-dir", data, "demo", "--beneficiaries", "50"], cwd=work, env=clean_env)

    report = work / "rapport.pdf"
    today = dt.date.today()
    _run([caravane, "print", "report", report, "--data-dir", data, "--lang", "ar",
          "--from", f"{today.year - 2}-01-01", "--to", f"{today.year + 1}-12-31"],
         cwd=work, env=clean_env)
    assert report.read_bytes().startswith(b"%PDF") and report.stat().st_size > 10_000

    # The window opens on the demo data, in Arabic, and quits after its first paint.
    shown = _run([caravane, "--data-dir", data, "--lang", "ar"], cwd=work,
                 env={**clean_env, "CARAVANE_STARTUP_PROBE": "1"})
    assert "first-paint" in shown

    # The installed catalogues translate the interface; the fonts are found.
    check = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtGui import QFontDatabase\n"
        "from app.ui import fonts, i18n\n"
        "app = QApplication([])\n"
        "fonts.install_fonts(app)\n"
        "i18n.install_language(app, 'ar')\n"
        "print(QCoreApplication.translate('MainWindow', 'Aujourd\\'hui'))\n"
        "print('Noto Sans Arabic' in QFontDatabase.families())\n"
    )
    out = _run([python, "-c", check], cwd=work, env=clean_env).split("\n")
    assert out[0] == "اليوم" and out[1] == "True", out
