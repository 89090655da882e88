"""Laptops and a real server (uvicorn on a real port, SQLite and PostgreSQL):
offline edits everywhere, syncs in different orders, every database equal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from app.cli.main import main
from app.core.changes import Topic
from app.db import Database
from app.laptop_sync import client, conflicts, refusals, status
from app.laptop_sync.errors import SyncCancelled
from app.models import Attendance, Beneficiary, Conflict, TrainingModule, User
from app.services import accounts, attendance, beneficiaries, planning
from app.services.beneficiaries import BeneficiaryInput, ConsentInput
from app.services.exports.domain import export_domain
from server import admin
from server.db import ServerDatabase
from tests.sync_helpers import (
    Cluster,
    server_snapshot,
)

CONSENT = ConsentInput(
    notice_version="2026-01", given_on=dt.date(2026, 3, 2), collected_by="Amina", method="paper"
)


def register(db: Database, team_id: str, first: str, last: str, **extra: object) -> str:
    with db.session() as session:
        result = beneficiaries.register_beneficiary(
            session=session,
            data=BeneficiaryInput(first_name=first, last_name=last, sex="F", **extra),  # type: ignore[arg-type]
            consent=CONSENT,
            team_id=team_id,
            today=dt.date(2026, 3, 2),
            confirm_not_duplicate=True,
        ).value
        return result.beneficiary.id


def plan(db: Database, team_id: str) -> str:
    with db.session() as session:
        module = session.scalars(select(TrainingModule).order_by(TrainingModule.code)).first()
        assert module is not None
        view = planning.plan_session(
            session=session,
            team_id=team_id,
            module_id=module.id,
            session_date=dt.date(2026, 3, 3),
            start_time=dt.time(9),
            end_time=dt.time(12),
        ).value
        return view.id


def sync_all(*laptops: Database, rounds: int = 2) -> None:
    for _ in range(rounds):
        for laptop in laptops:
            client.sync(laptop)


def exports(*laptops: Database) -> list[dict[str, object]]:
    result = []
    for laptop in laptops:
        with laptop.session() as session:
            result.append(export_domain(session=session))
    return result


def assert_converged(c: Cluster, *laptops: Database) -> None:
    dumps = exports(*laptops)
    for other in dumps[1:]:
        assert other == dumps[0]
    from tests.sync_helpers import laptop_rows

    assert laptop_rows(laptops[0]) == server_snapshot(c.server, c.team_id)


def person(db: Database, person_id: str) -> Beneficiary:
    with db.session() as session:
        row = session.get(Beneficiary, person_id)
        assert row is not None
        return row


def test_three_laptops_edit_offline_and_converge(cluster: Cluster, tmp_path: Path) -> None:
    a, b, c = (cluster.laptop(tmp_path / n) for n in ("a", "b", "c"))
    team = cluster.team_id
    fatima = register(a, team, "Fatima", "Alaoui", phone="0612345678")
    leaving = register(a, team, "Omar", "Bennani")
    training = plan(a, team)
    sync_all(a, b, c, rounds=1)

    # Offline, on three laptops.
    with b.session() as session:
        row = session.get(Beneficiary, fatima)
        assert row is not None
        row.douar = "Douar Laachach"  # B: one field
        row.notes = "vue par B"  # A and B: the same field
    with c.session() as session:
        row = session.get(Beneficiary, fatima)
        assert row is not None
        row.sector = "crafts"  # C: another field
        session.get(Beneficiary, leaving).deleted = True  # type: ignore[union-attr]
    with a.session() as session:
        row = session.get(Beneficiary, fatima)
        assert row is not None
        row.notes = "vue par A"
    for laptop in (a, c):  # the same person checked in on two laptops
        with laptop.session() as session:
            attendance.check_in(session=session, session_id=training, beneficiary_id=fatima)

    # Sync in an unusual order, twice round.
    for laptop in (c, b, a, b, c, a, c):
        client.sync(laptop)

    assert_converged(cluster, a, b, c)
    final = person(b, fatima)
    assert (final.douar, final.sector) == ("Douar Laachach", "crafts")
    assert final.notes in ("vue par A", "vue par B")
    assert person(a, leaving).deleted
    for laptop in (a, b, c):
        with laptop.session() as session:
            count = session.scalar(
                select(func.count()).select_from(Attendance).where(Attendance.session_id == training)
            )
            assert count == 1
            waiting = conflicts.list_conflicts(session=session)
        assert [(w.field, w.kept_value) for w in waiting] == [("notes", final.notes)]
        assert {waiting[0].kept_value, waiting[0].lost_value} == {"vue par A", "vue par B"}
        assert status.sync_status(laptop).conflicts_waiting == 1

    # Restoring the losing value is itself a synced change.
    with c.session() as session:
        resolved = conflicts.resolve_conflict(
            session=session, conflict_id=waiting[0].id, action="restore"
        )
    assert resolved.value.resolution == "restored"
    assert resolved.changes.concerns([Topic.BENEFICIARY])  # the row got its value back
    sync_all(c, a, b)
    assert_converged(cluster, a, b, c)
    assert person(a, fatima).notes == waiting[0].lost_value
    assert status.sync_status(a).conflicts_waiting == 0


def test_a_session_with_a_break_and_its_hours_sync_both_ways(
    cluster: Cluster, tmp_path: Path
) -> None:
    """Sessions' breaks travel (protocol 3) and the server accepts them; a
    break changed on the other laptop comes back with the hours it gave."""
    a, b = cluster.laptop(tmp_path / "a"), cluster.laptop(tmp_path / "b")
    team = cluster.team_id
    fatima = register(a, team, "Fatima", "Alaoui")
    with a.session() as session:
        module = session.scalars(select(TrainingModule).order_by(TrainingModule.code)).first()
        assert module is not None
        day = planning.plan_session(
            session=session, team_id=team, module_id=module.id,
            session_date=dt.date(2026, 3, 3), start_time=dt.time(9), end_time=dt.time(17),
            break_start=dt.time(12, 30), break_end=dt.time(13, 30),
        ).value.id
        attendance.check_in(session=session, session_id=day, beneficiary_id=fatima)
    sync_all(a, b)
    with b.session() as session:
        seen = planning.get_session(session=session, session_id=day)
        assert (seen.break_start, seen.break_end, seen.planned_hours) == (
            dt.time(12, 30), dt.time(13, 30), 7.0,
        )
        mark = attendance.get_attendance(session=session, session_id=day, beneficiary_id=fatima)
        assert mark is not None and mark.hours_attended == 7.0
        planning.update_session(
            session=session, session_id=day, break_start=dt.time(12), break_end=dt.time(14)
        )
    sync_all(b, a)
    with a.session() as session:
        back = planning.get_session(session=session, session_id=day)
        assert (back.break_start, back.break_end, back.planned_hours) == (
            dt.time(12), dt.time(14), 6.0,
        )
        mark = attendance.get_attendance(session=session, session_id=day, beneficiary_id=fatima)
        assert mark is not None and mark.hours_attended == 6.0
    for laptop in (a, b):  # the server refused nothing
        with laptop.session() as session:
            assert refusals.list_refusals(session) == []
    assert_converged(cluster, a, b)


def test_a_sequential_overwrite_is_not_a_conflict(cluster: Cluster, tmp_path: Path) -> None:
    a, b = cluster.laptop(tmp_path / "a"), cluster.laptop(tmp_path / "b")
    pid = register(a, cluster.team_id, "Khadija", "Tazi")
    sync_all(a, b, rounds=1)
    for laptop, value in ((b, "first"), (a, "second"), (b, "third")):
        client.sync(laptop)
        with laptop.session() as session:
            session.get(Beneficiary, pid).notes = value  # type: ignore[union-attr]
        client.sync(laptop)
    sync_all(a, b)
    assert person(a, pid).notes == "third"
    with a.session() as session:
        assert session.scalar(select(func.count()).select_from(Conflict)) == 0
    assert_converged(cluster, a, b)


def test_duplicate_person_merge_repoints_attendance_everywhere(
    cluster: Cluster, tmp_path: Path
) -> None:
    a, b = cluster.laptop(tmp_path / "a"), cluster.laptop(tmp_path / "b")
    team = cluster.team_id
    training = plan(a, team)
    sync_all(a, b, rounds=1)
    first = register(a, team, "Mohamed", "Amrani", cin="K123456")
    second = register(b, team, "Mohammed", "Amrani", cin="K123456")
    with b.session() as session:
        attendance.check_in(session=session, session_id=training, beneficiary_id=second)
    sync_all(a, b)
    with a.session() as session:
        candidates = beneficiaries.find_duplicates(
            session=session,
            data=BeneficiaryInput(first_name="Mohamed", last_name="Amrani", sex="F", cin="K123456"),
            exclude_id=first,
        )
        assert second in [c.row.id for c in candidates]
        beneficiaries.merge_beneficiaries(session=session, keep_id=first, merge_id=second)
    sync_all(a, b)
    assert_converged(cluster, a, b)
    with b.session() as session:
        merged = session.get(Beneficiary, second)
        assert merged is not None and merged.deleted and merged.merged_into_id == first
        live = session.scalars(
            select(Attendance).where(
                Attendance.session_id == training, Attendance.deleted.is_(False)
            )
        ).all()
        assert [row.beneficiary_id for row in live] == [first]


def test_joining_brings_the_local_team_and_meets_the_server_users(
    live_server: object, tmp_path: Path
) -> None:
    server: ServerDatabase = live_server.db  # type: ignore[attr-defined]
    url: str = live_server.url  # type: ignore[attr-defined]
    team = admin.create_team(server, f"Bus Chefchaouen {tmp_path.name[-6:]}").id
    amina_server = admin.add_user(
        server, team=team, name="Amina Idrissi", role="coordinator", password="secret-1"
    ).id
    # A laptop that started before the CCIS set it up.
    early = Database(tmp_path / "early")
    with early.session() as session:
        local = accounts.create_team(session=session, name="Notre bus")
        accounts.set_local_team(session=session, team_id=local.id)
        amina_local = accounts.create_user(
            session=session, team_id=local.id, name="amina idrissi", role="coordinator",
            password="local-pass",
        ).id
        karim = accounts.create_user(
            session=session, team_id=local.id, name="Karim", role="trainer", password="karim-pass"
        ).id
    pid = register(early, local.id, "Salma", "Ouazzani")
    with early.session() as session:
        session.get(Beneficiary, pid).registered_by = amina_local  # type: ignore[union-attr]

    cluster = Cluster(server, url, team)
    report = client.join_server(early, url, cluster.code(), device_name="early")
    assert report.users_merged == 1
    client.sync(early)
    other = cluster.laptop(tmp_path / "other")
    client.sync(other)
    sync_all(early, other)
    assert_converged(cluster, early, other)
    with other.session() as session:
        assert accounts.local_team_id(session=session) == team
        users = {u.name: u.id for u in accounts.list_users(session=session, team_id=team)}
        assert users == {"Amina Idrissi": amina_server, "Karim": karim}
        moved = session.get(Beneficiary, pid)
        assert moved is not None and moved.team_id == team
        assert moved.registered_by == amina_server
        # Offline login with the password set on the server.
        assert accounts.authenticate(session=session, user_id=amina_server, password="secret-1")
        assert session.scalar(select(func.count()).select_from(User).where(User.deleted.is_(False))) == 2
    with early.session() as session:
        assert accounts.local_team_id(session=session) == team


def test_no_change_sync_is_one_round_trip(cluster: Cluster, tmp_path: Path) -> None:
    a = cluster.laptop(tmp_path / "a")
    register(a, cluster.team_id, "Nadia", "Bakkali")
    client.sync(a)
    report = client.sync(a)
    assert (report.requests, report.pushed, report.pulled) == (1, 0, 0)


def test_row_edited_while_its_batch_is_in_flight_stays_pending(
    cluster: Cluster, tmp_path: Path
) -> None:
    a, b = cluster.laptop(tmp_path / "a"), cluster.laptop(tmp_path / "b")
    pid = register(a, cluster.team_id, "Hafsa", "Chraibi")
    client.sync(a)

    class EditWhileSending(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = super().handle_request(request)
            if request.url.path == "/v1/sync" and not edited:
                edited.append(True)  # the trainer types while the batch travels
                with a.session() as session:
                    session.get(Beneficiary, pid).douar = "Douar Tazrout"  # type: ignore[union-attr]
            return response

    edited: list[bool] = []
    with a.session() as session:
        session.get(Beneficiary, pid).notes = "avant"  # type: ignore[union-attr]
    with httpx.Client(transport=EditWhileSending()) as http, pytest.raises(SyncCancelled):
        client.sync(a, http=http, cancel=lambda: bool(edited))
    row = person(a, pid)
    assert row.pending is not None and set(row.pending) == {"douar"}
    client.sync(a)
    client.sync(b)
    assert (person(b, pid).notes, person(b, pid).douar) == ("avant", "Douar Tazrout")
    with b.session() as session:
        assert session.scalar(select(func.count()).select_from(Conflict)) == 0


def test_cli_enroll_sync_and_plain_failures(
    cluster: Cluster, tmp_path: Path, capsys: object
) -> None:
    folder = str(tmp_path / "cli")
    assert main(["--data-dir", folder, "enroll", "--server", cluster.url, "--code", cluster.code()]) == 0
    assert main(["--data-dir", folder, "sync"]) == 0
    # No network: the server does not answer.
    assert main(["--data-dir", folder, "sync", "--server", "http://127.0.0.1:9"]) == 1
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert "ne répond pas" in err
    # Revoked: refused, said plainly, local data kept.
    db = Database(tmp_path / "cli")
    register(db, cluster.team_id, "Zineb", "Fassi")
    admin.revoke_device(cluster.server, db.device_id)
    assert main(["--data-dir", folder, "sync"]) == 2
    assert "révoqué" in capsys.readouterr().err  # type: ignore[attr-defined]
    state = status.sync_status(db)
    assert state.revoked and state.pending_changes >= 1
    assert main(["--data-dir", folder, "bundle", "export", str(tmp_path / "b.caravane")]) == 0
