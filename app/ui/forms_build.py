"""Compile every Designer form (app/ui/forms/*.ui) into its Python module
(`attendance.ui` -> `attendance_ui.py`) with pyside6-uic: `make forms`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FORMS = Path(__file__).resolve().parent / "forms"  # in the source tree: this tool writes there


def uic() -> str:
    return shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))


def compiled_name(form: Path) -> Path:
    return form.with_name(f"{form.stem}_ui.py")


def compile_form(form: Path, out: Path) -> None:
    # -a: no connectSlotsByName, the screens connect their signals themselves.
    subprocess.run([uic(), "-a", str(form), "-o", str(out)], check=True)


def main() -> int:
    for form in sorted(FORMS.glob("*.ui")):
        compile_form(form, compiled_name(form))
    return 0


if __name__ == "__main__":
    sys.exit(main())
