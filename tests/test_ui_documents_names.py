"""Finding 10 of issue 10: two sessions of one day no longer share one
attendance sheet file (`feuille_presence_YYYYMMDD.pdf`), printing a session
again replaces only its own sheet, and a PDF that no program could open is
told to the user with its path instead of nothing."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services import planning
from app.services.attendance import check_in
from app.ui import documents
from app.ui.screens.sessions import SessionsScreen
from tests.conftest import TODAY
from tests.screens_support import add_person, settle

Ctx = Any
SAFE_NAME = re.compile(r"feuille_presence_\d{4}-\d\d-\d\d_\d{4}_[a-z0-9-]+_[a-z0-9]{6}\.pdf")


def two_sessions_of_one_day(ctx: Ctx) -> list[str]:
    """Morning and afternoon of the same module, the same day."""
    person = add_person(ctx, "Khadija", "Alaoui", cin="K123456")
    ids = []
    with ctx.db.session() as s:
        module = planning.list_modules(session=s)[0]
        for start, end in ((dt.time(9), dt.time(12)), (dt.time(14), dt.time(17))):
            view = planning.plan_session(
                session=s, team_id=ctx.team_id, module_id=module.id, session_date=TODAY,
                start_time=start, end_time=end,
            ).value
            planning.enrol(session=s, session_id=view.id, beneficiary_ids=[person.id])
            check_in(session=s, session_id=view.id, beneficiary_id=person.id)
            ids.append(view.id)
    return ids


def save_where_proposed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The save dialog accepts the name it proposes (what most users do)."""
    proposed: list[Path] = []

    def ask(parent: Any, title: str, suggested: Path, filters: str) -> Path:
        proposed.append(suggested)
        return suggested

    monkeypatch.setattr(documents.SaveFile, "ask", ask)
    return proposed


def sessions_screen(ctx: Ctx, qtbot: Any, count: int) -> SessionsScreen:
    screen = SessionsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.sessions.rowCount() == count)
    return screen


def print_row(ctx: Ctx, qtbot: Any, screen: SessionsScreen, row: int, proposed: list[Path]) -> Path:
    before = len(proposed)
    screen.table.setCurrentIndex(screen.sessions.index(row, 0))
    screen.print_button.click()
    qtbot.waitUntil(lambda: len(proposed) > before and proposed[-1].exists(), timeout=10_000)
    settle(ctx)
    return proposed[-1]


def test_two_sessions_of_one_day_keep_their_own_sheets(
    ctx: Ctx, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(documents.FileOpener, "active", False)
    two_sessions_of_one_day(ctx)
    proposed = save_where_proposed(monkeypatch)
    screen = sessions_screen(ctx, qtbot, 2)
    first = print_row(ctx, qtbot, screen, 0, proposed)
    second = print_row(ctx, qtbot, screen, 1, proposed)
    assert first != second
    assert first.parent == second.parent == Path(ctx.db.folder) / "documents"
    for path in (first, second):
        assert SAFE_NAME.fullmatch(path.name), path.name
        assert path.name.startswith(f"feuille_presence_{TODAY:%Y-%m-%d}_")
    assert {first.name.split("_")[3], second.name.split("_")[3]} == {"0900", "1400"}
    assert first.exists() and second.exists()  # the morning's sheet was not overwritten
    # Printing the morning again replaces the morning's own sheet, nothing else.
    again = print_row(ctx, qtbot, screen, 0, proposed)
    assert again == first
    assert sorted(p.name for p in first.parent.iterdir()) == sorted([first.name, second.name])


@pytest.mark.parametrize(
    "opener",
    [
        pytest.param(["/nonexistent/bin/xdg-open"], id="opener-missing"),
        pytest.param([sys.executable, "-c", "import sys; sys.exit(3)"], id="opener-fails"),
    ],
)
def test_a_sheet_no_program_could_open_is_told_with_its_path(
    ctx: Ctx, qtbot: Any, monkeypatch: pytest.MonkeyPatch, opener: list[str]
) -> None:
    monkeypatch.setattr(documents.FileOpener, "active", True)
    monkeypatch.setattr(
        documents.FileOpener, "command", classmethod(lambda cls, path: [*opener, str(path)])
    )
    monkeypatch.setattr(documents, "last_not_opened", None)
    two_sessions_of_one_day(ctx)
    proposed = save_where_proposed(monkeypatch)
    screen = sessions_screen(ctx, qtbot, 2)
    sheet = print_row(ctx, qtbot, screen, 0, proposed)
    qtbot.waitUntil(lambda: documents.last_not_opened is not None, timeout=10_000)
    box = documents.last_not_opened
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "aucun programme n'a pu l'ouvrir" in box.text()
    assert str(sheet) in box.text()
    assert sheet.exists()  # the document itself was written
    box.close()


def test_a_sheet_the_viewer_opens_shows_no_message(
    ctx: Ctx, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def viewer(cls: Any, path: Path) -> list[str]:
        # A viewer that notes it was given the file, and succeeds.
        note = "import pathlib, sys; pathlib.Path(sys.argv[1] + '.seen').write_text('x')"
        return [sys.executable, "-c", note, str(path)]

    monkeypatch.setattr(documents.FileOpener, "active", True)
    monkeypatch.setattr(documents.FileOpener, "command", classmethod(viewer))
    monkeypatch.setattr(documents, "last_not_opened", None)
    two_sessions_of_one_day(ctx)
    proposed = save_where_proposed(monkeypatch)
    screen = sessions_screen(ctx, qtbot, 2)
    sheet = print_row(ctx, qtbot, screen, 1, proposed)
    seen = sheet.with_name(sheet.name + ".seen")
    qtbot.waitUntil(seen.exists, timeout=10_000)
    qtbot.wait(300)  # the opener's exit is read after it wrote its note
    settle(ctx)
    assert documents.last_not_opened is None
