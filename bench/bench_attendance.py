"""Attendance at 100,000 people (printed, not asserted), through the real
window (offscreen) on a copy of the 100,000-person demo database:

* the service: `search_for_session` for every keystroke of queries as a
  trainer types them (name beginnings, Arabic, CIN, phone), and for
  misspelt names (the approximate search);
* keystroke -> updated result list in the attendance screen;
* Enter -> committed check-in, the person typed by first name and the
  beginning of the last name (is the expected person the one checked in?);
* 60 CINs typed at a barcode reader's speed (25 ms per key, then Enter,
  into whatever widget has the focus): how many were checked in correctly;
* the keystrokes and the check-ins again while the app's own sync worker
  pushes the whole database to a real `caravane-server` process.

    .venv/bin/python bench/bench_attendance.py [--size 100000] [--seed 7]

bench/out/demo100k is built once with `caravane demo --beneficiaries
100000` (about 30 s) and reused; each run works on a fresh copy
(bench/out/attendance-100k) and a fresh server database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository, for `bench`
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import OUT, build_demo, line, percentile

SOURCE = OUT / "demo100k"
RUN = OUT / "attendance-100k"
USER, PASSWORD = "Samira Benali", "demo1234"
SCANNER_KEY_MS = 25
KEYSTROKE_TARGET_MS, COMMIT_TARGET_MS = 50.0, 100.0
MAX_SYNCS = 5


def prepare(size: int) -> None:
    if not (SOURCE / "caravane.sqlite3").exists():
        print(f"building a {size}-person demo database in {SOURCE} …")
        print(f"  built in {build_demo(SOURCE, size):.0f} s")
    shutil.rmtree(RUN, ignore_errors=True)
    RUN.mkdir(parents=True)
    for file in SOURCE.glob("caravane.sqlite3*"):
        shutil.copy(file, RUN / file.name)


def misspelt(name: str, rng: random.Random) -> str:
    """One letter dropped inside the name (Drissi -> Drisi)."""
    word = name.split()[-1].lower()
    if len(word) < 5:
        return word
    cut = rng.randrange(1, len(word) - 1)
    return word[:cut] + word[cut + 1:]


def typed_queries(sample: list[Any], rng: random.Random) -> list[str]:
    """What a trainer types: name beginnings, an Arabic word, a CIN, a phone,
    and a few misspelt family names."""
    queries: list[str] = []
    for row in sample:
        queries.append(f"{row.first_name[:4]} {row.last_name[:3]}".lower())
        if row.name_ar:
            queries.append(row.name_ar.split()[0][:3])
        if row.cin:
            queries.append(row.cin[:5])
        if row.phone:
            queries.append("0" + row.phone[4:9])
    queries += [misspelt(row.last_name, rng) for row in sample[:10]]
    return queries


def service_search(db: Any, session_id: str, queries: list[str], today: dt.date) -> list[str]:
    from app.services.session_search import search_for_session

    every_key: list[float] = []
    for query in queries:
        for end in range(1, len(query) + 1):
            with db.session() as session:
                started = time.perf_counter()
                search_for_session(
                    session=session, query=query[:end], session_id=session_id, today=today
                )
                every_key.append((time.perf_counter() - started) * 1000)
    misspelt_times: list[float] = []
    for query in queries[-10:]:
        with db.session() as session:
            started = time.perf_counter()
            hits = search_for_session(
                session=session, query=query, session_id=session_id, today=today
            )
            misspelt_times.append((time.perf_counter() - started) * 1000)
            assert hits is not None
    return [
        line("service: search_for_session, every keystroke", every_key),
        line("service: misspelt family names (approximate)", misspelt_times),
    ]


class Bench:
    """The logged-in window on the attendance screen, and what it measured."""

    def __init__(self, folder: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from app.core.changes import Topic
        from app.ui import fonts, i18n
        from app.ui.main import build_window
        from app.ui.prefs import Preferences

        os.environ["CARAVANE_CONFIG_DIR"] = tempfile.mkdtemp(prefix="caravane-bench-config-")
        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        self.app = app
        i18n.install_language(app, "fr")
        fonts.install_fonts(app)
        self.window = build_window(folder, "fr", Preferences())
        self.window.show()
        self.window.activateWindow()
        self.ctx = self.window.ctx
        self.committed = 0
        self.screen: Any = None
        # A check-in is committed when the screen's own write says so (the
        # sync's changes come from the status bar).
        self.ctx.data_changed.connect(
            lambda changes, origin: self._changed(
                origin is self.screen and changes.concerns({Topic.ATTENDANCE})
            )
        )
        login = self.window.login_page
        assert login is not None
        login.select_user(USER)
        login.prompt.password.setText(PASSWORD)
        login.prompt.submit()
        self.pump(lambda: self.ctx.user is not None)
        self.pump(lambda: not self.ctx.tasks.busy)

    def _changed(self, attendance: bool) -> None:
        if attendance:
            self.committed += 1

    def committed_reaches(self, count: int) -> Callable[[], bool]:
        def reached() -> bool:
            failed = "#b3261e" in self.screen.feedback.styleSheet()  # the error colour
            return self.committed >= count or failed

        return reached

    def pump(self, until: Callable[[], bool], timeout: float = 60.0) -> None:
        """Run the event loop until `until()`.  It sleeps between events, as
        the app's does: spinning on processEvents() here would hold the
        interpreter lock against the database thread and time the bench."""
        from PySide6.QtCore import QEventLoop

        deadline = time.perf_counter() + timeout
        wait = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
        while not until():
            self.app.processEvents(wait)
            if time.perf_counter() > deadline:
                raise TimeoutError

    def open_session(self, session_id: str) -> None:
        from app.ui.screens.attendance import AttendanceScreen

        self.ctx.open_attendance(session_id)
        assert self.window.shell is not None
        screen = self.window.shell.screen_named("attendance")
        assert isinstance(screen, AttendanceScreen)
        self.screen = screen
        self.pump(lambda: screen.roster_data is not None and not self.ctx.tasks.busy)

    def type_char(self, char: str) -> None:
        from PySide6.QtTest import QTest

        if char.isascii():
            QTest.keyClicks(self.screen.search, char)
        else:  # QTest cannot synthesise Arabic key presses: the text arrives as input
            self.screen.search.insert(char)

    def keystrokes(self, queries: list[str], while_: Callable[[], bool] | None = None) -> list[float]:
        """Milliseconds from each key to the list showing its results."""
        screen = self.screen
        samples: list[float] = []
        for query in queries:
            screen.clear_search()
            self.pump(screen.search_is_current)
            for char in query:
                during = while_ is None or while_()
                started = time.perf_counter()
                self.type_char(char)
                self.pump(screen.search_is_current)
                if during and (while_ is None or while_()):
                    samples.append((time.perf_counter() - started) * 1000)
            if while_ is not None and not while_():
                break
        screen.clear_search()
        return samples

    def check_in_by_name(
        self, people: list[Any], while_: Callable[[], bool] | None = None
    ) -> tuple[list[float], int, int, int]:
        """Type "first-name last-name-beginning", Enter: milliseconds from Enter
        to the committed check-in; how many times the expected person was the
        one highlighted; how many were tried; how many writes failed."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        screen = self.screen
        samples: list[float] = []
        right = tried = failed = 0
        for row in people:
            if while_ is not None and not while_():
                break
            screen.clear_search()
            self.pump(screen.search_is_current)
            QTest.keyClicks(screen.search, f"{row.first_name} {row.last_name[:4]}")
            self.pump(screen.search_is_current)
            highlighted = screen.highlighted()
            tried += 1
            right += highlighted is not None and highlighted.id == row.id
            if highlighted is None or screen.is_present(highlighted.id):
                continue  # Enter would open the walk-in form, or change nothing
            wanted = self.committed + 1
            started = time.perf_counter()
            QTest.keyClick(screen.search, Qt.Key.Key_Return)
            # Committed, or the write came back with an error (shown in red).
            try:
                self.pump(self.committed_reaches(wanted), timeout=40)
            except TimeoutError:
                pass
            if self.committed >= wanted:
                samples.append((time.perf_counter() - started) * 1000)
            else:
                failed += 1
                print(f"  check-in not committed: {screen.feedback.text()!r}", flush=True)
        self.pump(lambda: not self.ctx.tasks.busy)
        return samples, right, tried, failed

    def scanner(self, people: list[Any], *, qtest_delay: bool) -> tuple[float, int]:
        """CINs typed at 25 ms a key then Enter, into the focused widget (as a
        reader does); seconds taken and walk-in forms that opened (closed
        again, as the trainer would).

        Keys come from a 25 ms timer while the event loop sleeps, as a
        reader's do.  With `qtest_delay`, from QTest.keyClicks / keyClick
        with delay=25 instead: PySide6 keeps Python's interpreter lock
        during QTest's delay, which starves the database thread (the
        searches) meanwhile."""
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        screen = self.screen
        screen.clear_search()
        screen.focus_search()
        self.pump(screen.search_is_current)
        keys: list[str | Qt.Key] = []
        for row in people:
            keys += [*row.cin, Qt.Key.Key_Return]
        opened: set[int] = set()

        def focused() -> Any:
            return QApplication.focusWidget() or screen.search

        def press(widget: Any, key: str | Qt.Key, delay: int) -> None:
            no = Qt.KeyboardModifier.NoModifier
            if isinstance(key, str):
                QTest.keyClicks(widget, key, no, delay)
            else:
                QTest.keyClick(widget, key, no, delay)

        def walk_in_closed() -> None:
            dialog = screen.walk_in_dialog
            if dialog is not None:
                opened.add(id(dialog))
                dialog.close()

        started = time.perf_counter()
        if qtest_delay:
            for key in keys:
                press(focused(), key, SCANNER_KEY_MS)
                walk_in_closed()
        else:
            waiting = list(reversed(keys))
            timer = QTimer()
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.setInterval(SCANNER_KEY_MS)

            def next_key() -> None:
                walk_in_closed()
                if waiting:
                    press(focused(), waiting.pop(), -1)
                else:
                    timer.stop()

            timer.timeout.connect(next_key)
            timer.start()
            self.pump(lambda: not timer.isActive(), timeout=len(keys))
        taken = time.perf_counter() - started
        self.pump(lambda: not self.ctx.tasks.busy)
        walk_in_closed()
        return taken, len(opened)

    def close(self) -> None:
        if self.window.status is not None:
            self.window.status.stop()
        self.ctx.tasks.shutdown()
        self.window.close()


def present_ids(db: Any, session_id: str) -> set[str]:
    from app.services import attendance

    with db.session() as session:
        roster = attendance.roster(session=session, session_id=session_id)
    return {row.beneficiary_id for row in roster.rows if row.present}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--people", type=int, default=60, help="CINs read by the scanner")
    parser.add_argument(
        "--switch-interval", type=float, default=None,
        help="sys.setswitchinterval() in seconds (Python's default: 0.005), to try",
    )
    args = parser.parse_args()
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval)
    print(f"interpreter switch interval: {sys.getswitchinterval() * 1000:g} ms")
    prepare(args.size)

    from app.laptop_sync import client
    from app.services import planning
    from app.services.search import list_beneficiary_rows
    from server import admin
    from server.db import ServerDatabase
    from tests.sync_helpers import ServerProcess, new_team

    bench = Bench(RUN)
    ctx = bench.ctx
    db = ctx.db
    today = ctx.clock.today()
    rng = random.Random(args.seed)
    with db.session() as session:
        everyone = list_beneficiary_rows(session=session, today=today)
    print(f"database: {len(everyone)} people ({RUN})")
    sample = rng.sample(everyone, 500)
    del everyone
    # Today's session: 80 people expected; 60 of them are checked in by
    # name (30 before, 30 during the sync), 60 others by the scanner.
    expected, others = sample[:80], [row for row in sample[80:] if row.cin]
    scores = ""
    team_id = ctx.team_id
    assert team_id is not None
    with db.session() as session:
        module = planning.list_modules(session=session)[0]
        session_id = planning.plan_session(
            session=session, team_id=team_id, module_id=module.id, session_date=today,
            start_time=dt.time(0, 0), end_time=dt.time(23, 59),
        ).value.id
        planning.enrol(
            session=session, session_id=session_id, beneficiary_ids=[r.id for r in expected]
        )
    queries = typed_queries(others[:40], rng)

    out = service_search(db, session_id, queries, today)
    bench.open_session(session_id)

    keys = bench.keystrokes(queries)
    out.append(line("window: keystroke -> updated list", keys, KEYSTROKE_TARGET_MS))
    commits, right, tried, failed = bench.check_in_by_name(expected[:30])
    out.append(line("window: Enter -> committed check-in", commits, COMMIT_TARGET_MS))
    out.append(
        f"  typed by name: the expected person highlighted {right} of {tried} times; "
        f"{failed} check-in(s) failed"
    )

    for qtest_delay, scanned in (
        (False, others[40:40 + args.people]),
        (True, others[40 + args.people:40 + 2 * args.people]),
    ):
        before = present_ids(db, session_id)
        taken, walk_ins = bench.scanner(scanned, qtest_delay=qtest_delay)
        after = present_ids(db, session_id)
        correct = len({row.id for row in scanned} & after)
        wrong = len(after - before - {row.id for row in scanned})
        how = "QTest.keyClick(delay=25)" if qtest_delay else "a 25 ms timer"
        out.append(
            f"scanner ({how}): {len(scanned)} CINs + Enter in {taken:.1f} s: "
            f"{correct} checked in correctly, {wrong} other people checked in, "
            f"{walk_ins} walk-in forms opened"
        )
        scores = scores if qtest_delay else f"{correct}/{len(scanned)}"
    print("\n".join(out), flush=True)

    # The bus finds a network: join a real server, and the app's own sync
    # worker pushes the whole database while the trainer goes on.
    server_folder = RUN / "server"
    server_folder.mkdir()
    url = f"sqlite:///{server_folder / 'server.sqlite3'}"
    setup = ServerDatabase(url)
    process = ServerProcess(url).start()
    try:
        team = new_team(setup)
        started = time.perf_counter()
        client.join_server(db, process.url, admin.enroll_code(setup, team=team)[0])
        print(f"joined the server in {time.perf_counter() - started:.1f} s; syncing …", flush=True)
        status = bench.window.status
        assert status is not None
        outcomes: list[str] = []

        def syncing() -> bool:
            return status.syncing

        def sync_again() -> None:
            """A sync that ended (done or failed) is started again, a few
            times, so that the figures below are taken under one."""
            if not syncing() and len(outcomes) < MAX_SYNCS:
                outcomes.append(status.last_message)  # how the last one ended
                if len(outcomes) < MAX_SYNCS:
                    status.sync_now()

        # First the keys alone while the first sync runs; then, under the
        # next syncs, a query typed and one person checked in by name in turn.
        status.sync_now()
        sync_started = time.perf_counter()
        busy_keys: list[float] = []
        for query in itertools.islice(itertools.cycle(queries), 4 * len(queries)):
            if not syncing():
                break
            busy_keys += bench.keystrokes([query], while_=syncing)
        bench.pump(lambda: not syncing(), timeout=1800)
        first_sync = time.perf_counter() - sync_started
        outcomes.append(status.last_message)
        status.sync_now()
        mixed_keys: list[float] = []
        busy_commits: list[float] = []
        busy_right = busy_tried = busy_failed = 0
        for n, query in enumerate(queries):
            sync_again()
            if not syncing():
                break
            mixed_keys += bench.keystrokes([query], while_=syncing)
            sync_again()
            if n < 30 and syncing():
                done, right, tried, failed = bench.check_in_by_name(
                    [expected[30 + n]], syncing
                )
                busy_commits += done
                busy_right, busy_tried = busy_right + right, busy_tried + tried
                busy_failed += failed
        try:
            bench.pump(lambda: not syncing(), timeout=1800)
            if len(outcomes) < MAX_SYNCS:
                outcomes.append(status.last_message)
        except TimeoutError:
            outcomes.append("still running after 30 min: stopped")
        print(f"first sync (the whole database pushed): {first_sync:.0f} s", flush=True)
        print(
            line("during sync: keystroke -> updated list", busy_keys, KEYSTROKE_TARGET_MS)
            if busy_keys else "during sync: no keystroke measured",
            flush=True,
        )
        print(
            line("next syncs, check-ins too: keystroke", mixed_keys, KEYSTROKE_TARGET_MS)
            if mixed_keys else "next syncs: no keystroke measured",
            flush=True,
        )
        print(
            line("next syncs: Enter -> committed check-in", busy_commits, COMMIT_TARGET_MS)
            if busy_commits else "during sync: no check-in committed",
            flush=True,
        )
        print(
            f"  typed by name: the expected person highlighted {busy_right} of {busy_tried}"
            f" times; {busy_failed} check-in(s) failed",
            flush=True,
        )
        print(f"syncs run: {len(outcomes)}; how each ended: {outcomes}", flush=True)
    finally:
        process.kill()  # a sync still running fails at once and its thread ends
        setup.dispose()
        bench.pump(lambda: not bench.window.status or not bench.window.status.syncing, 120)
        bench.close()
    p95 = percentile(keys, 0.95)
    print(f"summary: keystroke p95 {p95:.1f} ms, Enter -> commit p95 "
          f"{percentile(commits, 0.95):.1f} ms, scanner {scores} correct")
    return 0


if __name__ == "__main__":
    sys.exit(main())
