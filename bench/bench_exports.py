"""The officers' exports of 100,000 beneficiaries, timed (printed, not asserted):

- XLSX written by XlsxWriter in constant-memory mode (what the app uses) and
  the same workbook written by openpyxl in write-only mode, side by side on
  the same rows in the same run (alternating, best and median of N);
- CSV;
- the de-identified XLSX (pseudonyms, rows sorted by pseudonym).

Run: .venv/bin/python bench/bench_exports.py [--data-dir DIR] [--repeat N]
The 100k database is reused from bench/out/demo100k (built with
`caravane demo --beneficiaries 100000 --seed 5` on first run, ~1 min), or DIR.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository, for `bench`

from app.db import Database
from app.labels import ExportText, Labels
from app.reports import api
from app.reports.exports import csv_file, xlsx_file
from app.reports.exports.officers import OfficerExport, sheet_title
from app.services.exports import officers as officer_data
from app.services.exports.officers import ColumnType
from bench.common import build_demo, demo_folder

T = ColumnType
NOW = dt.datetime(2026, 12, 31, 18, 0)


def write_xlsx_openpyxl(export: OfficerExport, out: Path) -> int:
    """The same workbook as xlsx_file.write_xlsx, with openpyxl's write-only
    mode: kept here only to compare the two writers."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    labels = export.labels
    book = Workbook(write_only=True)
    table = book.create_sheet(export.sheet_name())
    dictionary = book.create_sheet(sheet_title(labels(ExportText.SHEET_DICTIONARY)))
    about = book.create_sheet(sheet_title(labels(ExportText.SHEET_ABOUT)))
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="top")
    types = export.types()
    for index in range(len(types)):
        letter = get_column_letter(index + 1)
        table.column_dimensions[letter].width = xlsx_file.column_width(export, index)
    table.freeze_panes = "A2"
    header = []
    for text in export.headers():
        cell = WriteOnlyCell(table, value=text)
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        header.append(cell)
    table.append(header)
    count = 0
    formats = xlsx_file.NUMBER_FORMATS
    for row, row_types in export.typed_rows():
        values: list[Any] = []
        for value, column_type in zip(row, row_types, strict=True):
            number_format = formats.get(column_type)
            if value is None or number_format is None:
                values.append(value)
                continue
            cell = WriteOnlyCell(table, value=value)
            cell.number_format = number_format
            values.append(cell)
        table.append(values)
        count += 1
    table.auto_filter.ref = f"A1:{get_column_letter(len(types))}{max(count, 1) + 1}"
    dictionary.append(export.dictionary_header())
    for entry in export.dictionary():
        dictionary.append(entry)
    for label, value in export.description(rows=count):
        about.append([label, value])
    book.save(out)
    return count


CPU: list[float] = []  # the process's CPU seconds of each `timed` call


def timed(action: Callable[[], int]) -> tuple[float, int]:
    """Wall seconds and rows; the CPU seconds go to CPU (on a shared machine
    the wall time grows with the load, the CPU time much less)."""
    start, cpu = time.perf_counter(), time.process_time()
    rows = action()
    CPU.append(time.process_time() - cpu)
    return time.perf_counter() - start, rows


def export_with(
    db: Database, write: Callable[[OfficerExport, Path], int], out: Path,
    *, deidentified: bool = False,
) -> int:
    """Rows read and the file written, in one read transaction."""
    with db.session() as session:
        request = officer_data.ExportRequest(
            kind="beneficiaries", today=NOW.date(), deidentified=deidentified
        )
        key = b"bench-key-0123456789abcdef" if deidentified else None
        table = officer_data.export_table(session=session, request=request, pseudonym_key=key)
        return write(OfficerExport(table, Labels("fr"), exported_at=NOW), out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=demo_folder("demo100k"))
    parser.add_argument("--repeat", type=int, default=3, help="runs of each writer (default 3)")
    args = parser.parse_args()
    folder: Path = args.data_dir
    if not (folder / "caravane.sqlite3").exists():
        print(f"building {folder} (caravane demo --beneficiaries 100000) ...")
        print(f"  built in {build_demo(folder, 100_000, seed=5):.1f} s")
    db = Database(folder)
    writers: dict[str, Callable[[OfficerExport, Path], int]] = {
        "XlsxWriter constant_memory": xlsx_file.write_xlsx,
        "openpyxl write_only": write_xlsx_openpyxl,
    }
    times: dict[str, list[float]] = {name: [] for name in writers}
    cpu: dict[str, list[float]] = {name: [] for name in writers}
    sizes: dict[str, int] = {}
    rows = 0
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.repeat):
            for name, write in writers.items():  # alternating: same load for both
                out = Path(tmp) / f"{run}-{name.split()[0]}.xlsx"
                def run_once(
                    write: Callable[[OfficerExport, Path], int] = write, out: Path = out
                ) -> int:
                    return export_with(db, write, out)

                seconds, rows = timed(run_once)
                times[name].append(seconds)
                cpu[name].append(CPU[-1])
                sizes[name] = out.stat().st_size
        print(f"XLSX of {rows} beneficiaries (rows, labels, dictionary, about), "
              f"{args.repeat} runs each, alternating:")
        for name, samples in times.items():
            print(f"  {name:<28} best {min(samples):6.2f} s  median "
                  f"{statistics.median(samples):6.2f} s  (CPU best {min(cpu[name]):6.2f} s; "
                  f"{sizes[name] / 1e6:.1f} MB)")
        tracemalloc.start()
        export_with(db, xlsx_file.write_xlsx, Path(tmp) / "memory.xlsx")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"  XlsxWriter peak Python memory {peak / 1e6:.0f} MB (tracemalloc, slower run)")
        out = Path(tmp) / "b.csv"
        seconds, rows = timed(lambda: export_with(db, csv_file.write_csv, out))
        print(f"CSV of {rows} beneficiaries: {seconds:.2f} s (CPU {CPU[-1]:.2f} s; "
              f"{out.stat().st_size / 1e6:.1f} MB)")
        out = Path(tmp) / "d.xlsx"
        seconds, rows = timed(
            lambda: export_with(db, xlsx_file.write_xlsx, out, deidentified=True)
        )
        print(f"de-identified XLSX of {rows} beneficiaries: {seconds:.2f} s "
              f"(CPU {CPU[-1]:.2f} s)")
        out = Path(tmp) / "api.xlsx"
        start = time.perf_counter()
        with db.session() as session:
            rows = api.export_for_officers(session=session, kind="beneficiaries", out=out,
                                           exported_at=NOW)
        print(f"api.export_for_officers, XLSX of {rows}: {time.perf_counter() - start:.2f} s")
    db.dispose()
    print(f"load average when done: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
