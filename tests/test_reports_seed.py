"""Small, readable data for the document tests (built through the services
where they exist), plus checks of the data rules behind the documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Attendance, Beneficiary, Consent, TrainingModule
from app.models.ids import attendance_id
from app.services import accounts, planning
from app.services.documents import half_days, mask_cin, mask_phone
from app.services.search import age_band

TANGER = "01.511.01.0"
CHEFCHAOUEN_RURAL = "01.511.05.19"  # Hjar Ennhal

FIRST_NAMES_F = ["Fatima", "Khadija", "Salma", "Nadia", "Imane", "Zineb", "Houda", "Samira"]
FIRST_NAMES_M = ["Mohamed", "Youssef", "Hamza", "Karim", "Omar", "Rachid", "Said", "Anas"]
LAST_NAMES = ["El Amrani", "Benali", "Ouazzani", "Tazi", "El Idrissi", "Chaoui", "Bakkali"]
AR_FIRST = {"Fatima": "فاطمة", "Mohamed": "محمد", "Khadija": "خديجة", "Youssef": "يوسف"}
AR_LAST = {"El Amrani": "العمراني", "Benali": "بنعلي", "Tazi": "التازي"}


def seed_cin(index: int) -> str:
    """CINs whose digits (2-9 but 6) never occur in the seeded phones or dates,
    so a test can look for leaked fragments without false alarms."""
    return "JB" + "".join("2345789"[(index + k) % 7] for k in range(5))


@dataclass(frozen=True)
class Seeded:
    team_id: str
    trainer_id: str
    session_id: str
    second_session_id: str
    beneficiary_ids: list[str]


def add_person(
    s: Session,
    team_id: str,
    index: int,
    *,
    cin: str | None = None,
    name_ar: str | None = None,
    commune: str = TANGER,
    last_name: str | None = None,
) -> str:
    female = index % 2 == 0
    first = (FIRST_NAMES_F if female else FIRST_NAMES_M)[index % 8]
    last = last_name or LAST_NAMES[index % len(LAST_NAMES)]
    if name_ar is None and first in AR_FIRST and last in AR_LAST:
        name_ar = f"{AR_FIRST[first]} {AR_LAST[last]}"
    person = Beneficiary(
        team_id=team_id,
        last_name=last,
        first_name=first,
        name_ar=name_ar,
        sex="F" if female else "M",
        birth_year=1975 + index % 35,
        cin=cin or seed_cin(index),
        phone=f"+2126{10000000 + index:08d}",
        commune_code=commune,
        status="idea",
        sector="crafts" if index % 3 else "agrifood",
        project_stage="idea",
        registered_on=dt.date(2026, 3, 1),
    )
    s.add(person)
    s.flush()
    return person.id


def seed(db: Database, people: int = 12, *, day: dt.date = dt.date(2026, 3, 10)) -> Seeded:
    """One team, a trainer, a stop in Tanger, a full-day session with
    `people` enrolled (two marked present), a second half-day session."""
    with db.session() as s:
        team = accounts.create_team(session=s, name="Bus Tanger-Asilah")
        trainer = accounts.create_user(
            session=s, team_id=team.id, name="Leila Mansouri", role="trainer", password="secret1"
        )
        module_id = s.scalar(select(TrainingModule.id).where(TrainingModule.code == "AE-STATUT"))
        assert module_id is not None
        stop = planning.plan_stop(
            session=s, team_id=team.id, commune_code=TANGER, starts_on=day,
            place="Maison des jeunes Beni Makada",
        ).value
        full_day = planning.plan_session(
            session=s, team_id=team.id, module_id=module_id, session_date=day,
            start_time=dt.time(9, 0), end_time=dt.time(16, 0), stop_id=stop.id,
            trainer_ids=[trainer.id],
        ).value
        ids = [add_person(s, team.id, i) for i in range(people)]
        planning.enrol(session=s, session_id=full_day.id, beneficiary_ids=ids)
        for beneficiary_id in ids[:2]:
            s.add(
                Attendance(
                    id=attendance_id(full_day.id, beneficiary_id), team_id=team.id,
                    session_id=full_day.id, beneficiary_id=beneficiary_id, status="present",
                    hours_attended=7.0,
                )
            )
        s.add(
            Consent(
                team_id=team.id, beneficiary_id=ids[0], notice_version="2026-01",
                given_on=dt.date(2026, 3, 1), collected_by="Leila Mansouri", method="paper",
                photos=True,
            )
        )
        bp = s.scalar(select(TrainingModule.id).where(TrainingModule.code == "BUSINESS-PLAN"))
        assert bp is not None
        second = planning.plan_session(
            session=s, team_id=team.id, module_id=bp, session_date=day + dt.timedelta(days=1),
            start_time=dt.time(9, 30), end_time=dt.time(12, 30), stop_id=stop.id,
            trainer_ids=[trainer.id],
        ).value
        planning.enrol(session=s, session_id=second.id, beneficiary_ids=ids[:1])
        s.add(
            Attendance(
                id=attendance_id(second.id, ids[0]), team_id=team.id, session_id=second.id,
                beneficiary_id=ids[0], status="present", hours_attended=3.0,
            )
        )
        accounts.set_local_team(session=s, team_id=team.id)
    return Seeded(team.id, trainer.id, full_day.id, second.id, ids)


def test_mask_cin_keeps_only_three_characters() -> None:
    assert mask_cin("K123456") == "•••••456"
    assert mask_cin("A12345") == "•••••345"
    # Shorter than any real CIN: showing 3 characters would show most of it.
    assert mask_cin("AB1") == "•••••"
    assert mask_cin("K1234") == "•••••"
    assert mask_cin(None) == ""
    assert sum(c.isalnum() for c in mask_cin("BE987654321")) == 3


def test_mask_phone_keeps_the_prefix_and_the_last_four_digits() -> None:
    assert mask_phone("+212612345678") == "06 •• •• 56 78"
    assert mask_phone("+212712345678") == "07 •• •• 56 78"
    assert mask_phone("+33612345678") == "•• •• •• 56 78"  # not a Moroccan mobile
    assert mask_phone("+2121") == "•• •• •• •• ••"
    assert mask_phone(None) == mask_phone("") == ""


def test_age_band_and_half_days() -> None:
    on = dt.date(2026, 3, 10)
    assert age_band(dt.date(1990, 3, 11), None, on) == "18_35"
    assert age_band(None, 1985, on) == "36_45"
    assert age_band(None, None, on) == "unknown"
    assert half_days(dt.time(9), dt.time(16)) == ("morning", "afternoon")
    assert half_days(dt.time(14), dt.time(17)) == ("afternoon",)


def test_seed_builds_a_session(db: Database) -> None:
    seeded = seed(db, people=4)
    with db.session() as s:
        view = planning.get_session(session=s, session_id=seeded.session_id)
    assert view.expected == 4 and view.present == 2
