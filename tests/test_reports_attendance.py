"""The attendance sheet, through `caravane print attendance-sheet`."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any, cast

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.cli.main import main
from app.db import Database
from app.models import Beneficiary
from app.services import planning
from tests.pdf_boxes import Box, Run, cells, layout
from tests.test_reports_seed import add_person, seed

ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_sheet_lists_people_with_masked_cin_and_totals(db: Database, tmp_path: Path) -> None:
    seeded = seed(db, people=12)
    with db.session() as s:
        cins = [c for c in s.scalars(select(Beneficiary.cin)) if c]
    out = tmp_path / "sheet.pdf"
    code = main(["print", "attendance-sheet", seeded.session_id, str(out),
                 "--data-dir", str(db.folder)])
    assert code == 0
    text = "\n".join(pages_text(out))
    assert "Feuille de présence" in text
    assert "Le statut de l'auto-entrepreneur" in text
    assert "Leila Mansouri" in text and "Maison des jeunes Beni Makada" in text
    assert "10/03/2026" in text and "09:00 - 16:00" in text
    assert "EL AMRANI Fatima" in text and "BENALI Youssef" in text
    # Full day: a morning and an afternoon signature column.
    assert "Signature - Matin" in text and "Signature - Après-midi" in text
    assert "Inscrits : 12 (femmes : 6, hommes : 6)" in text
    assert "Présents : 2 (femmes : 1, hommes : 1)" in text
    assert "•••••457" in text  # JB23457
    # Never more than 3 characters of a real CIN anywhere in the text.
    squeezed = re.sub(r"\s", "", text)
    for cin in cins:
        for i in range(len(cin) - 3):
            assert cin[i : i + 4] not in squeezed, cin
    assert "Nom et signature du formateur" in text
    assert re.search(r"Page 1 / \d", text)


def test_two_hundred_people_paginate_with_the_header_on_every_page(
    db: Database, tmp_path: Path
) -> None:
    seeded = seed(db, people=2)
    with db.session() as s:
        ids = [add_person(s, seeded.team_id, i + 10, cin=f"Z{900000 + i}") for i in range(198)]
        planning.enrol(session=s, session_id=seeded.session_id, beneficiary_ids=ids)
    out = tmp_path / "big.pdf"
    assert main(["print", "attendance-sheet", seeded.session_id, str(out),
                 "--data-dir", str(db.folder), "--blank-rows", "5"]) == 0
    pages = pages_text(out)
    assert len(pages) >= 8
    for number, text in enumerate(pages, start=1):
        assert "Nom et prénom" in text and "CIN" in text and "Téléphone" in text
        assert f"Page {number} / {len(pages)}" in text
    everything = "\n".join(pages)
    assert "Inscrits : 200 (femmes : 100, hommes : 100)" in everything
    # Rows are numbered 1..200, then 5 blank rows for walk-ins.
    assert re.search(r"\b205\b", pages[-1]) or re.search(r"\b205\b", everything)
    assert "Z900197"[-3:] in everything and "Z900197" not in everything


def test_arabic_sheet_is_shaped_and_keeps_latin_names(db: Database, tmp_path: Path) -> None:
    seeded = seed(db, people=4)
    out = tmp_path / "sheet_ar.pdf"
    assert main(["--lang", "ar", "print", "attendance-sheet", seeded.session_id, str(out),
                 "--data-dir", str(db.folder)]) == 0
    text = "\n".join(pages_text(out))
    assert ARABIC.search(text)
    assert "BENALI Youssef" in text
    assert "•••••578" in text  # JB34578
    fonts = {
        str(font["/BaseFont"])
        for page in PdfReader(out).pages
        for font in cast(Any, page["/Resources"])["/Font"].values()
    }
    assert any("NotoSansArabic" in name for name in fonts)  # embedded subset


def test_half_day_session_has_one_signature_column(db: Database, tmp_path: Path) -> None:
    seeded = seed(db, people=2)
    out = tmp_path / "half.pdf"
    assert main(["print", "attendance-sheet", seeded.second_session_id, str(out),
                 "--data-dir", str(db.folder)]) == 0
    text = "\n".join(pages_text(out))
    assert "Signature" in text and "Après-midi" not in text


def test_unknown_session_writes_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "none.pdf"
    code = main(["print", "attendance-sheet", "no-such-session", str(out),
                 "--data-dir", str(db.folder)])
    assert code == 1
    assert "Session introuvable : no-such-session" in capsys.readouterr().err
    assert not out.exists()
    assert list(tmp_path.glob("*.pdf")) == []


def test_the_sheet_shows_the_break_and_the_hours_it_counts(db: Database, tmp_path: Path) -> None:
    """The hours rule on paper: a full day with lunch counts 7 h, not 8."""
    seeded = seed(db, people=2)
    with db.session() as s:
        planning.update_session(
            session=s, session_id=seeded.session_id, end_time=dt.time(17),
            break_start=dt.time(12, 30), break_end=dt.time(13, 30),
        )
    out = tmp_path / "break.pdf"
    assert main(["print", "attendance-sheet", seeded.session_id, str(out),
                 "--data-dir", str(db.folder)]) == 0
    text = "\n".join(pages_text(out))
    assert "09:00 - 17:00, pause 12:30 - 13:30 (7 h)" in text


# ---- layout read from the PDF (tests/pdf_boxes.py) -------------------------

LONG_LAST_NAME = "El Ouazzani-Benjelloun Alaoui Mdaghri Tazi El Fassi"
LONG_NAME_AR = "فاطمة الزهراء خديجة نور الهدى الوزاني بنجلون العلوي المدغري التازي الفاسي"


def big_sheet(db: Database, people: int = 200) -> str:
    """`people` enrolled, every other one with a name that takes three lines
    or more in both scripts."""
    seeded = seed(db, people=2)
    with db.session() as s:
        ids = [
            add_person(
                s, seeded.team_id, i + 10, cin=f"Z{900000 + i}",
                last_name=LONG_LAST_NAME if i % 2 else None,
                name_ar=LONG_NAME_AR if i % 2 else None,
            )
            for i in range(people - 2)
        ]
        planning.enrol(session=s, session_id=seeded.session_id, beneficiary_ids=ids)
    return seeded.session_id


def print_sheet(db: Database, session_id: str, out: Path, *args: str) -> list[Any]:
    assert main(["print", "attendance-sheet", session_id, str(out),
                 "--data-dir", str(db.folder), *args]) == 0
    return list(PdfReader(out).pages)


def text_runs(runs: list[Run]) -> list[Run]:
    return [r for r in runs if r.upright and r.text.strip()]


def inside(run: Run, box: Box, slack: float = 0.01) -> bool:
    return (
        box.x0 - slack <= run.x0 and run.x1 <= box.x1 + slack
        and box.bottom - slack <= run.bottom and run.top <= box.top + slack
    )


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_two_hundred_three_line_names_stay_in_their_cells(
    db: Database, tmp_path: Path, lang: str
) -> None:
    """No text crosses a cell's rules, so no row's text overprints another's."""
    session_id = big_sheet(db)
    pages = print_sheet(db, session_id, tmp_path / f"big_{lang}.pdf", "--lang", lang)
    numbers: list[int] = []
    tallest = 0
    for page in pages:
        runs, rules = layout(page)
        grid = cells(rules)
        assert grid, "a table on every page"
        left, right = min(c.x0 for c in grid), max(c.x1 for c in grid)
        bottom, top = min(c.bottom for c in grid), max(c.top for c in grid)
        rows: dict[tuple[float, float], list[Run]] = {}
        for run in text_runs(runs):
            if not (left <= run.x0 < right and bottom <= run.baseline <= top):
                continue  # the title, the totals, the footer
            homes = [c for c in grid if inside(run, c)]
            assert homes, f"{run.text!r} at {run} crosses a rule (page {pages.index(page) + 1})"
            cell = homes[0]
            rows.setdefault((cell.bottom, cell.top), []).append(run)
            number_column = cell.x0 == left if lang == "fr" else cell.x1 == right
            if number_column and run.text.isdigit():
                numbers.append(int(run.text))
            baselines = {round(r.baseline, 1) for r in runs if inside(r, cell)}
            tallest = max(tallest, len(baselines))
        # Each row's text box, top to bottom: none reaches into the next.
        boxes = sorted(
            (
                (min(r.bottom for r in found), max(r.top for r in found))
                for found in rows.values()
            ),
            key=lambda box: -box[1],
        )
        for upper, lower in zip(boxes, boxes[1:], strict=False):
            assert lower[1] <= upper[0], (upper, lower)
    assert tallest >= 3  # names on three lines (or more) were laid out
    assert numbers == list(range(1, 200 + 8 + 1))  # every row once, in order, + walk-ins


def test_totals_and_signature_never_stand_alone_on_the_last_page(
    db: Database, tmp_path: Path
) -> None:
    """Whatever the number of rows, the last page starts with at least the
    last 3 rows, then the totals and the trainer's signature."""
    seeded = seed(db, people=6)
    seen_pages = set()
    for blank_rows in range(0, 22):
        out = tmp_path / f"sheet_{blank_rows}.pdf"
        pages = print_sheet(db, seeded.session_id, out, "--blank-rows", str(blank_rows))
        seen_pages.add(len(pages))
        last = pages[-1]
        runs, rules = layout(last)
        grid = cells(rules)
        assert grid, f"{blank_rows} blank rows: the last page has no row, only the totals"
        left = min(c.x0 for c in grid)
        number_cells = [c for c in grid if c.x0 == left]
        row_numbers = [
            int(r.text) for r in text_runs(runs)
            if r.text.isdigit() and any(inside(r, c) for c in number_cells)
        ]
        assert row_numbers[-3:] == [4 + blank_rows, 5 + blank_rows, 6 + blank_rows]
        text = last.extract_text()
        assert "Inscrits : 6" in text and "Nom et signature du formateur" in text
        assert all("Inscrits" not in page.extract_text() for page in pages[:-1])
    assert len(seen_pages) >= 2  # the range crosses a page break


def cell_texts(pages: list[Any]) -> list[str]:
    """Each table cell's text, its runs read left to right."""
    texts = []
    for page in pages:
        runs, rules = layout(page)
        for cell in cells(rules):
            found = sorted((r for r in text_runs(runs) if inside(r, cell)), key=lambda r: r.x0)
            texts.append(" ".join(r.text for r in found))
    return texts


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_phones_and_short_cins_are_masked(db: Database, tmp_path: Path, lang: str) -> None:
    """The sheet goes round the room: "06 •• •• 45 67" and "•••••456", read
    left to right in both languages; a CIN too short to hide is all bullets."""
    seeded = seed(db, people=4)
    with db.session() as s:
        people = {p.first_name: p for p in s.scalars(select(Beneficiary))}
        phones = [p.phone for p in people.values() if p.phone]
        people["Fatima"].cin = "AB1"  # an old card's number, typed short
        people["Youssef"].cin = "X9"
        cins = [p.cin for p in people.values() if p.cin]
    pages = print_sheet(db, seeded.session_id, tmp_path / "sheet.pdf", "--lang", lang)
    texts = cell_texts(pages)
    squeezed = re.sub(r"\s", "", "".join(p.extract_text() for p in pages))
    assert len(phones) == 4
    for phone in phones:
        national = "0" + phone[4:]  # +2126... -> 06...
        assert national[2:] not in squeezed
        assert f"06 •• •• {national[6:8]} {national[8:]}" in texts
    assert "AB1" not in squeezed and "X9" not in squeezed
    assert texts.count("•••••") == 2
    for cin in cins:
        assert f"•••••{cin[-3:]}" in texts or len(cin) < 6


def test_a_name_longer_than_its_field_is_cut_with_an_ellipsis(
    db: Database, tmp_path: Path
) -> None:
    """A stored value past its limit (an old laptop, an import) cannot make
    a row taller than a page: it is cut, and says so."""
    seeded = seed(db, people=2)
    too_long = " ".join(["Benabdeljalil"] * 12)  # 167 characters, the limit is 60
    with db.session() as s:
        person = s.scalars(select(Beneficiary).where(Beneficiary.first_name == "Fatima")).one()
        person.last_name = too_long
    text = "\n".join(
        p.extract_text() for p in print_sheet(db, seeded.session_id, tmp_path / "sheet.pdf")
    )
    squeezed = re.sub(r"\s", "", text)
    kept = too_long[:59].upper()  # and "…": 60 characters
    assert re.sub(r"\s", "", kept) + "…" in squeezed
    assert "BENABDELJALIL" * 5 not in squeezed


@pytest.mark.parametrize(
    ("lang", "mark"), [("fr", "SÉANCE ANNULÉE"), ("ar", "حصة ملغاة")]
)
def test_a_cancelled_session_sheet_is_marked_on_every_page(
    db: Database, tmp_path: Path, lang: str, mark: str
) -> None:
    session_id = big_sheet(db, people=40)
    with db.session() as s:
        planning.set_session_status(session=s, session_id=session_id, status="cancelled")
    pages = print_sheet(db, session_id, tmp_path / f"cancelled_{lang}.pdf", "--lang", lang)
    assert len(pages) >= 2

    def logical(runs: list[Run]) -> str:
        drawn = unicodedata.normalize("NFKC", "".join(r.text for r in runs))
        return drawn[::-1] if lang == "ar" else drawn  # Arabic is drawn right to left

    for number, page in enumerate(pages, start=1):
        runs, _rules = layout(page)
        across = [r for r in runs if not r.upright]
        assert logical(across) == mark, number
        # Large, tilted, across the page's middle.
        assert across[0].size >= 48
        if number == 1:
            title = next(r for r in text_runs(runs) if r.size == 16)
            banner = [r for r in runs if r.upright and r.size == 14]
            assert logical(banner) == mark and banner[0].baseline < title.baseline
    with db.session() as s:
        planning.set_session_status(session=s, session_id=session_id, status="planned")
    for page in print_sheet(db, session_id, tmp_path / "planned.pdf", "--lang", lang):
        runs, _rules = layout(page)
        assert [r for r in runs if not r.upright] == []
        assert "ANNUL" not in page.extract_text()


def test_a_cancelled_session_still_prints_from_the_sessions_screen(
    ctx: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Cancelling keeps "Imprimer la feuille de présence" available, and the
    sheet it prints is marked."""
    from app.ui.screens.sessions import SessionsScreen
    from tests.screens_support import settle
    from tests.test_ui_documents import held_session, save_to

    held_session(ctx)
    out = tmp_path / "annulee.pdf"
    save_to(monkeypatch, out)
    screen = SessionsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.sessions.rowCount() == 1)
    screen.table.setCurrentIndex(screen.sessions.index(0, 0))
    qtbot.waitUntil(lambda: screen.current is not None)
    screen.cancel_button.click()
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.status == "cancelled")
    assert not screen.cancel_button.isEnabled()
    assert screen.print_button.isEnabled()
    screen.print_button.click()
    qtbot.waitUntil(out.exists)
    settle(ctx)
    first = PdfReader(out).pages[0]
    assert "ALAOUI Khadija" in first.extract_text()
    runs, _rules = layout(first)
    assert "".join(r.text for r in runs if not r.upright) == "SÉANCE ANNULÉE"
