"""`caravane export`: the whole domain in JSON, CSV (zip or folder) and XLSX."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from app.cli.main import main
from app.db import Database
from app.models import Attendance, Beneficiary, syncable_classes
from app.services.demo import generate_demo
from app.services.exports.domain import export_domain

TODAY = dt.date(2026, 10, 1)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "data"
    db = Database(folder)
    with db.session() as session:
        generate_demo(session=session, beneficiaries=60, seed=11, today=TODAY)
    db.dispose()
    return folder


def test_json_is_complete_sorted_and_without_sync_bookkeeping(
    data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "all.json"
    assert main(["--data-dir", str(data_dir), "export", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "caravane-export" and data["version"] == 1
    tables = {c.__table__.name for c in syncable_classes()}  # type: ignore[attr-defined]
    assert set(data["tables"]) == tables
    for rows in data["tables"].values():
        ids = [row["id"] for row in rows]
        assert ids == sorted(ids)
        for row in rows:
            assert {"id", "team_id", "deleted"} <= set(row)
            assert not {"hlc", "created_hlc", "field_hlcs", "device_id", "server_seq",
                        "pending", "search_text", "password_hash"} & set(row)
    person = data["tables"]["beneficiary"][0]
    dt.date.fromisoformat(person["registered_on"])
    assert isinstance(person["prior_support"], list)
    assert data["tables"]["app_user"][0]["name"]
    # Reference rows: the communes the data points to, with names in both scripts.
    codes = {r["code"] for r in data["reference"]["commune"]}
    assert {p["commune_code"] for p in data["tables"]["beneficiary"]} <= codes
    assert data["reference"]["region"] == [
        {"code": "01", "name_ar": "طنجة-تطوان-الحسيمة", "name_fr": "Tanger-Tétouan-Al Hoceima"}
    ]
    # The file is export_domain() itself, and keys are sorted.
    db = Database(data_dir)
    try:
        with db.session() as session:
            assert export_domain(session=session) == data
    finally:
        db.dispose()
    assert list(person) == sorted(person)


def test_converged_copies_compare_equal_whatever_their_bookkeeping(data_dir: Path) -> None:
    db = Database(data_dir)
    try:
        with db.session() as session:
            before = export_domain(session=session)
        session = db.new_session()
        with session.begin():
            for model in (Beneficiary, Attendance):
                session.execute(
                    update(model).values(pending=None, server_seq=42, hlc="f" * 32),
                    execution_options={"synchronize_session": False},
                )
            after = export_domain(session=session)
            session.rollback()
        session.close()
        assert after == before
    finally:
        db.dispose()


def _read_csv(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_csv_zip_and_folder_read_back(data_dir: Path, tmp_path: Path) -> None:
    archive = tmp_path / "all.zip"
    assert main(["--data-dir", str(data_dir), "export", str(archive)]) == 0
    with zipfile.ZipFile(archive) as zipped:
        names = set(zipped.namelist())
        people = _read_csv(zipped.read("beneficiary.csv").decode("utf-8"))
    assert {"beneficiary.csv", "attendance.csv", "commune.csv"} <= names
    assert len(people) == 60
    assert people[0]["id"] and people[0]["deleted"] == "false"
    assert any(p["name_ar"] for p in people)
    folder = tmp_path / "tables"
    assert main(["--data-dir", str(data_dir), "export", str(folder), "--format", "csv"]) == 0
    again = _read_csv((folder / "beneficiary.csv").read_text(encoding="utf-8"))
    assert again == people


def test_xlsx_has_one_sheet_per_table(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.xlsx"
    assert main(["--data-dir", str(data_dir), "export", str(target)]) == 0
    workbook = load_workbook(target, read_only=True)
    assert {"beneficiary", "attendance", "training_session", "commune"} <= set(
        workbook.sheetnames
    )
    rows = list(workbook["beneficiary"].iter_rows(values_only=True))
    header = list(rows[0])
    assert header[0] == "id" and "last_name" in header and "password_hash" not in header
    assert len(rows) == 61
    workbook.close()


def test_unknown_extension_is_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "export", str(tmp_path / "x.pdf")]) == 2
    assert "Format inconnu" in capsys.readouterr().out
