"""Mixed French and Arabic on paper, read back from the PDF by the position
of each word (pdfplumber): a paragraph takes the document's direction, is
ordered once, whole, and only its lines are broken; digits that belong
together (a law number, a date, a phone) stay left to right."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.cli.main import main
from app.db import Database
from app.reports import pdf
from app.services import coaching, planning
from tests.test_reports_seed import CHEFCHAOUEN_RURAL, seed

DAY = dt.date(2026, 3, 10)


def _arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff"


@dataclass(frozen=True)
class Word:
    """A word as drawn: its logical text (Arabic read back from its
    right-to-left glyphs), and where it is on the page."""

    text: str
    x0: float
    x1: float
    top: float


def _logical(drawn: str) -> str:
    if any(_arabic(c) for c in drawn):
        # Glyphs are drawn left to right; Arabic is read from the right.
        return unicodedata.normalize("NFKC", drawn[::-1])
    return drawn


Char = dict[str, Any]  # a pdfplumber character: text, x0, x1, matrix...


def _words_of(chars: list[Char], top: float) -> list[Word]:
    """Characters of one line, left to right, grouped into words: a word
    ends at a space, at a gap (another cell), or where the script changes."""
    groups: list[list[Char]] = []
    for char in sorted(chars, key=lambda c: float(c["x0"])):
        if str(char["text"]).isspace():
            groups.append([])
            continue
        last = groups[-1] if groups else []
        if not last or _arabic(str(char["text"])) != _arabic(str(last[-1]["text"])) or (
            float(char["x0"]) - float(last[-1]["x1"]) > 1
        ):
            groups.append([char])
        else:
            last.append(char)
    return [
        Word(_logical("".join(str(c["text"]) for c in group)), float(group[0]["x0"]),
             float(group[-1]["x1"]), top)
        for group in groups
        if group
    ]


def page_lines(path: Path, page: int = 0) -> list[list[Word]]:
    """The page's lines, top to bottom, each a list of words left to right."""
    with pdfplumber.open(path) as document:
        chars: list[Char] = document.pages[page].chars
    rows: dict[float, list[Char]] = {}
    for char in chars:
        # By baseline: the Latin and Arabic fonts do not rise alike.
        top = -round(float(char["matrix"][5]), 1)
        key = next((k for k in rows if abs(k - top) <= 0.5), top)
        rows.setdefault(key, []).append(char)
    return [_words_of(rows[top], top) for top in sorted(rows)]


def find(lines: list[list[Word]], text: str) -> tuple[int, Word]:
    """The line number and the word whose text, without brackets, is `text`."""
    for number, line in enumerate(lines):
        for word in line:
            if word.text.strip("()[],.;:") == text:
                return number, word
    raise AssertionError(f"{text!r} not on the page: {[[w.text for w in ln] for ln in lines]}")


def x_of(lines: list[list[Word]], text: str) -> float:
    return find(lines, text)[1].x0


# -- documents ------------------------------------------------------------------


@pytest.fixture
def coached(db: Database) -> str:
    """A woman with a coaching session: a French next step with its due date,
    done, and notes in Arabic that cite law 09-08."""
    seeded = seed(db, people=3)
    person = seeded.beneficiary_ids[0]
    with db.session() as s:
        done = coaching.record_coaching(
            session=s, team_id=seeded.team_id, trainer_id=seeded.trainer_id,
            beneficiary_id=person, held_on=DAY, duration_minutes=45,
            notes="ملف القانون 09-08 ناقص",
            topics=["cooperative_governance"],
            next_steps=[coaching.NextStepInput(
                "Ouvrir un compte bancaire professionnel", dt.date(2026, 1, 30))],
            today=DAY, confirm_past_due=True,
        ).value
        coaching.complete_next_step(session=s, next_step_id=done.next_steps[0].id, done_on=DAY)
    return person


def _record(db: Database, person: str, out: Path, lang: str) -> list[list[Word]]:
    assert main(["print", "record", person, str(out), "--lang", lang,
                 "--data-dir", str(db.folder)]) == 0
    lines: list[list[Word]] = []
    with pdfplumber.open(out) as document:
        pages = len(document.pages)
    for page in range(pages):
        lines += page_lines(out, page)
    return lines


def test_a_french_next_step_in_an_arabic_record_reads_right_to_left_on_every_line(
    db: Database, coached: str, tmp_path: Path
) -> None:
    lines = _record(db, coached, tmp_path / "record_ar.pdf", "ar")
    french = ["Ouvrir", "un", "compte", "bancaire", "professionnel"]
    places = {word: find(lines, word) for word in french}
    first_line = places["Ouvrir"][0]
    assert places["professionnel"][0] > first_line  # the column wraps the step
    # French words read left to right among themselves, line by line...
    for left, right in zip(french, french[1:], strict=False):
        (line_a, a), (line_b, b) = places[left], places[right]
        assert line_a < line_b or a.x1 < b.x0, (left, right)
    # ...and the first line, all French, keeps the paragraph's direction:
    # its leading dash is at the right, where an Arabic reader starts.
    dash = next(w for w in lines[first_line] if w.text == "-")
    assert dash.x0 > places["bancaire" if places["bancaire"][0] == first_line else "Ouvrir"][1].x1
    # Arabic words and the date read right to left: "(الأجل 30/01/2026) - منجز".
    due_line, due = find(lines, "الأجل")
    date_line, date = find(lines, "30/01/2026")
    done_line, done = find(lines, "منجز")
    assert due_line <= date_line <= done_line
    if due_line == date_line:
        assert date.x1 < due.x0
    if date_line == done_line:
        assert done.x1 < date.x0
    if places["professionnel"][0] == due_line:
        assert due.x1 < places["professionnel"][1].x0
    # Every line of the step starts at the cell's right edge, as the dash does
    # (the step's column is the leftmost: nothing of it lies right of the dash).
    for number in range(first_line, done_line + 1):
        ends = [w.x1 for w in lines[number] if w.x1 <= dash.x1 + 0.5]
        assert abs(max(ends) - dash.x1) <= 0.5, [w.text for w in lines[number]]


def test_law_numbers_dates_and_arabic_names_keep_their_order(
    db: Database, coached: str, tmp_path: Path
) -> None:
    arabic = _record(db, coached, tmp_path / "record_ar.pdf", "ar")
    # Typed in an Arabic note: "09-08" after an Arabic word stays 09-08.
    line, number = find(arabic, "09-08")
    note = {w.text: w for w in arabic[line]}
    assert note["ناقص"].x1 < number.x0 and number.x1 < note["القانون"].x0
    assert not any(w.text == "08-09" for ln in arabic for w in ln)
    # The Arabic form of the law's number in the record's own text.
    assert any(w.text.strip("()") == "09.08" for ln in arabic for w in ln)

    french = _record(db, coached, tmp_path / "record_fr.pdf", "fr")
    # An Arabic name in a French document reads from the right.
    line, first = find(french, "فاطمة")
    line_b, last = find(french, "العمراني")
    assert line == line_b and last.x1 < first.x0
    assert x_of(french, "Fatima") < x_of(french, "EL")


def _commune_page(path: Path) -> list[list[Word]]:
    with pdfplumber.open(path) as document:
        pages = len(document.pages)
    for page in range(pages):
        lines = page_lines(path, page)
        if any(w.text == "12/03/2026" for ln in lines for w in ln):
            return lines
    raise AssertionError("no page with the visit's dates")


def test_a_visit_s_date_range_starts_on_the_right_in_arabic(db: Database, tmp_path: Path) -> None:
    seeded = seed(db, people=3)
    with db.session() as s:
        # A commune whose only visit spans three days.
        stop = planning.plan_stop(session=s, team_id=seeded.team_id,
                                  commune_code=CHEFCHAOUEN_RURAL, starts_on=dt.date(2026, 3, 12),
                                  ends_on=dt.date(2026, 3, 14)).value
        module = planning.list_modules(session=s)[0]
        held = planning.plan_session(
            session=s, team_id=seeded.team_id, module_id=module.id,
            session_date=dt.date(2026, 3, 13), start_time=dt.time(9), end_time=dt.time(12),
            stop_id=stop.id,
        ).value
        planning.set_session_status(session=s, session_id=held.id, status="held")
    for lang in ("ar", "fr"):
        out = tmp_path / f"report_{lang}.pdf"
        assert main(["print", "report", "--from", "2026-01-01", "--to", "2026-12-31", str(out),
                     "--lang", lang, "--data-dir", str(db.folder)]) == 0
        lines = _commune_page(out)
        line, first = find(lines, "12/03/2026")
        line_b, last = find(lines, "14/03/2026")
        assert line == line_b
        if lang == "ar":
            assert last.x1 < first.x0  # read from the right: 12/03 then 14/03
        else:
            assert first.x1 < last.x0


# -- the text functions, on a page of their own ----------------------------------------


def _draw(path: Path, text: str, *, rtl: bool, width: float) -> list[list[Word]]:
    pdf.register_fonts()
    canvas = Canvas(str(path), pagesize=(width + 40 * mm, 200 * mm))
    flowable = pdf.Text(text, rtl=rtl, size=10)
    flowable.wrap(width, 1000)
    flowable.drawOn(canvas, 20 * mm, 100 * mm)
    canvas.save()
    return [line for line in page_lines(path) if line]


def test_a_wrapped_arabic_paragraph_keeps_its_direction_on_its_french_lines(
    tmp_path: Path,
) -> None:
    # "The next step the trainer set is: <French>."
    text = ("الخطوة التالية التي حددها المكون هي Ouvrir un compte bancaire "
            "professionnel auprès de la banque populaire.")
    lines = _draw(tmp_path / "p.pdf", text, rtl=True, width=170)
    french = ["Ouvrir", "un", "compte", "bancaire", "professionnel", "auprès", "de", "la",
              "banque", "populaire"]
    places = {w: find(lines, w) for w in french}
    assert places["populaire"][0] >= 2 and places["Ouvrir"][0] <= 1
    # French reads left to right, line after line.
    for left, right in zip(french, french[1:], strict=False):
        (la, a), (lb, b) = places[left], places[right]
        assert la < lb or a.x1 < b.x0, (left, right)
    # The Arabic words read right to left, and the French that follows them
    # in the sentence stands to their left.
    arabic = ["الخطوة", "التالية", "التي", "حددها", "المكون", "هي"]
    first = {w.text: w for w in lines[0]}
    for right, left in zip(arabic, arabic[1:], strict=False):
        assert first[left].x1 < first[right].x0
    if places["Ouvrir"][0] == 0:
        assert places["Ouvrir"][1].x1 < first["هي"].x0
    # The last line is all French, yet still a line of a right-to-left
    # paragraph: its closing full stop is at its left end, where it ends.
    last = lines[places["populaire"][0]]
    assert last[0].text.startswith(".") and not last[-1].text.endswith(".")
    # Every line is set from the right edge.
    edges = [max(w.x1 for w in line) for line in lines]
    assert max(edges) - min(edges) <= 1


def test_digits_that_belong_together_stay_left_to_right(tmp_path: Path) -> None:
    for text in ("06 12 34 56 78", "•••••456", "2026-01", "1\u202f234,5"):
        assert pdf.visual(text, True) == text
    assert pdf.visual("القانون 09-08", True).startswith("09-08 ")
    # A range of dates, or of hours, is ordered like the sentence around it.
    assert pdf.visual("01/03/2026 - 15/03/2026", True) == "15/03/2026 - 01/03/2026"
    assert pdf.visual("01/03/2026 - 15/03/2026", False) == "01/03/2026 - 15/03/2026"


def test_words_break_between_words_and_never_inside_one_that_fits(tmp_path: Path) -> None:
    pdf.register_fonts()
    size = 9.0
    width = pdf.text_width("Gouvernance des", size) + 1
    assert pdf.wrap_lines("Gouvernance des coopératives", width, size) == [
        "Gouvernance des", "coopératives"]
    # A word wider than the column breaks after a hyphen or underscore first.
    narrow = pdf.text_width("entrepreneuse", size) + 1
    assert pdf.wrap_lines("Auto-entrepreneuse", narrow, size) == ["Auto-", "entrepreneuse"]
    # No-break spaces hold a number together.
    width = pdf.text_width("Total 1\u202f234", size) + 1
    assert pdf.wrap_lines("Total 1\u202f234\u202f567", width, size) == [
        "Total", "1\u202f234\u202f567"]
