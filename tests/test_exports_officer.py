"""Exports for CCIS officers through `caravane print export`, read back from
the files: CSV bytes and XLSX cells (LibreOffice reads them in
tests/test_exports_libreoffice.py)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select, update

from app.cli.main import main
from app.db import Database
from app.models import Attendance, Beneficiary, Team, TrainingSession
from app.models.ids import attendance_id
from app.models.sync_state import read_state
from app.reports import api
from app.reports.exports.officers import round_half_up
from app.services import accounts
from app.services.demo import generate_demo
from app.services.exports.pseudonyms import KEY_STATE, pseudonym
from app.services.indicators import IndicatorFilter, compute_indicators
from tests.test_reports_seed import seed

BOM = b"\xef\xbb\xbf"
TODAY = dt.date(2026, 10, 1)
YEAR = ("--from", "2026-01-01", "--to", "2026-12-31")


def _export(folder: Path, kind: str, out: Path, *extra: str) -> int:
    return main(["print", "export", kind, str(out), "--data-dir", str(folder), *extra])


def read_csv(path: Path) -> tuple[dict[str, str], list[str], list[list[str]]]:
    """(the description lines, the header, the rows) of an exported CSV."""
    raw = path.read_bytes()
    assert raw.startswith(BOM)
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    blank = lines.index([])
    return {line[0]: line[1] for line in lines[:blank]}, lines[blank + 1], lines[blank + 2:]


def as_dicts(header: list[str], rows: list[list[str]]) -> list[dict[str, str]]:
    return [dict(zip(header, row, strict=True)) for row in rows]


def sheet_rows(path: Path, index: int = 0) -> list[list[Any]]:
    sheet = load_workbook(path).worksheets[index]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def column_width(sheet: Any, column: int) -> float:
    """The width set for a column (adjacent columns alike share one <col>)."""
    for dimension in sheet.column_dimensions.values():
        if dimension.min <= column <= dimension.max:
            return float(dimension.width)
    return 0.0


@pytest.fixture
def seeded(db: Database) -> Database:
    """The document seed, sessions held, with what the exports must show:
    2 h 55 attended (not 2.9166666666666665), prior support, a woman
    "Porteuse de projet", a name that looks like a formula."""
    people = seed(db, people=7)
    with db.session() as s:
        s.execute(update(TrainingSession).values(status="held"))
        s.execute(
            update(Attendance)
            .where(Attendance.id == attendance_id(people.second_session_id,
                                                  people.beneficiary_ids[0]))
            .values(hours_attended=175 / 60)
        )
        first = s.get(Beneficiary, people.beneficiary_ids[0])
        assert first is not None and first.sex == "F"
        first.prior_support = ["indh", "forsa"]
        trap = s.get(Beneficiary, people.beneficiary_ids[3])
        assert trap is not None
        trap.last_name = '=HYPERLINK("http://x.example","clic")'
    return db


# -- beneficiaries: labels, numbers, dates, multi-choice, the description ---------------


def test_beneficiaries_csv_opens_right_in_french(seeded: Database, tmp_path: Path) -> None:
    out = tmp_path / "b.csv"
    assert _export(seeded.folder, "beneficiaries", out, *YEAR) == 0
    about, header, rows = read_csv(out)
    # The description says what is in the file and how it was made.
    assert about["Contenu"].startswith("Bénéficiaires touchés sur la période : présents")
    assert about["Période"] == "du 01/01/2026 au 31/12/2026"
    assert about["Équipe"] == "Toutes les équipes"
    assert about["Données personnelles"] == "Sans CIN ni téléphone."
    assert about["Valeurs"] == "Libellés"
    dt.datetime.strptime(about["Exporté le"], "%Y-%m-%d %H:%M")
    assert header[:5] == ["Identifiant", "Nom", "Prénom", "Nom en arabe", "Sexe"]
    assert "CIN" not in header and "Téléphone" not in header
    people = as_dicts(header, rows)
    assert len(people) == 2  # the two people present at a held session
    fatima = next(p for p in people if p["Prénom"] == "Fatima")
    assert fatima["Nom en arabe"] == "فاطمة العمراني" and fatima["Sexe"] == "Femme"
    assert fatima["Statut"] == "Porteuse de projet"  # agrees with the person
    assert fatima["Commune"] == "Tanger" and fatima["Milieu"] == "Urbain"
    assert fatima["Date d'inscription"] == "2026-03-01"  # ISO: a date in every spreadsheet
    # 7 h + 2 h 55: hours with a decimal comma, rounded to 2 decimals.
    assert fatima["Heures suivies"] == "9,92"
    assert fatima["Formation suivie sur la période"] == "Oui"
    # A multi-choice answer: the list, then one yes/no column per choice.
    assert fatima["Appuis antérieurs"] == "INDH, Forsa"
    assert [fatima[f"Appui antérieur : {c}"] for c in
            ("INDH", "Intelaka", "Forsa", "ANAPEC", "Autre")] == ["Oui", "Non", "Oui", "Non", "Non"]
    text = out.read_bytes().decode("utf-8-sig")
    assert "2.9166" not in text and "9.92" not in text


def test_beneficiaries_xlsx_has_real_cells_widths_and_french_sheets(
    seeded: Database, tmp_path: Path
) -> None:
    csv_path, xlsx_path = tmp_path / "b.csv", tmp_path / "b.xlsx"
    assert _export(seeded.folder, "beneficiaries", csv_path) == 0
    assert _export(seeded.folder, "beneficiaries", xlsx_path) == 0
    about_csv, header, rows = read_csv(csv_path)
    assert about_csv["Contenu"].startswith("Bénéficiaires inscrits pendant la période")
    assert about_csv["Période"] == "toutes les dates"
    book = load_workbook(xlsx_path)
    assert book.sheetnames == ["Bénéficiaires", "Dictionnaire", "À propos"]
    sheet = book.worksheets[0]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == header
    assert len(values) == len(rows) + 1 == 8  # everyone registered (no period)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(header))}8"
    # Every column has a width: a date never shows "###".
    registered = header.index("Date d'inscription")
    assert column_width(sheet, registered + 1) >= 11
    assert all(column_width(sheet, i + 1) >= 10 for i in range(len(header)))
    by_name = {row[header.index("Prénom")] + " " + str(row[header.index("Nom")]): (row, i)
               for i, row in enumerate(values[1:], start=2)}
    fatima, line = by_name["Fatima El Amrani"]
    cell = sheet.cell(row=line, column=registered + 1)
    assert cell.value == dt.datetime(2026, 3, 1) and cell.number_format == "dd/mm/yyyy"
    support = header.index("Appui antérieur : INDH") + 1
    flag = sheet.cell(row=line, column=support)
    assert flag.value == 1 and flag.number_format == '"Oui";"Oui";"Non"'  # 1/0 shown Oui/Non
    assert sheet.cell(row=line, column=support + 1).value == 0
    # The same rows as the CSV, cell for cell (dates ISO there, Oui/Non as 1/0 here).
    for row in values[1:]:
        as_text = [
            "" if v is None else v.date().isoformat() if isinstance(v, dt.datetime)
            else {1: "Oui", 0: "Non"}[v] if isinstance(v, int) and header[i].startswith("Appui")
            else "'" + v if isinstance(v, str) and v.startswith("=")  # see below
            else str(v)
            for i, v in enumerate(row)
        ]
        assert as_text in rows
    # A name that looks like a formula stays text, in both files.
    trap = next(r for r in values[1:] if str(r[1]).startswith("=HYPERLINK"))
    assert trap[1] == '=HYPERLINK("http://x.example","clic")'
    assert all(c.data_type != "f" for r in sheet.iter_rows() for c in r)
    assert any(r[1] == '\'=HYPERLINK("http://x.example","clic")' for r in rows)

    dictionary = [list(r) for r in book["Dictionnaire"].iter_rows(values_only=True)]
    assert dictionary[0] == ["Colonne", "Nom court", "Type", "Description", "Valeurs possibles"]
    assert [line[0] for line in dictionary[1:]] == header  # every column, in order
    entries = {line[1]: line for line in dictionary[1:]}
    assert entries["sex"][4] == "F = Femme ; M = Homme"
    assert entries["status"][4].startswith("idea = Porteur de projet ; auto_entrepreneur")
    assert entries["age_band"][3] == f"Tranche d'âge au {dt.date.today():%d/%m/%Y}."
    assert entries["prior_support:indh"][2] == "Oui / Non"
    assert entries["prior_support:indh"][3] == (
        "« Oui » si la réponse « Appuis antérieurs » comprend « INDH »."
    )
    about = {r[0]: r[1] for r in book["À propos"].iter_rows(values_only=True)}
    assert isinstance(about["Exporté le"], dt.datetime)
    assert about["Lignes"] == 7 and about["Période"] == "toutes les dates"


def test_labels_or_codes(seeded: Database, tmp_path: Path) -> None:
    out = tmp_path / "codes.csv"
    assert _export(seeded.folder, "beneficiaries", out, "--codes") == 0
    about, header, rows = read_csv(out)
    assert about["Valeurs"] == "Codes"
    assert header[:5] == ["id", "last_name", "first_name", "name_ar", "sex"]
    fatima = next(p for p in as_dicts(header, rows) if p["first_name"] == "Fatima"
                  and p["last_name"] == "El Amrani")
    assert fatima["sex"] == "F" and fatima["status"] == "idea"
    assert fatima["commune"] == "01.511.01.0"  # the HCP code
    assert fatima["prior_support"] == "indh forsa"  # as ODK and Kobo write them
    assert fatima["prior_support:indh"] == "1" and fatima["prior_support:anapec"] == "0"


def test_personal_columns_only_on_request(seeded: Database, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "p.csv"
    assert _export(seeded.folder, "beneficiaries", out, "--personal") == 0
    about, header, rows = read_csv(out)
    assert header[-2:] == ["CIN", "Téléphone"]
    assert about["Données personnelles"].startswith("Avec CIN et téléphone")
    assert {r[-2] for r in rows} >= {"JB23457", "JB34578"}
    with pytest.raises(SystemExit):
        _export(seeded.folder, "beneficiaries", out, "--personal", "--deidentified")
    assert "not allowed with argument" in capsys.readouterr().err


# -- which people: reached (the report's) or registered ------------------------------------


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("officer-exports") / "data"
    db = Database(folder)
    with db.session() as session:
        generate_demo(session=session, beneficiaries=120, seed=11, today=TODAY)
    db.dispose()
    return folder


def test_reached_people_are_the_reports_and_registered_people_say_so(
    demo_dir: Path, tmp_path: Path
) -> None:
    period = ("--from", "2026-01-01", "--to", "2026-09-30")
    reached, registered = tmp_path / "reached.csv", tmp_path / "registered.csv"
    assert _export(demo_dir, "beneficiaries", reached, *period) == 0
    assert _export(demo_dir, "beneficiaries", registered, *period, "--people",
                   "registered") == 0
    db = Database(demo_dir)
    try:
        with db.session() as s:
            figures = compute_indicators(session=s, filters=IndicatorFilter(
                date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 9, 30)))
            registered_count = s.scalar(
                select(func.count()).select_from(Beneficiary).where(
                    Beneficiary.registered_on.between(dt.date(2026, 1, 1),
                                                      dt.date(2026, 9, 30)),
                    Beneficiary.deleted.is_(False),
                )
            )
    finally:
        db.dispose()
    about, header, rows = read_csv(reached)
    people = as_dicts(header, rows)
    # The same people as the report and `caravane indicators`, counted the same way.
    assert len(people) == figures.beneficiaries_reached > 0
    assert sum(p["Sexe"] == "Femme" for p in people) == figures.women
    assert sum(p["Tranche d'âge"] == "18-35 ans" for p in people) == figures.youth_18_35
    assert sum(p["Formation suivie sur la période"] == "Oui" for p in people) == (
        figures.people_trained
    )
    hours = sum(float(p["Heures suivies"].replace(",", ".")) for p in people)
    assert hours == pytest.approx(figures.hours_attended, abs=0.01 * len(people))
    assert sum(int(p["Séances d'accompagnement"]) for p in people) == (
        figures.coaching_sessions
    )
    assert "comme les compte le rapport d'activité" in about["Contenu"]
    # Each team's export: the team that carried out the activity, as the report.
    db = Database(demo_dir)
    try:
        with db.session() as s:
            accounts.create_team(session=s, name="Bus Chefchaouen")  # no activity
        with db.session() as s:
            teams = {
                name: compute_indicators(session=s, filters=IndicatorFilter(
                    date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 9, 30),
                    team_id=team_id)).beneficiaries_reached
                for team_id, name in s.execute(select(Team.id, Team.name))
            }
    finally:
        db.dispose()
    assert teams["Bus Chefchaouen"] == 0 and len(teams) == 2
    for name, count in teams.items():
        by_team = tmp_path / "team.csv"
        assert _export(demo_dir, "beneficiaries", by_team, *period, "--team", name) == 0
        about_t, _, rows_t = read_csv(by_team)
        assert about_t["Équipe"] == name and len(rows_t) == count
    about_r, header_r, rows_r = read_csv(registered)
    assert len(rows_r) == registered_count != len(rows)
    assert about_r["Contenu"].startswith("Bénéficiaires inscrits pendant la période")
    assert "Heures suivies" not in header_r


def test_an_unknown_team_is_refused(demo_dir: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "b.csv"
    assert _export(demo_dir, "beneficiaries", out, "--team", "Bus de nulle part") == 1
    assert "équipe inconnue : Bus de nulle part" in capsys.readouterr().err
    assert not out.exists()


def test_people_choice_is_for_beneficiaries_only(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.csv"
    assert _export(demo_dir, "attendance", out, "--people", "reached") == 1
    assert "--people ne vaut que pour l'export des bénéficiaires" in capsys.readouterr().err
    assert not out.exists()


# -- de-identified --------------------------------------------------------------------------


def test_deidentified_export_has_no_identity_and_stable_pseudonyms(
    seeded: Database, tmp_path: Path
) -> None:
    first, second = tmp_path / "d1.csv", tmp_path / "d2.xlsx"
    assert _export(seeded.folder, "beneficiaries", first, "--deidentified") == 0
    assert _export(seeded.folder, "beneficiaries", second, "--deidentified") == 0
    about, header, rows = read_csv(first)
    assert about["Données personnelles"].startswith("Export désidentifié")
    assert header[0] == "Identifiant pseudonyme"
    for gone in ("Nom", "Prénom", "Nom en arabe", "Date de naissance", "Année de naissance",
                 "Douar / quartier", "CIN", "Téléphone"):
        assert gone not in header
    with seeded.session() as s:
        people = list(s.scalars(select(Beneficiary)))
        key = bytes.fromhex(read_state(s, KEY_STATE) or "")
    assert len(key) == 32  # this laptop's key, kept in its (encrypted) database
    text = first.read_text(encoding="utf-8-sig") + json.dumps(sheet_rows(second), default=str)
    for person in people:
        for value in (person.id, person.last_name, person.first_name, person.name_ar,
                      person.cin, person.phone, str(person.birth_year),
                      hashlib.sha256(person.id.encode()).hexdigest()[:16]):
            assert not value or value not in text
    ids = [row[0] for row in rows]
    assert ids == sorted(ids)  # pseudonym order says nothing about the person
    assert set(ids) == {pseudonym(key, p.id) for p in people}
    assert all(i.startswith("P-") and len(i) == 18 for i in ids)
    # The same key, the same pseudonyms, export after export.
    assert [r[0] for r in sheet_rows(second)[1:]] == ids

    # A CCIS key file: every bus gives a person the same pseudonym.
    key_file = tmp_path / "ccis.key"
    key_file.write_text("ab" * 32 + "\n")
    third = tmp_path / "d3.csv"
    assert _export(seeded.folder, "beneficiaries", third, "--deidentified",
                   "--pseudonym-key", str(key_file)) == 0
    _, _, rows3 = read_csv(third)
    assert {r[0] for r in rows3} == {pseudonym(bytes.fromhex("ab" * 32), p.id) for p in people}
    assert not {r[0] for r in rows3} & set(ids)


def test_deidentified_attendance_and_coaching(demo_dir: Path, tmp_path: Path) -> None:
    attendance, coaching = tmp_path / "a.csv", tmp_path / "c.csv"
    assert _export(demo_dir, "attendance", attendance, *YEAR, "--deidentified") == 0
    assert _export(demo_dir, "coaching", coaching, *YEAR, "--deidentified") == 0
    _, header_a, rows_a = read_csv(attendance)
    _, header_c, rows_c = read_csv(coaching)
    assert "Nom" not in header_a and "Prénom" not in header_c
    assert header_a[5] == "Identifiant pseudonyme" and header_c[1] == "Identifiant pseudonyme"
    assert all(r[5].startswith("P-") for r in rows_a) and rows_a
    assert all(r[1].startswith("P-") or r[1] == "" for r in rows_c) and rows_c
    # One pseudonym per person across the three exports of the same laptop.
    people_file = tmp_path / "b.csv"
    assert _export(demo_dir, "beneficiaries", people_file, "--deidentified") == 0
    _, _, rows_b = read_csv(people_file)
    known = {r[0] for r in rows_b}
    assert {r[5] for r in rows_a} <= known and {r[1] for r in rows_c if r[1]} <= known


def test_a_short_key_file_is_refused(seeded: Database, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    key_file = tmp_path / "short.key"
    key_file.write_text("abcd")
    out = tmp_path / "d.csv"
    assert _export(seeded.folder, "beneficiaries", out, "--deidentified", "--pseudonym-key",
                   str(key_file)) == 1
    assert "au moins 16 octets" in capsys.readouterr().err and not out.exists()


# -- attendance, coaching, indicators ----------------------------------------------------------


def test_attendance_hours_are_rounded_and_agree_with_the_person(
    seeded: Database, tmp_path: Path
) -> None:
    csv_path, xlsx_path = tmp_path / "a.csv", tmp_path / "a.xlsx"
    period = ("--from", "01/03/2026", "--to", "31/03/2026")
    assert _export(seeded.folder, "attendance", csv_path, *period) == 0
    assert _export(seeded.folder, "attendance", xlsx_path, *period) == 0
    _, header, rows = read_csv(csv_path)
    assert header[:3] == ["Date", "Code du module", "Intitulé du module"]
    assert len(rows) == 3  # two present at the first session, one at the second
    lines = as_dicts(header, rows)
    assert {p["Présence"] for p in lines if p["Sexe"] == "Femme"} == {"Présente"}
    assert sorted(p["Heures suivies"] for p in lines) == ["2,92", "7", "7"]
    book = load_workbook(xlsx_path)
    assert book.sheetnames[0] == "Présences"
    sheet = book.worksheets[0]
    hours = [sheet.cell(row=r, column=header.index("Heures suivies") + 1) for r in (2, 3, 4)]
    assert sorted(c.value for c in hours) == [2.92, 7, 7]
    assert {c.number_format for c in hours} == {"0.00"}
    assert _export(seeded.folder, "attendance", tmp_path / "none.csv", "--from",
                   "2027-01-01") == 0
    assert read_csv(tmp_path / "none.csv")[2] == []


def test_coaching_topics_have_their_own_columns(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.xlsx"
    assert _export(demo_dir, "coaching", out, *YEAR) == 0
    values = sheet_rows(out)
    header = values[0]
    assert header[0] == "Date" and "Thèmes" in header
    topic_columns = [h for h in header if h.startswith("Thème : ")]
    assert topic_columns
    at = header.index("Thèmes")
    for row in values[1:]:
        listed = row[at].split(", ")
        flagged = [h[len("Thème : "):] for h, v in zip(header, row, strict=True)
                   if h in topic_columns and v == 1]
        assert sorted(flagged) == sorted(listed)


def test_indicators_are_readable(demo_dir: Path, tmp_path: Path) -> None:
    csv_path, xlsx_path = tmp_path / "i.csv", tmp_path / "i.xlsx"
    assert _export(demo_dir, "indicators", csv_path, *YEAR) == 0
    assert _export(demo_dir, "indicators", xlsx_path, *YEAR) == 0
    about, header, rows = read_csv(csv_path)
    assert header == ["Catégorie", "Indicateur", "Valeur", "Unité", "Part (%)"]
    text = csv_path.read_text(encoding="utf-8-sig")
    for code in ("beneficiaries_reached", "attendance_rate", "reach", "01.", "idea",
                 "18_35", "unknown"):
        assert code not in text
    lines = {(r[0], r[1]): r for r in rows}
    assert lines[("Bénéficiaires", "Bénéficiaires touchés")][3] == (
        "personnes"
    )
    assert ("Bénéficiaires par statut", "Porteur de projet") in lines  # a status, not "Idée"
    rate = lines[("Formation", "Taux de présence")]
    assert rate[3] == "%" and "," in rate[2] and 0 < float(rate[2].replace(",", ".")) < 100
    communes = [r for r in rows if r[0] == "Bénéficiaires par commune"]
    assert communes and all(not r[1][0].isdigit() for r in communes)
    shares = sum(float(r[4].replace(",", ".")) for r in rows if r[0] == "Bénéficiaires par sexe")
    assert shares == pytest.approx(100, abs=0.02)

    book = load_workbook(xlsx_path)
    assert book.sheetnames == ["Indicateurs", "Dictionnaire", "À propos"]
    sheet = book.worksheets[0]
    for row in sheet.iter_rows(min_row=2):
        if row[1].value == "Taux de présence":
            assert 0 < row[2].value < 1 and row[2].number_format == "0.0%"
        if row[0].value == "Bénéficiaires par sexe":
            assert 0 < row[4].value < 1 and row[4].number_format == "0.0%"
        if row[3].value == "heures":
            assert row[2].number_format == "0.00" and row[2].value == round(row[2].value, 2)


def test_percentages_and_hours_round_half_up() -> None:
    assert round_half_up(0.625) == 0.63 and round(0.625, 2) == 0.62
    assert round_half_up(6.25, 1) == 6.3  # 1/16 is 6,3 %, not 6,2 %
    assert round_half_up(175 / 60) == 2.92


def test_arabic_export(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    assert _export(demo_dir, "attendance", out, *YEAR, "--lang", "ar") == 0
    book = load_workbook(out)
    assert book.sheetnames == ["حالات الحضور", "قاموس البيانات", "حول الملف"]
    sheet = book.worksheets[0]
    assert sheet.sheet_view.rightToLeft
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["التاريخ", "رمز الوحدة", "عنوان الوحدة", "الجماعة"]
    first = [c.value for c in sheet[2]]
    assert any("\u0600" <= ch <= "\u06ff" for ch in first[2])  # the module's Arabic title
    assert any("\u0600" <= ch <= "\u06ff" for ch in first[3])  # the commune's Arabic name


def test_export_refuses_an_unknown_extension(db: Database, tmp_path: Path) -> None:
    assert _export(db.folder, "coaching", tmp_path / "c.txt") == 1
    assert not (tmp_path / "c.txt").exists()


def test_api_default_keeps_everyone_for_the_window(seeded: Database, tmp_path: Path) -> None:
    """The window exports beneficiaries with no start date: everyone registered."""
    out = tmp_path / "w.xlsx"
    with seeded.session() as s:
        count = api.export_for_officers(session=s, kind="beneficiaries", out=out,
                                        date_to=dt.date(2026, 12, 31))
    assert count == 7
