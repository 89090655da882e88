"""The beneficiaries list with 100,000 people: how long loading, filtering
and sorting take in the real widgets (offscreen), and the memory it costs.
Prints figures; asserts nothing.

    .venv/bin/python bench/bench_ui_lists.py [--beneficiaries 100000]

Uses a copy of bench/out/demo100k (built with `caravane demo` if missing),
so nothing else running on that database is disturbed.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import OUT, build_demo


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--beneficiaries", type=int, default=100_000)
    args = parser.parse_args()
    source = OUT / ("demo100k" if args.beneficiaries == 100_000 else f"demo{args.beneficiaries}")
    if not (source / "caravane.sqlite3").exists():
        build_demo(source, args.beneficiaries, seed=7)
    work = Path(tempfile.mkdtemp(prefix="bench-ui-lists-"))
    shutil.copy(source / "caravane.sqlite3", work / "caravane.sqlite3")

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from app.db import Database
    from app.services import accounts
    from app.ui.context import AppContext
    from app.ui.screens.beneficiaries import BeneficiariesScreen
    from app.ui.tasks import TaskManager

    db = Database(work)
    tasks = TaskManager(db)
    ctx = AppContext(db=db, tasks=tasks, lang="fr", team_id=None)  # every team: the worst case
    with db.session() as session:
        ctx.set_user(accounts.list_users(session=session)[0])
    ctx.team_id = None
    before = rss_mb()
    screen = BeneficiariesScreen(ctx)
    screen.resize(1180, 700)

    def settle() -> None:
        for _ in range(5):
            tasks.wait_idle(120_000)
            app.processEvents()

    start = time.perf_counter()
    screen.show()
    settle()
    load = time.perf_counter() - start
    rows = screen.model.rowCount()
    print(f"beneficiaries listed: {rows:,}")
    print(f"load (query + search keys in the worker, model swap on the GUI thread): {load:.2f} s")

    def gui(label: str, action: Callable[[], object]) -> None:
        start = time.perf_counter()
        action()
        app.processEvents()
        took = (time.perf_counter() - start) * 1000
        print(f"{label:<48} {took:7.1f} ms  ({screen.proxy.rowCount():,} rows shown)")

    gui("filter sex = F", lambda: screen.sex_filter.setCurrentIndex(
        screen.sex_filter.findData("F")))
    gui("+ status = cooperative", lambda: screen.status_filter.setCurrentIndex(
        screen.status_filter.findData("cooperative")))
    def clear_filters() -> None:
        screen.sex_filter.setCurrentIndex(0)
        screen.status_filter.setCurrentIndex(0)

    def text_filter(text: str) -> Callable[[], None]:
        def run() -> None:
            screen.text_filter.setText(text)
            screen.apply_filters()

        return run

    gui("clear both filters", clear_filters)
    gui("text filter 'fatima'", text_filter("fatima"))
    gui("text filter 'fatima zahra'", text_filter("fatima zahra"))
    gui("clear text filter", text_filter(""))
    header = screen.table.horizontalHeader()  # what a click on a column header does
    gui("sort by commune", lambda: header.setSortIndicator(7, Qt.SortOrder.AscendingOrder))
    gui("sort by name, descending", lambda: header.setSortIndicator(
        0, Qt.SortOrder.DescendingOrder))
    gui("scroll to the end", lambda: screen.table.scrollToBottom())
    print(f"memory: {rss_mb():.0f} MB RSS ({rss_mb() - before:+.0f} MB for the list)")
    tasks.shutdown()
    db.dispose()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
