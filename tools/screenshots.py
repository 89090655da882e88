"""Screenshots of every screen, in French and Arabic, from a real window.

Run under Xvfb at the size of a 13-inch laptop:

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py

It builds a demo database (`caravane demo --beneficiaries 2000 --seed 7`)
in a temporary folder (and an empty one for the first-start screen), logs
in as the demo coordinator, visits each screen and saves PNGs under
docs/screenshots/ (`<lang>-<nn>-<screen>.png`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "screenshots"
DEMO_USER = "Samira Benali"
DEMO_PASSWORD = "demo1234"  # noqa: S105 - the demo's published password
WIDTH, HEIGHT = 1366, 768


def settle(app: object, ctx: object | None = None, seconds: float = 0.25) -> None:
    """Let queued jobs deliver and the window repaint."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    deadline = time.monotonic() + 30
    while ctx is not None and ctx.tasks.busy and time.monotonic() < deadline:  # type: ignore[attr-defined]
        app.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def make_demo(folder: Path, size: int, seed: int) -> None:
    from app.db import Database
    from app.services import demo

    db = Database(folder)
    with db.session() as session:
        if not demo.has_beneficiaries(session=session):
            demo.generate_demo(session=session, beneficiaries=size, seed=seed)
    db.dispose()


def busiest_recent_session(db: object) -> str | None:
    from app.services import planning

    with db.session() as session:  # type: ignore[attr-defined]
        sessions = planning.list_sessions(
            session=session,
            date_from=dt.date.today() - dt.timedelta(days=60),
            date_to=dt.date.today(),
        )
    held = [s for s in sessions if s.expected > 0 and s.status == "held"]
    if not held:
        return sessions[-1].id if sessions else None
    return max(held, key=lambda s: (s.session_date, s.expected)).id


class Shooter:
    def __init__(self, app: object, lang: str) -> None:
        self.app = app
        self.lang = lang
        self.count = 0

    def save(self, widget: object, name: str) -> Path:
        self.count += 1
        path = OUT / f"{self.lang}-{self.count:02d}-{name}.png"
        pixmap = widget.grab()  # type: ignore[attr-defined]
        pixmap.save(str(path), "PNG")
        print(f"  {path.relative_to(ROOT)} {pixmap.width()}x{pixmap.height()}")
        return path


def build(folder: Path, lang: str) -> object:
    from app.ui.main import build_window
    from app.ui.prefs import Preferences

    window = build_window(folder, lang, Preferences(lang=lang))
    window.setGeometry(0, 0, WIDTH, HEIGHT - 28)
    window.show()
    return window


def shoot_language(app: object, lang: str, demo_dir: Path, empty_dir: Path) -> None:
    from PySide6.QtTest import QTest

    from app.ui import i18n

    assert hasattr(app, "processEvents")
    i18n.install_language(app, lang)  # type: ignore[arg-type]
    shooter = Shooter(app, lang)
    print(f"[{lang}]")

    # First start, on an empty database.
    window = build(empty_dir, lang)
    settle(app, window.ctx)  # type: ignore[attr-defined]
    shooter.save(window, "first-start")
    window.close()  # type: ignore[attr-defined]

    window = build(demo_dir, lang)
    ctx = window.ctx  # type: ignore[attr-defined]
    settle(app, ctx)
    page = window.login_page  # type: ignore[attr-defined]
    page.select_user(DEMO_USER)
    page.prompt.password.setText(DEMO_PASSWORD)
    shooter.save(window, "login")
    page.prompt.submit()
    settle(app, ctx, 0.5)
    settle(app, ctx, 0.5)
    shooter.save(window, "today")

    session_id = busiest_recent_session(ctx.db)
    if session_id:
        ctx.open_attendance(session_id)
    settle(app, ctx, 0.5)
    attendance = window.shell.screen_named("attendance")  # type: ignore[attr-defined]
    # A session under way: a few people already checked in.
    for row in [r for r in attendance.roster.rows() if r.enrolled][:5]:
        attendance.check_in(row.beneficiary_id, row.display_name)
        settle(app, ctx, 0.1)
    attendance.flush()
    settle(app, ctx, 0.5)
    QTest.keyClicks(attendance.search, "fati")
    settle(app, ctx, 0.5)
    shooter.save(window, "attendance")

    # The walk-in form with its duplicate warning.
    with_phone = [r for r in attendance.results.rows() if r.phone]
    first = with_phone[0] if with_phone else None
    attendance.clear_search()
    if first is not None:
        QTest.keyClicks(attendance.search, f"{first.first_name} {first.last_name}")
    settle(app, ctx)
    attendance.open_walk_in()
    settle(app, ctx)
    dialog = attendance.walk_in_dialog
    if dialog is not None:
        dialog.female.setChecked(first is None or first.sex == "F")
        dialog.male.setChecked(first is not None and first.sex == "M")
        dialog.birth.setText("1992")
        if first is not None and first.phone:
            dialog.phone.setText(first.phone)
        dialog.consent.setChecked(True)
        dialog.submit()
        settle(app, ctx, 0.5)
        dialog.adjustSize()
        settle(app, ctx)
        shooter.save(dialog, "walk-in")
        dialog.reject()
        settle(app, ctx)

    for name in ("sessions", "beneficiaries", "coaching", "figures", "conflicts", "settings"):
        window.show_screen(name)  # type: ignore[attr-defined]
        settle(app, ctx, 0.8)
        settle(app, ctx, 0.3)
        shooter.save(window, name)

    # A beneficiary's page, reached as from a link.
    people = attendance.roster.rows()
    if people:
        ctx.open_beneficiary(people[0].beneficiary_id)
        settle(app, ctx, 0.8)
        shooter.save(window, "beneficiary-detail")

    window.show_screen("attendance")  # type: ignore[attr-defined]
    settle(app, ctx)
    window.lock()  # type: ignore[attr-defined]
    settle(app, ctx)
    shooter.save(window, "locked")
    window.close()  # type: ignore[attr-defined]
    settle(app, ctx)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", nargs="+", default=["fr", "ar"])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", type=Path, help="folder for the demo databases")
    args = parser.parse_args(argv)

    work = args.work or Path(tempfile.mkdtemp(prefix="caravane-shots-"))
    os.environ.setdefault("CARAVANE_CONFIG_DIR", str(work / "config"))
    demo_dir = work / "demo"
    empty_dir = work / "empty"
    print(f"demo database in {demo_dir}")
    make_demo(demo_dir, args.size, args.seed)
    OUT.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.ui import dialog, fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    fonts.install_fonts(app)
    dialog.set_geometry_store(QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat))
    for lang in args.langs:
        shoot_language(app, lang, demo_dir, empty_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
