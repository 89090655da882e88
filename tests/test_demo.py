"""`caravane demo`: realistic, deterministic demo data, through the CLI."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli.main import main
from app.db import Database
from app.models import (
    Application,
    Attendance,
    Beneficiary,
    Commune,
    Consent,
    SupportDelivered,
    TrainingSession,
    User,
)
from app.services.accounts import authenticate, local_team_id
from app.services.attendance import check_in, roster
from app.services.demo import DemoCancelled, generate_demo
from app.services.exports.domain import export_domain
from app.services.search import search_beneficiaries
from app.services.validation import normalize_cin, normalize_phone

CIN_SHAPE = re.compile(r"^(L|LA|LB|LC|LE|LG|K|KA|KB|R|RA|Z|ZG|BK|AB)[0-9]{5,6}$")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(folder), "demo", "--beneficiaries", "300", "--seed", "1"]) == 0
    return folder


def test_demo_fills_a_realistic_region(demo_dir: Path) -> None:
    db = Database(demo_dir)
    try:
        with db.session() as session:
            people = list(session.scalars(select(Beneficiary)))
            assert len(people) == 300
            women = sum(p.sex == "F" for p in people)
            assert 0.45 < women / 300 < 0.65
            communes = {c.code: c for c in session.scalars(select(Commune))}
            assert all(p.commune_code is not None for p in people)
            assert all(communes[str(p.commune_code)].region_code == "01" for p in people)
            rural = sum(communes[str(p.commune_code)].kind == "rural" for p in people)
            assert rural > 200
            cins = [p.cin for p in people if p.cin]
            assert len(cins) == len(set(cins)) > 200
            assert all(CIN_SHAPE.match(c) and normalize_cin(c) == (c, None) for c in cins)
            phones = [p.phone for p in people if p.phone]
            assert len(phones) == len(set(phones)) > 200
            assert all(normalize_phone(p) == p for p in phones)
            assert sum(bool(p.name_ar) for p in people) > 200
            assert all(p.search_text and p.pending == {"*": ""} for p in people)
            assert all(p.device_id == db.device_id and p.created_hlc == p.hlc for p in people)
            # Every person has consent recorded.
            consents = session.scalar(select(func.count()).select_from(Consent))
            assert consents == 300
            statuses = {
                s for s in session.scalars(select(Attendance.status).distinct())
            }
            assert statuses == {"present", "absent", "excused"}
            carried = session.scalar(
                select(func.count()).where(TrainingSession.cohort_from_id.is_not(None))
            )
            assert carried and carried > 0
            funnel = {
                status: count
                for status, count in session.execute(
                    select(Application.status, func.count()).group_by(Application.status)
                )
            }
            assert sum(funnel.values()) == 238 and funnel["selected"] == 36
            kinds = {
                kind: count
                for kind, count in session.execute(
                    select(SupportDelivered.kind, func.count()).group_by(SupportDelivered.kind)
                )
            }
            assert kinds["equipment"] == 36 and kinds["certificate"] > 0
            # The documented login works (hash made by the accounts service).
            samira = session.scalars(select(User).where(User.name == "Samira Benali")).one()
            assert authenticate(session=session, user_id=samira.id, password="demo1234")
            assert local_team_id(session=session) == samira.team_id
            # The FTS index was filled by its triggers.
            someone = people[0]
            found = search_beneficiaries(session=session, query=someone.last_name[:4])
            assert someone.id in {row.id for row in found}
    finally:
        db.dispose()


def test_same_seed_gives_the_same_data(demo_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "again"
    assert main(["demo", "--data-dir", str(other), "--beneficiaries", "300", "--seed", "1"]) == 0
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"
    assert main(["--data-dir", str(demo_dir), "export", str(first)]) == 0
    assert main(["--data-dir", str(other), "export", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert len(data["tables"]["beneficiary"]) == 300


def test_if_empty_keeps_existing_data_and_a_second_run_refuses(demo_dir: Path) -> None:
    assert main(["--data-dir", str(demo_dir), "demo", "--beneficiaries", "50",
                 "--if-empty"]) == 0
    assert main(["--data-dir", str(demo_dir), "demo", "--beneficiaries", "50"]) == 1
    db = Database(demo_dir)
    try:
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(Beneficiary)) == 300
    finally:
        db.dispose()


def test_demo_dates_follow_today(db: Database) -> None:
    today = dt.date(2026, 6, 1)
    with db.session() as session:
        summary = generate_demo(session=session, beneficiaries=120, seed=7, today=today)
        assert summary.beneficiaries == 120
        registered = list(session.scalars(select(Beneficiary.registered_on)))
        assert max(registered) < today <= min(registered) + dt.timedelta(days=366)
        held = list(
            session.scalars(
                select(TrainingSession.session_date).where(TrainingSession.status == "held")
            )
        )
        planned = list(
            session.scalars(
                select(TrainingSession.session_date).where(
                    TrainingSession.status == "planned"
                )
            )
        )
        assert max(held) < today == min(planned)
        # Today's session expects the latest cohort: a trainer can check them in.
        todays = session.scalars(
            select(TrainingSession).where(
                TrainingSession.session_date == today,
                TrainingSession.cohort_from_id.is_not(None),
            )
        ).one()
        sheet = roster(session=session, session_id=todays.id)
        assert sheet.expected > 0 and sheet.present == 0
        check_in(session=session, session_id=todays.id,
                 beneficiary_id=sheet.rows[0].beneficiary_id)
        assert roster(session=session, session_id=todays.id).present == 1


def test_cancel_leaves_nothing(db: Database) -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return True

    with pytest.raises(DemoCancelled), db.session() as session:
        generate_demo(session=session, beneficiaries=200, seed=3, cancel=cancel)
    assert calls
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Beneficiary)) == 0
        assert session.scalar(select(func.count()).select_from(User)) == 0


def test_progress_reports_people(db: Database) -> None:
    seen: list[tuple[str, int, int]] = []
    with db.session() as session:
        generate_demo(session=session, beneficiaries=80, seed=5,
                      progress=lambda phase, done, total: seen.append((phase, done, total)))
    people = [s for s in seen if s[0] == "people"]
    assert people[-1][1:] == (80, 80)
    assert seen[-1][0] == "done"
    data = None
    with db.session() as session:
        data = export_domain(session=session)
    assert len(data["tables"]["beneficiary"]) == 80
