"""Translation catalogues: refresh app/resources/i18n/*.ts from the sources
(`make translations`), keeping the translations already made.

Three catalogues, one per part of the code, each in French (source), Arabic
and English: `caravane` (the shell and the trainer's day), `screens` (the
other screens) and `labels` (Qt-free document and code labels).  The
application reads the `.ts` files themselves (`app.catalogues`): nothing is
compiled.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "app" / "resources" / "i18n"  # in the source tree: this tool writes there
LANGUAGES = ("ar", "en")

_SCREENS = [
    "app/ui/documents.py",
    "app/ui/fields.py",
    "app/ui/charts.py",
    "app/ui/models/beneficiaries.py",
    "app/ui/models/conflicts.py",
    "app/ui/models/next_steps.py",
    "app/ui/models/sessions.py",
    "app/ui/models/table.py",
    "app/ui/screens/beneficiaries.py",
    "app/ui/screens/beneficiary_detail.py",
    "app/ui/screens/beneficiary_form.py",
    "app/ui/screens/coaching.py",
    "app/ui/screens/conflicts.py",
    "app/ui/screens/figures.py",
    "app/ui/screens/merge.py",
    "app/ui/screens/sessions.py",
]


def catalogue_sources() -> dict[str, list[Path]]:
    """Which source files feed which catalogue."""
    screens = [ROOT / name for name in _SCREENS]
    ui = ROOT / "app" / "ui"
    # Designer forms are read as .ui files (lupdate does not see the strings
    # of the modules compiled from them).
    shell = sorted(
        [
            path
            for path in ui.rglob("*.py")
            if path not in screens
            and path.name not in {"i18n_build.py", "forms_build.py", "__init__.py"}
            and not path.name.endswith("_ui.py")
        ]
        + list(ui.rglob("*.ui"))
    )
    # Document texts: app/labels.py, and the record's statements (law 09-08).
    labels = [ROOT / "app" / "labels.py", ROOT / "app" / "reports" / "beneficiary_record.py"]
    return {"caravane": shell, "screens": screens, "labels": labels}


def tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def update(ts: Path, sources: list[Path], lang: str) -> None:
    """Merge the sources' strings into a catalogue, keeping translations."""
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", *map(str, sources),
         "-ts", str(ts), "-target-language", lang],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    """Refresh every catalogue; `argv` defaults to none, not sys.argv."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.parse_args(argv or [])
    for name, sources in catalogue_sources().items():
        for lang in LANGUAGES:
            update(I18N / f"{name}_{lang}.ts", sources, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
