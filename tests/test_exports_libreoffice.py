"""The officers' exports opened by a real spreadsheet: LibreOffice Calc,
headless, in French (LC_ALL=fr_FR.UTF-8), its CSV import dialog left as a
user finds it (separator ";", UTF-8, language "Default" i.e. French,
"Detect special numbers" off).  The converted workbooks are read back with
openpyxl: numbers must be numbers and dates dates, not text (the finding:
every hours value and decimal indicator came in as text).

One soffice start converts every CSV, one more re-opens the XLSX files.
LibreOffice is installed here when missing and the tests run as root
(`make system-deps` does the same).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.cli.main import main
from app.db import Database
from app.services.demo import generate_demo

TODAY = dt.date(2026, 10, 1)
YEAR = ("--from", "2026-01-01", "--to", "2026-12-31")
LIBREOFFICE_DEB = "libreoffice-calc-nogui"
# The CSV import options (Calc's filter options): separator ";" (59), text
# delimiter '"' (34), UTF-8 (76), from line 1, no column types, language 0
# (the user's: French here), quoted fields not forced to text, "Detect
# special numbers" off: the dialog's defaults.
CSV_FILTER = "CSV:59,34,76,1,,0,false,false"


def soffice_binary() -> str:
    """LibreOffice's soffice; installed here when the tests run as root."""
    found = shutil.which("soffice")
    if found:
        return found
    if os.geteuid() != 0:
        pytest.fail(
            f"these tests need LibreOffice Calc: run `apt-get install -y "
            f"--no-install-recommends {LIBREOFFICE_DEB}` (or run the tests as root, which "
            "installs it)"
        )
    install = ["apt-get", "install", "-y", "--no-install-recommends", LIBREOFFICE_DEB]
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(install, capture_output=True, env=environment).returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], check=True, capture_output=True)
        subprocess.run(install, check=True, capture_output=True, env=environment)
    found = shutil.which("soffice")
    if not found:
        pytest.fail(f"apt-get install {LIBREOFFICE_DEB} did not provide soffice")
    return found


def convert(sources: list[Path], target: Path, profile: Path, infilter: str | None) -> None:
    """One soffice start converting every source to .xlsx in `target`."""
    command = [
        soffice_binary(), "--headless", "--norestore",
        f"-env:UserInstallation={profile.as_uri()}",
    ]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", "xlsx", "--outdir", str(target), *map(str, sources)]
    environment = {**os.environ, "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8",
                   "LANGUAGE": "fr"}
    subprocess.run(command, check=True, capture_output=True, timeout=180, env=environment)
    for source in sources:
        assert (target / f"{source.stem}.xlsx").exists(), f"LibreOffice did not open {source}"


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every export written by `caravane print export`, then opened by
    LibreOffice and saved as XLSX: name -> what LibreOffice made of it."""
    root = tmp_path_factory.mktemp("libreoffice")
    data = root / "data"
    db = Database(data)
    with db.session() as session:
        generate_demo(session=session, beneficiaries=150, seed=3, today=TODAY)
    db.dispose()
    exports = root / "exports"
    exports.mkdir()
    runs = {
        "beneficiaries.csv": ("beneficiaries", *YEAR),
        "attendance.csv": ("attendance", *YEAR),
        "coaching.csv": ("coaching", *YEAR),
        "indicators.csv": ("indicators", *YEAR),
        "beneficiaries.xlsx": ("beneficiaries", *YEAR),
        "indicators.xlsx": ("indicators", *YEAR),
    }
    for name, (kind, *options) in runs.items():
        out = exports / name
        assert main(["print", "export", kind, str(out), "--data-dir", str(data),
                     *options]) == 0
    csv_out, xlsx_out = root / "from_csv", root / "from_xlsx"
    profile = root / "profile"
    convert(sorted(exports.glob("*.csv")), csv_out, profile, CSV_FILTER)
    convert(sorted(exports.glob("*.xlsx")), xlsx_out, profile, None)
    result = {f"{p.stem}.csv": csv_out / f"{p.stem}.xlsx" for p in exports.glob("*.csv")}
    result.update({p.name: xlsx_out / p.name for p in exports.glob("*.xlsx")})
    return result


def table(path: Path) -> tuple[list[str], list[list[Any]]]:
    """The header and rows of a CSV as LibreOffice read it: below the
    description lines and the empty line."""
    sheet = load_workbook(path).worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    blank = next(i for i, r in enumerate(rows) if all(v is None for v in r))
    return [str(v) for v in rows[blank + 1] if v is not None], rows[blank + 2:]


def column(header: list[str], rows: list[list[Any]], name: str) -> list[Any]:
    index = header.index(name)
    return [row[index] for row in rows if row[index] is not None]


def test_csv_numbers_and_dates_are_numbers_and_dates_in_libreoffice(
    opened: dict[str, Path],
) -> None:
    header, rows = table(opened["beneficiaries.csv"])
    assert len(rows) > 20
    hours = column(header, rows, "Heures suivies")
    assert hours and all(isinstance(v, int | float) for v in hours)
    assert any(isinstance(v, float) and not v.is_integer() for v in hours)  # 1,75 is 1.75
    registered = column(header, rows, "Date d'inscription")
    assert registered and all(isinstance(v, dt.datetime) for v in registered)
    births = column(header, rows, "Date de naissance")
    assert births and all(isinstance(v, dt.datetime) for v in births)
    assert all(isinstance(v, int) for v in column(header, rows, "Séances d'accompagnement"))
    # Text stays text, Arabic intact, yes/no readable.
    assert any(any("\u0600" <= c <= "\u06ff" for c in v)
               for v in column(header, rows, "Nom en arabe"))
    assert set(column(header, rows, "Sexe")) <= {"Femme", "Homme"}
    assert set(column(header, rows, "Appui antérieur : INDH")) <= {"Oui", "Non"}

    header, rows = table(opened["attendance.csv"])
    hours = column(header, rows, "Heures suivies")
    assert hours and all(isinstance(v, int | float) for v in hours)
    assert all(isinstance(v, dt.datetime) for v in column(header, rows, "Date"))

    header, rows = table(opened["coaching.csv"])
    assert all(isinstance(v, dt.datetime) for v in column(header, rows, "Date"))
    assert all(isinstance(v, int) for v in column(header, rows, "Durée (min)"))


def test_csv_indicators_are_numbers_in_libreoffice(opened: dict[str, Path]) -> None:
    header, rows = table(opened["indicators.csv"])
    assert header == ["Catégorie", "Indicateur", "Valeur", "Unité", "Part (%)"]
    values = column(header, rows, "Valeur")
    assert len(values) == len(rows) and all(isinstance(v, int | float) for v in values)
    assert any(isinstance(v, float) and not v.is_integer() for v in values)
    shares = column(header, rows, "Part (%)")
    assert shares and all(isinstance(v, int | float) for v in shares)
    rate = next(r for r in rows if r[1] == "Taux de présence")
    assert 0 < rate[2] < 100 and rate[3] == "%"


def test_xlsx_opens_in_libreoffice_with_its_dates_numbers_and_sheets(
    opened: dict[str, Path],
) -> None:
    book = load_workbook(opened["beneficiaries.xlsx"])
    assert book.sheetnames == ["Bénéficiaires", "Dictionnaire", "À propos"]
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    registered = header.index("Date d'inscription")
    hours = header.index("Heures suivies")
    flag = header.index("Formation suivie sur la période")
    rows = list(sheet.iter_rows(min_row=2))
    assert rows
    for row in rows:
        assert isinstance(row[registered].value, dt.datetime)
        assert isinstance(row[hours].value, int | float)
        assert row[flag].value in (0, 1) and "Oui" in row[flag].number_format
    about = {r[0]: r[1] for r in book["À propos"].iter_rows(values_only=True)}
    assert isinstance(about["Exporté le"], dt.datetime)

    indicators = load_workbook(opened["indicators.xlsx"]).worksheets[0]
    rate = next(r for r in indicators.iter_rows(min_row=2) if r[1].value == "Taux de présence")
    assert 0 < rate[2].value < 1 and "%" in rate[2].number_format
