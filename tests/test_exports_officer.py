"""Exports for CCIS officers through `caravane print export`."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from app.cli.main import main
from app.db import Database
from tests.test_reports_seed import seed


def _export(db: Database, kind: str, out: Path, *extra: str) -> int:
    return main(["print", "export", kind, str(out), "--data-dir", str(db.folder), *extra])


def _csv_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_beneficiaries_csv_has_bom_and_xlsx_reads_back_the_same_rows(
    db: Database, tmp_path: Path
) -> None:
    seed(db, people=7)
    csv_path, xlsx_path = tmp_path / "b.csv", tmp_path / "b.xlsx"
    assert _export(db, "beneficiaries", csv_path) == 0
    assert _export(db, "beneficiaries", xlsx_path) == 0
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(csv_path)
    header = rows[0]
    assert header[:5] == ["Identifiant", "Nom", "Prénom", "Nom en arabe", "Sexe"]
    assert "Tranche d'âge" in header and "Commune" in header and "Milieu" in header
    assert "CIN" not in header and "Téléphone" not in header  # not without --personal
    assert len(rows) == 8
    fatima = next(r for r in rows if r[2] == "Fatima" and r[1] == "El Amrani")
    assert fatima[3] == "فاطمة العمراني" and fatima[4] == "Femme"
    assert fatima[header.index("Commune")] == "Tanger"
    assert fatima[header.index("Milieu")] == "Urbain"
    assert fatima[header.index("Date d'inscription")] == "01/03/2026"

    sheet = load_workbook(xlsx_path, read_only=True).active
    assert sheet is not None
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == header
    assert len(values) == len(rows)
    as_text = [
        ["" if v is None else v.strftime("%d/%m/%Y") if isinstance(v, dt.datetime) else str(v)
         for v in row]
        for row in values[1:]
    ]
    assert as_text == rows[1:]


def test_personal_columns_only_on_request(db: Database, tmp_path: Path) -> None:
    seed(db, people=2)
    out = tmp_path / "p.csv"
    assert _export(db, "beneficiaries", out, "--personal") == 0
    rows = _csv_rows(out)
    assert rows[0][-2:] == ["CIN", "Téléphone"]
    assert {r[-2] for r in rows[1:]} == {"JB23457", "JB34578"}


def test_attendance_coaching_and_indicators(db: Database, tmp_path: Path) -> None:
    seed(db, people=4)
    attendance = tmp_path / "a.xlsx"
    assert _export(db, "attendance", attendance, "--from", "01/03/2026", "--to",
                   "31/03/2026") == 0
    sheet = load_workbook(attendance, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Date", "Code du module", "Intitulé du module")
    assert len(rows) == 1 + 3  # two present at the first session, one at the second
    sex = rows[0].index("Sexe")
    # Attendance agrees with the person: "Présente" for a woman.
    assert {(r[sex], r[10]) for r in rows[1:]} <= {("Femme", "Présente"), ("Homme", "Présent")}
    assert "Présente" in {r[10] for r in rows[1:]}
    assert _export(db, "attendance", tmp_path / "none.csv", "--from", "2027-01-01") == 0
    assert len(_csv_rows(tmp_path / "none.csv")) == 1

    assert _export(db, "coaching", tmp_path / "c.csv") == 0
    assert _csv_rows(tmp_path / "c.csv")[0][0] == "Date"

    indicators = tmp_path / "i.csv"
    assert _export(db, "indicators", indicators, "--from", "2026-01-01", "--to",
                   "2026-12-31") == 0
    rows_i = _csv_rows(indicators)
    assert rows_i[0] == ["Catégorie", "Indicateur", "Valeur"]
    assert ["Bénéficiaires", "Bénéficiaires touchés", "0"] in rows_i  # sessions not marked held


def test_export_refuses_an_unknown_extension(db: Database, tmp_path: Path) -> None:
    assert _export(db, "coaching", tmp_path / "c.txt") == 1
    assert not (tmp_path / "c.txt").exists()
