"""The attendance sheet, through `caravane print attendance-sheet`."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, cast

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.cli.main import main
from app.db import Database
from app.models import Beneficiary
from app.services import planning
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
