"""`caravane import beneficiaries`: CSV and XLSX lists, bad rows reported by
line, nothing imported twice, consent from the source list."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.cli.main import main
from app.db import Database
from app.models import Beneficiary, Consent
from app.services.accounts import local_team

FRENCH_CSV = (
    "Nom;Prénom;Sexe;Date de naissance;Téléphone;CIN;Commune;Douar;Niveau d'étude;Statut;"
    "Secteur;Nom arabe\n"
    "El Idrissi;Fatima-Zahra;Femme;12/03/1994;06 61 23 45 67;LB 123456;Tetouan;Hay Touabel;"
    "Lycée;Porteuse de projet;Textile;فاطمة الزهراء الإدريسي\n"
    "Benali;Mohamed;H;1988-07-01;+212 7 70 11 22 33;K654321;طنجة;;Supérieur;"
    "Auto-entrepreneur;Commerce;\n"
    "Ait Ouahmane;Itto;F;05/11/1979;;;Bni Leit;Douar Azla;Aucun;Coopérative;"
    "Agroalimentaire;\n"
    "Sans;Sexe;;01/01/1990;;;Martil;;;;;\n"
    "Mauvaise;Date;M;31/02/1990;;;Atlantide;;;;;\n"
    "Fixe;Numéro;M;;0539 99 88 77;;Martil;;;;;\n"
    "Boukhari;Rachid;M;1985;;;AJDIR;;;;;\n"
)


def _people(folder: Path) -> list[Beneficiary]:
    db = Database(folder)
    try:
        with db.session() as session:
            return list(session.scalars(select(Beneficiary).order_by(Beneficiary.last_name)))
    finally:
        db.dispose()


def _run(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), "import", "beneficiaries", *args])


def test_french_csv_with_bom_and_semicolons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "liste.csv"
    source.write_bytes(FRENCH_CSV.encode("utf-8-sig"))
    folder = tmp_path / "data"
    before = dt.date.today()
    assert _run(folder, str(source), "--collected-by", "Association Tifawin") == 1
    after = dt.date.today()  # the import is dated by the wall clock: midnight may pass
    out = capsys.readouterr().out
    assert "Ligne 5 (Sexe Sans) refusée : sexe : obligatoire" in out
    assert "Ligne 6 (Date Mauvaise) refusée" in out
    assert "date illisible « 31/02/1990 »" in out and "commune inconnue « Atlantide »" in out
    assert "Ligne 7 (Numéro Fixe) refusée : téléphone" in out and "portable" in out
    assert "4 ligne(s) importées, 0 déjà présente(s), 3 refusée(s)." in out
    people = _people(folder)
    assert [p.last_name for p in people] == ["Ait Ouahmane", "Benali", "Boukhari", "El Idrissi"]
    itto, mohamed, rachid, fatima = people
    # Ajdir exists in two regions: the region's own (Al Hoceima) wins; a bare year.
    assert rachid.commune_code == "01.051.01.09" and rachid.birth_year == 1985
    assert fatima.first_name == "Fatima-Zahra" and fatima.sex == "F"
    assert fatima.birth_date == dt.date(1994, 3, 12)
    assert fatima.phone == "+212661234567" and fatima.cin == "LB123456"
    assert fatima.commune_code == "01.571.01.11"  # Tétouan, accents ignored
    assert fatima.education_level == "secondary" and fatima.status == "idea"
    assert fatima.sector == "textile" and fatima.name_ar == "فاطمة الزهراء الإدريسي"
    assert mohamed.sex == "M" and mohamed.commune_code == "01.511.01.0"  # طنجة
    assert mohamed.status == "auto_entrepreneur" and mohamed.education_level == "higher"
    assert itto.status == "cooperative" and itto.douar == "Douar Azla"
    db = Database(folder)
    try:
        with db.session() as session:
            consents = list(session.scalars(select(Consent)))
            assert len(consents) == 4
            assert {c.method for c in consents} == {"source_list"}
            assert {c.collected_by for c in consents} == {"Association Tifawin"}
            assert {c.given_on for c in consents} <= {before, after}
            team = local_team(session=session)
            assert team is not None and team.name == "Équipe locale"
            assert {p.team_id for p in people} == {team.id}
    finally:
        db.dispose()

    # Twice: nobody is created again (CIN, phone, or name + birth date + commune).
    assert _run(folder, str(source)) == 1
    out = capsys.readouterr().out
    assert "0 ligne(s) importées, 4 déjà présente(s), 3 refusée(s)." in out
    assert "Ligne 4 (Itto Ait Ouahmane) : déjà présente" in out
    assert len(_people(folder)) == 4


def test_xlsx_with_arabic_headers_excel_dates_and_refused_consent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["النسب", "الاسم", "الجنس", "تاريخ الازدياد", "الهاتف", "رقم البطاقة",
                  "الجماعة", "الموافقة"])
    sheet.append(["الإدريسي", "خديجة", "أنثى", dt.datetime(1990, 5, 17), 612345678, "L445566",
                  "مرتيل", "نعم"])
    sheet.append(["Tahiri", "Hamza", "ذكر", dt.datetime(2001, 1, 2), "0700112233", None,
                  "Fnideq", "لا"])
    sheet.append(["Chaoui", "Nadia", "Féminin", 33000, None, None, "Bni Leit", None])
    path = tmp_path / "liste.xlsx"
    workbook.save(path)
    folder = tmp_path / "data"
    assert _run(folder, str(path)) == 1
    out = capsys.readouterr().out
    assert "Ligne 3 (Hamza Tahiri) refusée : consentement" in out
    assert "2 ligne(s) importées" in out
    people = {p.first_name: p for p in _people(folder)}
    assert set(people) == {"خديجة", "Nadia"}  # no data at all about the refusing person
    khadija = people["خديجة"]
    assert khadija.sex == "F" and khadija.birth_date == dt.date(1990, 5, 17)
    assert khadija.phone == "+212612345678" and khadija.commune_code == "01.573.01.03"
    assert people["Nadia"].birth_date == dt.date(1990, 5, 7)  # Excel serial 33000


def test_map_option_comma_csv_and_full_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "partenaire.csv"
    source.write_text(
        "Bénéficiaire,Genre,GSM perso,Lieu,Remarque interne,Niveau,Activité\n"
        "EL AMRANI Youssef,M,0661998877,Martil,rien,2ème année collège,Commerce de détail\n"
        "Salma Bennani,F,0662998877,Fnideq,rien,Bac+2,Couture traditionnelle\n",
        encoding="utf-8",
    )
    folder = tmp_path / "data"
    assert _run(folder, str(source), "--map", "GSM perso=phone", "--map", "lieu=commune",
                "--map", "Remarque interne=ignore") == 0
    out = capsys.readouterr().out
    assert "GSM perso → phone" in out and "Lieu → commune" in out
    people = {p.first_name: p for p in _people(folder)}
    assert people["Youssef"].last_name == "El Amrani"
    assert people["Salma"].last_name == "Bennani"
    assert people["Youssef"].phone == "+212661998877"
    assert people["Salma"].commune_code == "01.573.01.01"
    # Labels as partners write them: one known word decides.
    assert (people["Youssef"].education_level, people["Youssef"].sector) == ("middle", "trade")
    assert (people["Salma"].education_level, people["Salma"].sector) == ("higher", "textile")


def test_consent_no_refuses_the_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "liste.csv"
    source.write_text(
        "Nom;Prénom;Sexe;Consentement\nBakkali;Hajar;F;oui\nTemsamani;Omar;M;non\n",
        encoding="utf-8",
    )
    folder = tmp_path / "data"
    assert _run(folder, str(source)) == 1
    out = capsys.readouterr().out
    assert "Ligne 3 (Omar Temsamani) refusée : consentement : la personne a refusé" in out
    assert [p.last_name for p in _people(folder)] == ["Bakkali"]


def test_dry_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    first = tmp_path / "premiere.csv"
    first.write_text("Nom;Prénom;Sexe\nBakkali;Hajar;F\n", encoding="utf-8")
    assert _run(folder, str(first)) == 0  # the laptop now has its team and one person
    source = tmp_path / "liste.csv"
    source.write_bytes(FRENCH_CSV.encode("utf-8-sig"))
    assert _run(folder, str(source), "--dry-run") == 1
    assert "4 ligne(s) à importer (essai" in capsys.readouterr().out
    assert [p.last_name for p in _people(folder)] == ["Bakkali"]


def test_unreadable_files_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"\x00\x01 not a workbook")
    assert _run(folder, str(broken)) == 2
    assert "Fichier illisible" in capsys.readouterr().out
    nameless = tmp_path / "sans_nom.csv"
    nameless.write_text("Couleur;Taille\nrouge;12\n", encoding="utf-8")
    assert _run(folder, str(nameless)) == 2
    assert "Aucune colonne de nom" in capsys.readouterr().out
    assert _run(folder, str(tmp_path / "absent.csv")) == 2


# Lists as Windows saves them: Excel's "CSV" in the machine's code page
# (cp1256 on an Arabic Windows, cp1252 on a French one), "CSV UTF-8" (with a
# BOM), a UTF-8 file from elsewhere (no BOM), and "Unicode text" (UTF-16LE
# with a BOM, tab-separated).
ARABIC_LIST = [
    ["النسب", "الاسم", "الجنس", "الهاتف", "الجماعة", "Nom", "Prénom"],
    ["الإدريسي", "فاطمة الزهراء", "أنثى", "0661234567", "مرتيل", "El Idrissi", "Fatima-Zahra"],
    ["بنعلي", "محمد", "ذكر", "0770112233", "الفنيدق", "Benali", "Mohamed"],
    ["العمراني", "سلمى", "أنثى", "", "مرتيل", "El Amrani", "Salma"],
]


def _as_file(rows: list[list[str]], encoding: str, delimiter: str) -> bytes:
    text = "".join(delimiter.join(row) + "\r\n" for row in rows)
    if encoding == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(encoding)


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("cp1256", ";"), ("utf-8-sig", ";"), ("utf-8", ","), ("utf-16", "\t")],
    ids=["arabic-windows", "utf8-bom", "utf8", "excel-unicode-text"],
)
def test_arabic_list_in_each_windows_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, delimiter: str
) -> None:
    source = tmp_path / "liste.csv"
    source.write_bytes(_as_file(ARABIC_LIST, encoding, delimiter))
    folder = tmp_path / "data"
    assert _run(folder, str(source)) == 0, capsys.readouterr().out
    people = {p.phone or p.last_name: p for p in _people(folder)}
    fatima, mohamed, salma = people["+212661234567"], people["+212770112233"], people["العمراني"]
    assert (fatima.last_name, fatima.first_name) == ("الإدريسي", "فاطمة الزهراء")
    assert (mohamed.last_name, mohamed.first_name) == ("بنعلي", "محمد")
    assert salma.first_name == "سلمى" and salma.sex == "F"
    assert fatima.commune_code == salma.commune_code == "01.573.01.03"  # مرتيل
    assert mohamed.commune_code is not None and mohamed.sex == "M"


@pytest.mark.parametrize(
    "arabic_name",
    ["علي", "ريم", "أيوب", "حليمة", "نور", "ليلى", "دنيا كنون"],
)
def test_short_arabic_windows_list_with_one_arabic_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arabic_name: str
) -> None:
    """The hardest case for detection: French headers, one row, one Arabic
    word (read as cp1252 it looks like accented Latin: "Úáí")."""
    source = tmp_path / "liste.csv"
    source.write_bytes(_as_file(
        [["Nom", "Prénom", "Sexe", "Nom arabe"], ["Akkouh", "Ali", "M", arabic_name]],
        "cp1256", ";",
    ))
    folder = tmp_path / "data"
    assert _run(folder, str(source)) == 0, capsys.readouterr().out
    (person,) = _people(folder)
    assert person.name_ar == arabic_name and person.first_name == "Ali"


def test_french_windows_list_keeps_its_accents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """cp1252 with capital accents (cp1256 would read É as an Arabic letter)."""
    source = tmp_path / "liste.csv"
    source.write_bytes(_as_file(
        [["Nom", "Prénom", "Sexe", "Commune", "Niveau d'étude"],
         ["ÉL AMRANI", "Noël", "M", "TÉTOUAN", "Supérieur"],
         ["Ouazzani", "Loïc", "M", "Martil", "Collège"]],
        "cp1252", ";",
    ))
    folder = tmp_path / "data"
    assert _run(folder, str(source)) == 0, capsys.readouterr().out
    people = {p.first_name: p for p in _people(folder)}
    assert set(people) == {"Noël", "Loïc"}
    assert people["Noël"].last_name.casefold() == "él amrani"
    assert people["Noël"].commune_code == "01.571.01.11"  # Tétouan
    assert people["Loïc"].education_level == "middle"
