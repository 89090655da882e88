"""`caravane print` as a person types it: help, options after the
subcommand, languages; and the labels shared with the interface."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.cli.main import main
from app.db import Database
from app.labels import CODES, DocText, Labels, code_label, translate
from app.paths import resource
from tests.test_reports_seed import seed

DOCUMENTS = ["attendance-sheet", "certificate", "report", "record", "export"]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_print_command_has_help(
    document: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["print", document, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "--data-dir" in out
    if document != "export":
        assert "--lang" in out


def test_data_dir_before_or_after_the_subcommand(db: Database, tmp_path: Path) -> None:
    seeded = seed(db, people=2)
    before = tmp_path / "before.pdf"
    after = tmp_path / "after.pdf"
    assert main(["--data-dir", str(db.folder), "print", "attendance-sheet",
                 seeded.session_id, str(before)]) == 0
    assert main(["print", "attendance-sheet", seeded.session_id, str(after), "--data-dir",
                 str(db.folder), "--lang", "ar"]) == 0
    assert before.read_bytes().startswith(b"%PDF") and after.read_bytes().startswith(b"%PDF")


def test_report_refuses_an_inverted_period(db: Database, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.pdf"
    assert main(["print", "report", "--from", "2026-12-31", "--to", "2026-01-01", str(out),
                 "--data-dir", str(db.folder)]) == 1
    assert "précède" in capsys.readouterr().err
    assert not out.exists()


def test_unknown_record_in_a_subprocess(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "print", "record", "nobody",
         str(tmp_path / "r.pdf"), "--data-dir", str(tmp_path / "data")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1
    assert "Bénéficiaire introuvable : nobody" in result.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_reports_import_without_qt() -> None:
    code = (
        "import sys\n"
        "import app.reports.api, app.reports.charts, app.labels, app.cli.print_cmds\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_labels_come_from_the_interface_translations() -> None:
    assert code_label("sex", "F", "ar") == "أنثى"
    assert code_label("sex", "F", "fr") == "Femme"
    assert code_label("sector", "crafts", "en") == "Crafts"
    assert code_label("sector", "not-a-code", "ar") == "not-a-code"
    assert translate("Report", DocText.ATTENDANCE_SHEET, "ar") == "ورقة الحضور"
    assert Labels("ar")(DocText.PAGE_OF, page=2, pages=5) == "الصفحة 2 / 5"
    assert Labels("fr").percent(0.4567) == "45,7 %"
    # Every label is translated (no "unfinished") in both catalogues.
    for lang in ("ar", "en"):
        with resource("i18n", f"labels_{lang}.ts").open("rb") as catalogue:
            root = ET.parse(catalogue).getroot()
        for message in root.iter("message"):
            translation = message.find("translation")
            assert translation is not None and translation.text, message.findtext("source")
            assert translation.get("type") is None, message.findtext("source")
    for kind, codes in CODES.items():
        for code in codes:
            assert code_label(kind, code, "ar") != codes[code] or codes[code].isupper()
