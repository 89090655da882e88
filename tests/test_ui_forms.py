"""The compiled forms are those of their .ui files: nobody edited the
generated module by hand, nobody forgot `make forms` after editing a form."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.forms_build import FORMS, compile_form, compiled_name

# The compiler's version is the only line allowed to differ.
VERSION_LINE = "## Created by: Qt User Interface Compiler version"


def _body(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if not line.startswith(VERSION_LINE)]


@pytest.mark.parametrize("form", sorted(FORMS.glob("*.ui")), ids=lambda p: p.name)
def test_compiled_form_matches_its_ui_file(form: Path, tmp_path: Path) -> None:
    fresh = tmp_path / compiled_name(form).name
    compile_form(form, fresh)
    assert _body(fresh) == _body(compiled_name(form)), f"run `make forms` after editing {form.name}"
