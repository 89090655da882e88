"""One label source (app/labels.py): every code of every vocabulary has a
French, an Arabic and an English label; the terminal, the window, the
exports and the documents name every code and every indicator alike; labels
agree with the person they describe, and counted nouns with their number."""

from __future__ import annotations

import csv
import datetime as dt
import inspect
import re
import unicodedata
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.catalogues import read_catalogue
from app.cli.main import main
from app.db import Database
from app.labels import (
    CODES,
    FEMININE,
    INDICATOR_MEASURES,
    INDICATOR_SECTIONS,
    NOUNS,
    code_label,
    count_phrase,
    indicator_label,
    indicator_section,
    person_label,
)
from app.models import enums
from app.paths import resource
from app.services import coaching, planning
from app.services.accounts import create_team
from app.services.attendance import check_in
from app.services.beneficiaries import BeneficiaryInput, ConsentInput, register_beneficiary
from app.services.coaching import CoachingView
from app.services.indicators import IndicatorFilter, compute_indicators
from tests.test_reports_bidi import Word, page_lines

# Which kind of CODES labels each vocabulary of app/models/enums.py.
VOCABULARIES: dict[type[StrEnum], str] = {
    enums.Sex: "sex",
    enums.AgeBand: "age_band",
    enums.EducationLevel: "education_level",
    enums.BeneficiaryStatus: "status",
    enums.ProjectStage: "project_stage",
    enums.PriorSupport: "prior_support",
    enums.Sector: "sector",
    enums.LegalForm: "legal_form",
    enums.Role: "role",
    enums.SessionStatus: "session_status",
    enums.AttendanceStatus: "attendance_status",
    enums.ConsentMethod: "consent_method",
    enums.SupportKind: "support_kind",
    enums.ApplicationStatus: "application_status",
    enums.CommuneType: "commune_type",
    enums.ModuleTheme: "theme",
}
ARABIC = re.compile("[\u0600-\u06ff]")
DAY = dt.date(2026, 3, 10)
TANGER, MARTIL = "01.511.01.0", "01.573.01.03"


def _translated(context: str, source: str, lang: str) -> str | None:
    return read_catalogue(f"labels_{lang}").get((context, source))


def test_every_vocabulary_is_labelled_in_french_arabic_and_english() -> None:
    vocabularies = {
        value for value in vars(enums).values()
        if inspect.isclass(value) and issubclass(value, StrEnum) and value is not StrEnum
    }
    assert vocabularies == set(VOCABULARIES), "a vocabulary without its labels"
    for vocabulary, kind in VOCABULARIES.items():
        assert [code.value for code in vocabulary] == list(CODES[kind]), kind
        for code in vocabulary:
            french = CODES[kind][code.value]
            arabic = _translated("Codes", french, "ar")
            english = _translated("Codes", french, "en")
            assert french and arabic and english, (kind, code)
            assert ARABIC.search(arabic), (kind, code, arabic)
            assert code_label(kind, code.value, "ar") == arabic
    for kind, feminine in FEMININE.items():
        for key, french in feminine.items():
            assert key in CODES[kind]
            arabic = _translated("Codes", french, "ar")
            assert arabic and _translated("Codes", french, "en")
            # The woman's word differs from the man's in both languages.
            assert french != CODES[kind][key]
            assert arabic != code_label(kind, key, "ar"), (kind, key)


def test_themes_of_the_modules_are_the_vocabulary() -> None:
    with resource("reference", "training_modules.csv").open(encoding="utf-8") as handle:
        themes = {row["theme"] for row in csv.DictReader(handle)}
    assert themes <= {theme.value for theme in enums.ModuleTheme}


def test_every_indicator_and_section_is_named_in_every_language() -> None:
    for source in [*INDICATOR_MEASURES.values(), *INDICATOR_SECTIONS.values()]:
        assert ARABIC.search(_translated("Report", source, "ar") or ""), source
        assert _translated("Report", source, "en"), source


@pytest.mark.parametrize(
    ("lang", "number", "noun", "expected"),
    [
        ("fr", 1, "beneficiary", "1 bénéficiaire"),
        ("fr", 2, "beneficiary", "2 bénéficiaires"),
        ("fr", 0, "hour", "0 heure"),
        ("fr", 1.5, "hour", "1,5 heure"),
        ("fr", 1200, "person", "1\u202f200 personnes"),
        ("ar", 1, "beneficiary", "1 مستفيد"),
        ("ar", 2, "beneficiary", "2 مستفيدان"),
        ("ar", 3, "beneficiary", "3 مستفيدين"),
        ("ar", 10, "beneficiary", "10 مستفيدين"),
        ("ar", 11, "beneficiary", "11 مستفيدا"),
        ("ar", 99, "beneficiary", "99 مستفيدا"),
        ("ar", 100, "beneficiary", "100 مستفيد"),
        ("ar", 102, "beneficiary", "102 مستفيد"),
        ("ar", 103, "beneficiary", "103 مستفيدين"),
        ("ar", 111, "beneficiary", "111 مستفيدا"),
        ("ar", 4, "hour", "4 ساعات"),
        ("ar", 45, "minute", "45 دقيقة"),
        ("ar", 5, "woman", "5 نساء"),
        ("en", 1, "session", "1 session"),
        ("en", 3, "person", "3 people"),
    ],
)
def test_a_count_agrees_with_its_number(lang: str, number: float, noun: str, expected: str) -> None:
    assert count_phrase(lang, number, noun) == expected


def test_every_noun_has_its_forms() -> None:
    for noun in NOUNS.values():
        assert all(noun.fr) and all(noun.en) and all(ARABIC.search(f) for f in noun.ar)


# -- the same words everywhere ---------------------------------------------------


@pytest.fixture
def everyone(tmp_path: Path) -> Path:
    """One person of every status and of every sector, all present at a held
    session (so every breakdown row is named), a man and women."""
    folder = tmp_path / "data"
    db = Database(folder)
    consent = ConsentInput(notice_version="2026-01", given_on=DAY, collected_by="Nadia",
                           method="paper")
    statuses = list(enums.BeneficiaryStatus)
    stages = list(enums.ProjectStage)
    with db.session() as session:
        team = create_team(session=session, name="Caravane Nord")
        people = [
            register_beneficiary(
                session=session,
                data=BeneficiaryInput(
                    first_name=f"Prénom{index}", last_name="Essai", sex="M" if index % 3 else "F",
                    birth_date=dt.date(1990, 1, 1 + index), commune_code=TANGER if index % 2
                    else MARTIL, status=statuses[index % len(statuses)].value,
                    sector=sector.value, project_stage=stages[index % len(stages)].value,
                ),
                consent=consent, team_id=team.id, today=DAY, confirm_not_duplicate=True,
            ).value.beneficiary.id
            for index, sector in enumerate(enums.Sector)
        ]
        module = planning.list_modules(session=session)[0]
        stop = planning.plan_stop(session=session, team_id=team.id, commune_code=TANGER,
                                  starts_on=DAY).value
        held = planning.plan_session(session=session, team_id=team.id, module_id=module.id,
                                     session_date=DAY, start_time=dt.time(9),
                                     end_time=dt.time(12), stop_id=stop.id).value
        for person in people:
            check_in(session=session, session_id=held.id, beneficiary_id=person)
        planning.set_session_status(session=session, session_id=held.id, status="held")
    db.dispose()
    return folder


def _cli_labels(out: str) -> list[str]:
    """The first cell of every row of `caravane indicators`' tables."""
    return [line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│")]


def test_terminal_window_exports_and_report_name_every_row_alike(
    everyone: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.ui.screens.figures import figure_lines

    db = Database(everyone)
    with db.session() as session:
        indicators = compute_indicators(
            session=session, filters=IndicatorFilter(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        )
    db.dispose()
    rows = indicators.as_rows()
    assert {row.label for row in rows if row.section == "status"} == {
        s.value for s in enums.BeneficiaryStatus}
    expected = [indicator_label(r.section, r.label, "fr", indicators.commune_names) for r in rows]

    # The terminal.
    period = ["--from", "2026-01-01", "--to", "2026-12-31", "--data-dir", str(everyone)]
    assert main(["indicators", *period]) == 0
    out = capsys.readouterr().out
    assert _cli_labels(out) == expected
    assert "Bénéficiaires par statut" in out
    status_rows = out.split("Bénéficiaires par statut")[1].split("Formation")[0]
    assert "Porteur de projet" in status_rows and "Idée" not in status_rows
    assert "│ Textile " in out and "Textile et couture" not in out

    # The window, in French and in Arabic.
    assert [line.label for line in figure_lines(indicators, "fr")] == expected
    arabic_names = {**indicators.commune_names, **indicators.commune_names_ar}
    assert [line.label for line in figure_lines(indicators, "ar")] == [
        indicator_label(r.section, r.label, "ar", arabic_names) for r in rows
    ]

    # The export.
    export = tmp_path / "indicators.csv"
    assert main(["print", "export", "indicators", str(export), *period]) == 0
    capsys.readouterr()
    with open(export, encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    exported = lines[lines.index([]) + 2:]  # after the file's description and the header
    assert [line[0] for line in exported] == [indicator_section(r.section, "fr") for r in rows]
    assert [line[1] for line in exported] == expected

    # The activity report: every status and sector under the same name.
    report = tmp_path / "report.pdf"
    assert main(["print", "report", "--from", "2026-01-01", "--to", "2026-12-31", str(report),
                 "--data-dir", str(everyone)]) == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(report).pages).split())
    for row in rows:
        if row.section in ("status", "sector", "sex"):
            assert indicator_label(row.section, row.label, "fr") in text, row


# -- documents handed to people ----------------------------------------------------


def _words(path: Path) -> list[Word]:
    pages = len(PdfReader(path).pages)
    return [word for page in range(pages) for line in page_lines(path, page) for word in line]


def test_the_record_names_themes_and_agrees_with_the_woman_it_is_about(
    db: Database, tmp_path: Path
) -> None:
    from tests.test_reports_seed import seed

    seeded = seed(db, people=3)
    woman = seeded.beneficiary_ids[0]  # status "idea", present at both sessions
    with db.session() as s:
        coaching.record_coaching(
            session=s, team_id=seeded.team_id, trainer_id=seeded.trainer_id,
            beneficiary_id=woman, held_on=DAY, duration_minutes=45,
            topics=["cooperative_governance", "pricing_marketing", "tenue de caisse"],
            today=DAY,
        )
    french_pdf, arabic_pdf = tmp_path / "fr.pdf", tmp_path / "ar.pdf"
    for lang, out in (("fr", french_pdf), ("ar", arabic_pdf)):
        assert main(["print", "record", woman, str(out), "--lang", lang,
                     "--data-dir", str(db.folder)]) == 0
    # Cells wrap, so words are looked for one by one, whole.
    words = {w.text.strip(",.") for w in _words(french_pdf)}
    for expected in ("Gouvernance des coopératives", "Prix et commercialisation",
                     "tenue de caisse", "Présente", "Porteuse de projet", "Date d'inscription",
                     "45 minutes"):
        assert set(expected.split()) <= words, expected
    assert not any("cooperative" in word or "marketing" in word for word in words)
    assert not words & {"Présent", "Porteur", "Inscrit"}

    arabic = {w.text.strip("،.") for w in _words(arabic_pdf)}
    for expected in ("حكامة التعاونيات", "التسعير والتسويق", "حاضرة", "حاملة مشروع",
                     "45 دقيقة"):
        assert set(unicodedata.normalize("NFKC", expected).split()) <= arabic, expected
    assert not any("cooperative" in word or word == "حاضر" for word in arabic)


def test_the_window_names_coaching_themes_as_the_record_does() -> None:
    from app.ui.screens.beneficiary_detail import coaching_columns

    view: Any = CoachingView.__new__(CoachingView)
    object.__setattr__(view, "topics", ("cooperative_governance", "tenue de caisse"))
    for lang in ("fr", "ar"):
        column = next(c for c in coaching_columns(lang) if c.header in ("Thèmes", "المواضيع"))
        shown = column.text(view)
        assert code_label("theme", "cooperative_governance", lang) in shown
        assert "tenue de caisse" in shown and "cooperative_governance" not in shown
    assert person_label("attendance_status", "present", "ar", "F") == "حاضرة"
