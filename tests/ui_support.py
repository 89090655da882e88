"""Helpers for the desktop-app tests: a small real data set built through
the services, and a main window logged in the way a user does it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.db import Database
from app.services import accounts, beneficiaries, planning, reference
from app.services.beneficiaries import BeneficiaryInput
from tests.conftest import NOW, TODAY, FixedClock, consent

PASSWORD = "secret12"  # noqa: S105 - a test user's
COMMUNE = ""  # filled on first use


@dataclass(frozen=True)
class Day:
    team_id: str
    coordinator_id: str
    trainer_id: str
    session_id: str
    earlier_session_id: str
    people: dict[str, str]  # name -> id
    enrolled: list[str]  # ids expected at the session
    commune_code: str


PEOPLE = [
    # first, last, arabic, sex, phone, cin
    ("Fatima-Zahra", "El Idrissi", "فاطمة الزهراء الإدريسي", "F", "0612345601", "LA123401"),
    ("Mohamed", "Benali", "محمد بن علي", "M", "0612345602", "LB123402"),
    ("Hanane", "Ait Ouahmane", "حنان آيت واحمان", "F", "0612345603", "K123403"),
    ("Youssef", "Tahiri", "يوسف الطاهري", "M", "0612345604", "R123404"),
    ("Salma", "Chaoui", "سلمى الشاوي", "F", "0612345605", "Z123405"),
    ("Khalid", "Amrani", "خالد العمراني", "M", "0612345606", "L123406"),
]


def build_day(db: Database, today: dt.date = TODAY) -> Day:
    """A team, two users, a stop `today`, an earlier session whose people are
    carried forward to that day's session (the cohort), and six people.
    Today's session runs from an hour before `NOW` to the end of the day."""
    with db.session() as s:
        team = accounts.create_team(session=s, name="Bus Test")
        accounts.set_local_team(session=s, team_id=team.id)
        coordinator = accounts.create_user(
            session=s,
            team_id=team.id,
            name="Samira Benali",
            role="coordinator",
            password=PASSWORD,
        )
        trainer = accounts.create_user(
            session=s,
            team_id=team.id,
            name="Youssef Formateur",
            role="trainer",
            password=PASSWORD,
        )
        commune = reference.list_communes(session=s, region_code="01")[0].code
        module = planning.list_modules(session=s)[0]
        stop = planning.plan_stop(
            session=s,
            team_id=team.id,
            commune_code=commune,
            starts_on=today,
            place="Maison des jeunes",
        ).value
        registered = consent(given_on=min(today, TODAY), collected_by="test")
        people: dict[str, str] = {}
        for first, last, arabic, sex, phone, cin in PEOPLE:
            result = beneficiaries.register_beneficiary(
                session=s,
                data=BeneficiaryInput(
                    first_name=first,
                    last_name=last,
                    sex=sex,
                    name_ar=arabic,
                    phone=phone,
                    cin=cin,
                    commune_code=commune,
                    birth_year=1990,
                ),
                consent=registered,
                team_id=team.id,
                confirm_not_duplicate=True,
                today=TODAY,
            ).value
            people[f"{first} {last}"] = result.beneficiary.id
        earlier = planning.plan_session(
            session=s,
            team_id=team.id,
            module_id=module.id,
            session_date=today - dt.timedelta(days=7),
            start_time=dt.time(9, 0),
            end_time=dt.time(12, 0),
        ).value
        enrolled = list(people.values())[:4]
        planning.enrol(session=s, session_id=earlier.id, beneficiary_ids=enrolled)
        start = dt.time(max(0, NOW.hour - 1), 0)
        end = dt.time(23, 59)
        current = planning.plan_session(
            session=s,
            team_id=team.id,
            module_id=module.id,
            session_date=today,
            start_time=start,
            end_time=end,
            stop_id=stop.id,
            cohort_from_id=earlier.id,
            place="Maison des jeunes",
        ).value
    return Day(
        team_id=team.id,
        coordinator_id=coordinator.id,
        trainer_id=trainer.id,
        session_id=current.id,
        earlier_session_id=earlier.id,
        people=people,
        enrolled=enrolled,
        commune_code=commune,
    )


def make_window(qtbot, db: Database, lang: str = "fr"):  # type: ignore[no-untyped-def]
    """The real main window on `db` (language installed first, like start-up),
    its clock at `NOW`."""
    from app.ui import i18n
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.prefs import Preferences
    from app.ui.tasks import TaskManager

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_language(app, lang)
    tasks = TaskManager(db)
    ctx = AppContext(
        db=db, tasks=tasks, lang=lang, prefs=Preferences(lang=lang), clock=FixedClock()
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def close_window(window) -> None:  # type: ignore[no-untyped-def]
    if window.status is not None:
        window.status.stop()
    if window.idle is not None:
        window.idle.stop()
    window.ctx.tasks.shutdown()
    from app.ui import i18n

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_language(app, "fr")


def log_in(qtbot, window, name: str = "Samira", password: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
    page = window.login_page
    page.select_user(name)
    page.prompt.password.setFocus()
    qtbot.keyClicks(page.prompt.password, password)
    qtbot.keyClick(page.prompt.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.user is not None, timeout=5000)


def wait_idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy, timeout=5000)


def data_dir_of(db: Database) -> Path:
    return db.folder


def attendance_from_today(qtbot, db: Database, lang: str = "fr"):  # type: ignore[no-untyped-def]
    """A logged-in window on the attendance screen of the day's session,
    opened from Today as a trainer does; yields the screen, then closes."""
    window = make_window(qtbot, db, lang)
    log_in(qtbot, window)
    wait_idle(qtbot, window)
    today = window.shell.screen_named("today")
    qtbot.waitUntil(lambda: today.sessions.rowCount() == 1)
    today.start_attendance()
    qtbot.waitUntil(lambda: window.shell.current_name() == "attendance")
    screen = window.shell.screen_named("attendance")
    qtbot.waitUntil(lambda: screen.roster_data is not None)
    wait_idle(qtbot, window)
    yield screen
    close_window(window)
