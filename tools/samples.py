"""Sample pages of the printed documents, in French and Arabic, for
docs/documents.md ("Samples"): what `caravane print` writes, rendered by
`pdftoppm -r 60`.

    .venv/bin/python tools/samples.py          # needs pdftoppm (poppler-utils)

It builds the demo (`caravane demo --beneficiaries 2000 --seed 5`) in a
temporary folder, gives the programme its targets, and refreshes the
attendance sheet (first and last page; a cancelled session's), the
certificate printed before the laptop joined a server, and the activity
report of 2026 (pages 1, 2, 4 and the first page of each annex).  The
samples that need more than the demo (a joined laptop's certificate, the
record after a consent withdrawn, the 200-person sheet) are made as
docs/documents.md says.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "samples"
CARAVANE = [sys.executable, "-m", "app"]
PROGRAMME = "Maison des TPE itinérante 2025-2027"
TARGETS = ["--reached", "5000", "--women", "2500", "--youth", "2500", "--young-women", "1200",
           "--trained", "4000", "--coached", "800", "--certified", "3000", "--projects", "100"]


def caravane(data: Path, *args: str) -> None:
    subprocess.run([*CARAVANE, "--data-dir", str(data), *args], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)


def render(pdf: Path, page: int, name: str) -> None:
    """Page `page` (1-based; -1 the last) of `pdf` as docs/samples/<name>.png."""
    if page < 0:
        page = len(PdfReader(pdf).pages)
    stem = OUT / name
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(page), "-l",
                    str(page), str(pdf), str(stem)], check=True)
    print(f"  {stem}.png")


def first_page_with(pdf: Path, *texts: str) -> int:
    """The first page whose text holds one of `texts` (Arabic is read back as
    presentation forms in display order: compared after NFKC)."""
    for number, page in enumerate(PdfReader(pdf).pages, start=1):
        found = unicodedata.normalize("NFKC", page.extract_text() or "")
        if any(text in found for text in texts):
            return number
    raise SystemExit(f"{pdf.name}: no page says {texts[0]!r}")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        data = work / "data"
        caravane(data, "demo", "--beneficiaries", "2000", "--seed", "5")
        caravane(data, "programme", "add", PROGRAMME, "--funder",
                 "Région Tanger-Tétouan-Al Hoceima et INDH", "--from", "01/12/2025",
                 "--to", "31/12/2027")
        caravane(data, "programme", "targets", PROGRAMME, *TARGETS)
        with sqlite3.connect(data / "caravane.sqlite3") as db:
            busiest, = db.execute(
                "SELECT session_id FROM attendance WHERE deleted = 0 GROUP BY session_id "
                "ORDER BY count(*) DESC LIMIT 1").fetchone()
            cancelled = db.execute(
                "SELECT id FROM training_session WHERE status = 'cancelled' AND deleted = 0 "
                "LIMIT 1").fetchone()
            person, = db.execute(
                "SELECT a.beneficiary_id FROM attendance a JOIN beneficiary b "
                "ON b.id = a.beneficiary_id WHERE a.status = 'present' AND b.sex = 'F' "
                "GROUP BY a.beneficiary_id ORDER BY count(*) DESC LIMIT 1").fetchone()
        for lang in ("fr", "ar"):
            sheet = work / f"sheet_{lang}.pdf"
            caravane(data, "print", "attendance-sheet", busiest, str(sheet), "--lang", lang)
            render(sheet, 1, f"attendance_sheet_{lang}_p1")
            render(sheet, -1, f"attendance_sheet_{lang}_last")
            if cancelled:
                marked = work / f"cancelled_{lang}.pdf"
                caravane(data, "print", "attendance-sheet", cancelled[0], str(marked),
                         "--lang", lang)
                render(marked, 1, f"attendance_sheet_cancelled_{lang}_p1")
            certificate = work / f"certificate_{lang}.pdf"
            caravane(data, "print", "certificate", person, str(certificate), "--lang", lang)
            render(certificate, 1, f"certificate_before_joining_{lang}_p1")
            report = work / f"report_{lang}.pdf"
            caravane(data, "print", "report", "--from", "2026-01-01", "--to", "2026-12-31",
                     str(report), "--lang", lang, "--programme", PROGRAMME)
            for page in (1, 2, 4):
                render(report, page, f"report_{lang}_p{page}")
            for annex in (1, 2, 3):
                titles = {"fr": (f"Annexe {annex} :",),
                          "ar": (f"الملحق {annex}", f"{annex} الملحق")}[lang]
                render(report, first_page_with(report, *titles), f"report_{lang}_annex{annex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
