"""The server checks what pushed values mean (issue 8, finding 4), with the
rules the laptop's services use; users, roles and password hashes are the
server's; scrypt parameters are bounded.  Real laptops, a real server
(SQLite and PostgreSQL), and pushes forged by hand as a hostile laptop would
send them."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from sqlalchemy import select

from app.cli.main import main
from app.core.errors import AuthError
from app.db import Database
from app.laptop_sync import client, refusals
from app.models import Attendance, Beneficiary, TrainingModule, TrainingSession, User
from app.models.ids import attendance_id, new_id
from app.rules import passwords
from app.services import accounts, attendance, beneficiaries, planning
from app.services.beneficiaries import BeneficiaryInput, ConsentInput
from app.sync.wire import CODECS, PROTOCOL_HEADER, PROTOCOL_VERSION
from server import admin
from tests.sync_helpers import Cluster, new_team, token_of

pytest_plugins = ["tests.sync_helpers"]  # the live_server and cluster fixtures

TODAY = dt.date(2026, 3, 2)
CONSENT = ConsentInput(
    notice_version="2026-01", given_on=TODAY, collected_by="Amina", method="paper"
)


# ---------------------------------------------------------------- helpers




def push(url: str, laptop: Database, groups: list[dict[str, Any]]) -> dict[str, Any]:
    """One batch, forged by hand; returns the acknowledgement."""
    answer = httpx.post(
        url + "/v1/sync",
        content=orjson.dumps({"cursor": 0, "batch": {"id": new_id(), "tables": groups}}),
        headers={"Authorization": f"Bearer {token_of(laptop)}",
                 "Content-Type": "application/json", PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
    )
    assert answer.status_code == 200, answer.text
    ack: dict[str, Any] = answer.json()["ack"]
    return ack


def delta(laptop: Database, table: str, row_id: str, **values: Any) -> dict[str, Any]:
    """Changed fields of a known row, stamped with the laptop's own clock."""
    hlc = laptop.clock.tick()
    return {"t": table, "f": list(values), "n": 0, "r": [[row_id, hlc, hlc, *values.values()]]}


def whole(laptop: Database, table: str, row_id: str, **values: Any) -> dict[str, Any]:
    """A new row (unnamed fields null, not deleted), stamped with the laptop's clock."""
    fields = list(CODECS[table].fields)
    cells: dict[str, Any] = dict.fromkeys(fields)
    cells["deleted"] = False
    cells.update(values)
    return {"t": table, "f": fields, "n": 1,
            "r": [[row_id, 0, laptop.clock.tick(), 0, ""] + [cells[f] for f in fields]]}


def server_row(cluster: Cluster, table: str, row_id: str) -> dict[str, Any]:
    codec = CODECS[table]
    with cluster.server.session() as session:
        row = session.execute(select(codec.table).where(codec.table.c.id == row_id)).mappings().one()
        return {f: codec.encode(f, row[f]) for f in codec.fields}


class Team:
    """A team with a laptop, a session, two people, an attendance and a
    user the officer created; and another team's person and user."""

    def __init__(self, live_server: Any, tmp_path: Path) -> None:
        server = live_server.db
        self.cluster = Cluster(server, live_server.url, new_team(server))
        self.url = live_server.url
        team = self.cluster.team_id
        self.officer_user = admin.add_user(
            server, team=team, name="Amina Officielle", role="trainer", password="mot-de-passe-1"
        ).id
        self.laptop = self.cluster.laptop(tmp_path / "a")
        with self.laptop.session() as session:
            module = session.scalars(select(TrainingModule).order_by(TrainingModule.code)).first()
            assert module is not None
            self.training = planning.plan_session(
                session=session, team_id=team, module_id=module.id, session_date=TODAY,
                start_time=dt.time(9), end_time=dt.time(12),
            ).value.id
            self.person, self.other_person = (
                beneficiaries.register_beneficiary(
                    session=session,
                    data=BeneficiaryInput(first_name=first, last_name="Alaoui", sex="F"),
                    consent=CONSENT, team_id=team, today=TODAY, confirm_not_duplicate=True,
                ).value.beneficiary.id
                for first in ("Fatima", "Khadija")
            )
            attendance.check_in(session=session, session_id=self.training,
                                beneficiary_id=self.person)
        self.attendance = attendance_id(self.training, self.person)
        client.sync(self.laptop)
        red = Cluster(server, live_server.url, new_team(server, "Bus rouge"))
        self.red_user = admin.add_user(
            server, team=red.team_id, name="Rouge", role="trainer", password="rouge-123"
        ).id
        red_laptop = red.laptop(tmp_path / "red")
        with red_laptop.session() as session:
            self.red_person = beneficiaries.register_beneficiary(
                session=session, data=BeneficiaryInput(first_name="R", last_name="Rouge", sex="M"),
                consent=CONSENT, team_id=red.team_id, today=TODAY, confirm_not_duplicate=True,
            ).value.beneficiary.id
        client.sync(red_laptop)


@pytest.fixture
def team(live_server: Any, tmp_path: Path) -> Team:
    return Team(live_server, tmp_path)


@pytest.fixture(scope="module")
def refusing_team(live_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Team:
    """One team for the refused values: a refusal changes nothing, so they
    can share it (each also writes one good value, which is harmless)."""
    return Team(live_server, tmp_path_factory.mktemp("refusing"))


# The values of finding 4, and their kin: (table, row, field, value, reason).
BAD_VALUES = [
    ("beneficiary", "person", "sex", "Z", "invalid_choice:sex"),
    ("beneficiary", "person", "status", "bogus_status", "invalid_choice:status"),
    ("beneficiary", "person", "prior_support", [None, {"x": 1}], "bad_shape:prior_support"),
    ("beneficiary", "person", "prior_support", ["indh", "indh"], "bad_shape:prior_support"),
    ("beneficiary", "person", "prior_support", ["martian_aid"], "invalid_choice:prior_support"),
    ("beneficiary", "person", "registered_on", "9999-12-31", "date_future:registered_on"),
    ("beneficiary", "person", "birth_date", "1850-01-01", "birth_date_implausible:birth_date"),
    ("beneficiary", "person", "merged_into_id", "person", "self_reference:merged_into_id"),
    ("beneficiary", "person", "merged_into_id", "red_person", "other_team:merged_into_id"),
    ("beneficiary", "person", "commune_code", "99.999", "unknown_commune:commune_code"),
    ("beneficiary", "person", "phone", "0612345678", "not_normalized:phone"),
    ("beneficiary", "person", "first_name", "  ", "required:first_name"),
    ("attendance", "attendance", "hours_attended", 1e15, "out_of_range:hours_attended"),
    ("attendance", "attendance", "hours_attended", -1.0, "out_of_range:hours_attended"),
    ("attendance", "attendance", "beneficiary_id", "other_person", "id_mismatch:id"),
    ("training_session", "training", "trainer_ids", [{"evil": True}], "bad_shape:trainer_ids"),
    ("training_session", "training", "trainer_ids", ["red_user"], "other_team:trainer_ids"),
    ("training_session", "training", "capacity", -5, "must_be_positive:capacity"),
    ("training_session", "training", "status", "bogus", "invalid_choice:status"),
    ("training_session", "training", "session_date", "2999-01-01", "date_too_far:session_date"),
    ("app_user", "officer_user", "role", "superadmin", "invalid_choice:role"),
]


def _resolve(team: Team, value: Any) -> Any:
    """Row names in BAD_VALUES stand for the fixture's ids."""
    if isinstance(value, str) and hasattr(team, value):
        return getattr(team, value)
    if isinstance(value, list):
        return [_resolve(team, v) for v in value]
    return value


@pytest.mark.parametrize(("table", "row", "field", "value", "reason"), BAD_VALUES,
                         ids=[f"{t}.{f}={v!r}"[:60] for t, _, f, v, _ in BAD_VALUES])
def test_a_value_that_means_nothing_is_refused_and_changes_nothing(
    refusing_team: Team, table: str, row: str, field: str, value: Any, reason: str
) -> None:
    team = refusing_team
    row_id = getattr(team, row)
    before = server_row(team.cluster, table, row_id)
    neighbour = server_row(team.cluster, "beneficiary", team.other_person)
    ack = push(team.url, team.laptop, [
        delta(team.laptop, table, row_id, **{field: _resolve(team, value)}),
        delta(team.laptop, "beneficiary", team.other_person, notes="vue le 2 mars"),
    ])
    assert ack["rejected"] == [[table, row_id, reason]]
    assert server_row(team.cluster, table, row_id) == before  # changed nothing
    # ... and never blocked the rest of the batch.
    assert server_row(team.cluster, "beneficiary", team.other_person) == {
        **neighbour, "notes": "vue le 2 mars"
    }
    client.sync(team.laptop)  # nor later syncs


@pytest.mark.parametrize(
    ("times", "reason"),
    [
        ({"break_start": "13:00:00", "break_end": "12:30:00"},
         "break_ends_before_start:break_end"),
        ({"start_time": "09:00:00", "end_time": "12:00:00", "break_start": "08:00:00",
          "break_end": "08:30:00"}, "break_outside_session:break_start"),
    ],
)
def test_a_break_outside_its_session_is_refused(
    refusing_team: Team, times: dict[str, str], reason: str
) -> None:
    """The server checks a session's break with the rule the planning service uses."""
    team = refusing_team
    before = server_row(team.cluster, "training_session", team.training)
    ack = push(team.url, team.laptop, [delta(team.laptop, "training_session", team.training,
                                            **times)])
    assert ack["rejected"] == [["training_session", team.training, reason]]
    assert server_row(team.cluster, "training_session", team.training) == before


def test_other_laptops_still_print_after_a_hostile_push(team: Team, tmp_path: Path) -> None:
    """Stored, these values made the other laptops fail to print (TypeError:
    unhashable type: 'dict')."""
    groups = [
        delta(team.laptop, table, getattr(team, row), **{field: _resolve(team, value)})
        for table, row, field, value, _ in BAD_VALUES
        # One value per field; an unknown commune the database would refuse.
        if field not in ("prior_support", "commune_code")
    ]
    by_row: dict[tuple[str, str], dict[str, Any]] = {}
    for group in groups:  # one group per row (a batch names a row once)
        key = (group["t"], group["r"][0][0])
        merged = by_row.setdefault(key, {"t": group["t"], "f": [], "n": 0,
                                         "r": [[key[1], group["r"][0][1], group["r"][0][2]]]})
        if group["f"][0] not in merged["f"]:
            merged["f"].append(group["f"][0])
            merged["r"][0].append(group["r"][0][3])
    ack = push(team.url, team.laptop, list(by_row.values()))
    other = team.cluster.laptop(tmp_path / "b")
    client.sync(other)
    sheet, record = tmp_path / "sheet.pdf", tmp_path / "record.pdf"
    data = ["--data-dir", str(other.folder)]
    assert main(["print", "attendance-sheet", team.training, str(sheet), *data]) == 0
    assert main(["print", "record", team.person, str(record), *data]) == 0
    assert sheet.read_bytes().startswith(b"%PDF") and record.read_bytes().startswith(b"%PDF")
    assert len(ack["rejected"]) == len(by_row)
    with other.session() as session:
        training = session.get(TrainingSession, team.training)
        assert training is not None and training.trainer_ids == [] and training.capacity is None
        person = session.get(Beneficiary, team.person)
        assert person is not None and (person.sex, person.merged_into_id) == ("F", None)
        mark = session.get(Attendance, team.attendance)
        assert mark is not None and mark.hours_attended == 3.0


def test_the_laptop_counts_and_shows_what_was_refused(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    """A row refused by the server leaves the outbox; the reason stays on the
    laptop (sync report, LocalState, `caravane sync`)."""
    with team.laptop.session() as session:
        row = session.get(Beneficiary, team.person)
        assert row is not None
        row.sex = "Z"  # below the services, as an old or damaged laptop would
    report = client.sync(team.laptop)
    assert report.rejected == 1
    assert [(r.table, r.row_id, r.code, r.field) for r in report.refused] == [
        ("beneficiary", team.person, "invalid_choice", "sex")
    ]
    with team.laptop.session() as session:
        remembered = refusals.list_refusals(session)
        assert [r.reason for r in remembered] == ["invalid_choice:sex"]
    assert server_row(team.cluster, "beneficiary", team.person)["sex"] == "F"
    with team.laptop.session() as session:
        session.get(Beneficiary, team.person).phone = "0612345678"  # type: ignore[union-attr]
    assert main(["sync", "--data-dir", str(team.laptop.folder)]) == 0
    out = capsys.readouterr().out
    assert "1 modification(s) refusée(s) par le serveur" in out
    assert f"beneficiary {team.person}, champ phone (not_normalized)" in out


def test_what_the_services_write_the_server_accepts(team: Team) -> None:
    """The laptop's own writes and the server's checks use one set of rules:
    every kind of row the services write goes through untouched."""
    with team.laptop.session() as session:
        beneficiaries.update_beneficiary(
            session=session, beneficiary_id=team.person,
            data=BeneficiaryInput(
                first_name="Fatima-Zahra", last_name="Alaoui", sex="F", phone="06 12 34 56 78",
                cin="k 123456", birth_date=dt.date(1990, 5, 4), commune_code=None,
                prior_support=("indh", "forsa", "indh"), status="tpe", sector="crafts",
            ),
            today=TODAY,
        )
        planning.update_session(session=session, session_id=team.training, capacity=30,
                                trainer_ids=[team.officer_user])
        attendance.set_presence_times(
            session=session, session_id=team.training, beneficiary_id=team.person,
            arrived_at=dt.time(9, 30), left_at=dt.time(11, 45),
        )
        beneficiaries.merge_beneficiaries(
            session=session, keep_id=team.person, merge_id=team.other_person
        )
    report = client.sync(team.laptop)
    assert (report.rejected, report.refused) == (0, ())


# ---------------------------------------------------------------- users and roles


def test_no_laptop_changes_a_users_role_or_password(team: Team, tmp_path: Path) -> None:
    laptop = team.laptop
    with laptop.session() as session:  # through the services, as on the laptop
        accounts.set_password(session=session, user_id=team.officer_user, password="pirate-123")
    report = client.sync(laptop)
    assert [r.reason for r in report.refused] == ["server_managed:password_hash"]
    stolen_hash = accounts.hash_password("pirate-456")
    ack = push(team.url, laptop, [
        delta(laptop, "app_user", team.officer_user, role="coordinator", password_hash=stolen_hash)
    ])
    assert ack["rejected"] == [["app_user", team.officer_user, "server_managed:role"]]
    ack = push(team.url, laptop, [delta(laptop, "app_user", team.officer_user, active=False)])
    assert ack["rejected"] == [["app_user", team.officer_user, "server_managed:active"]]
    row = server_row(team.cluster, "app_user", team.officer_user)
    assert (row["role"], row["active"]) == ("trainer", True)
    other = team.cluster.laptop(tmp_path / "b")
    client.sync(other)
    with other.session() as session:
        assert accounts.authenticate(
            session=session, user_id=team.officer_user, password="mot-de-passe-1"
        )
        for wrong in ("pirate-123", "pirate-456"):
            with pytest.raises(AuthError):
                accounts.authenticate(session=session, user_id=team.officer_user, password=wrong)


def test_users_come_from_the_ccis_once_a_laptop_has_joined(team: Team) -> None:
    with team.laptop.session() as session:
        late = accounts.create_user(
            session=session, team_id=team.cluster.team_id, name="Nouveau", role="coordinator",
            password="nouveau-1",
        ).id
    report = client.sync(team.laptop)
    assert [(r.row_id, r.reason) for r in report.refused] == [(late, "server_managed:id")]
    with team.cluster.server.session() as session:
        assert session.get(User, late) is None


def test_a_laptop_started_offline_brings_its_first_coordinator(
    live_server: Any, tmp_path: Path
) -> None:
    """Offline first start: a local team and its coordinator, before any
    enrolment; at enrolment they join the server's team and reach the others."""
    server = live_server.db
    cluster = Cluster(server, live_server.url, new_team(server))
    early = Database(tmp_path / "early")
    with early.session() as session:
        local = accounts.create_team(session=session, name="Notre bus")
        accounts.set_local_team(session=session, team_id=local.id)
        first = accounts.create_user(
            session=session, team_id=local.id, name="Première coordinatrice",
            role="coordinator", password="premiere-1",
        ).id
    client.join_server(early, live_server.url, cluster.code(), device_name="early")
    assert client.sync(early).refused == ()
    other = cluster.laptop(tmp_path / "other")
    client.sync(other)
    with other.session() as session:
        user = accounts.authenticate(session=session, user_id=first, password="premiere-1")
        assert (user.role, user.team_id) == ("coordinator", cluster.team_id)


# ---------------------------------------------------------------- scrypt bounds


def _hash(n: int, r: int, p: int, salt: bytes = b"s" * 16, digest: bytes = b"d" * 32) -> str:
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


@pytest.mark.parametrize(
    "stored",
    [
        _hash(2**14, 8, 200),  # the finding: one login took 8 s
        _hash(2**20, 8, 1),  # 1 GiB of memory
        _hash(2**14, 64, 1),
        _hash(2**14 + 1, 8, 1),  # not a power of two
        _hash(2**4, 8, 1),  # too cheap to protect anything
        _hash(2**16, 8, 1),  # 64 MiB
        _hash(2**14, 8, 4),  # four times today's cost
        _hash(2**14, 8, 1, salt=b"s"),
        _hash(2**14, 8, 1, digest=b"d" * 200),
        "scrypt$16384$8$1$zz$00",
        "scrypt$16384$8$1",
        "pbkdf2$16384$8$1$" + "00" * 16 + "$" + "00" * 32,
        "scrypt$0016384$8$1$" + "00" * 16 + "$" + "00" * 32,
        "",
    ],
)
def test_out_of_bound_hashes_are_refused_before_any_hashing(
    stored: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert passwords.parse_hash(stored) is None
    derived: list[dict[str, int]] = []
    real = hashlib.scrypt

    def counting(*args: Any, **kwargs: Any) -> bytes:
        derived.append({k: kwargs[k] for k in ("n", "r", "p")})
        return real(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counting)
    assert accounts.verify_password("anything", stored) is False
    assert derived == []


def test_todays_hashes_and_their_bounds_verify() -> None:
    stored = accounts.hash_password("correct horse")
    parsed = passwords.parse_hash(stored)
    assert parsed is not None and (parsed.n, parsed.r, parsed.p) == (2**14, 8, 1)
    assert accounts.verify_password("correct horse", stored)
    assert not accounts.verify_password("wrong horse", stored)
    # The most the bounds allow: 16 MiB of memory, twice today's work.
    assert passwords.parse_hash(_hash(2**15, 4, 1)) is not None
    assert passwords.parse_hash(_hash(2**14, 8, 2)) is not None
    assert passwords.parse_hash(_hash(2**16, 2, 2)) is not None


def test_a_login_against_a_pushed_costly_hash_is_refused(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as session:
        team_id = accounts.create_team(session=session, name="Bus").id
        user = accounts.create_user(session=session, team_id=team_id, name="Amina",
                                    role="trainer", password="secret-1").id
        session.get(User, user).password_hash = _hash(2**14, 8, 200)  # type: ignore[union-attr]
    monkeypatch.setattr(hashlib, "scrypt", _never_called)
    with db.session() as session, pytest.raises(AuthError):
        accounts.authenticate(session=session, user_id=user, password="secret-1")


def _never_called(*args: Any, **kwargs: Any) -> bytes:
    raise AssertionError("an out-of-bound hash was derived")


def test_a_pushed_costly_hash_is_refused(team: Team) -> None:
    group = whole(team.laptop, "app_user", new_id(), team_id=team.cluster.team_id,
                  name="Coûteux", role="trainer", password_hash=_hash(2**14, 8, 200), active=True)
    ack = push(team.url, team.laptop, [group])
    assert [r[2] for r in ack["rejected"]] == ["bad_password_hash:password_hash"]


def test_a_demo_laptop_is_accepted_whole(live_server: Any, tmp_path: Path) -> None:
    """Every kind of row the application makes, in bulk (`caravane demo`,
    its users made before enrolment): the server refuses none of it."""
    folder = tmp_path / "demo"
    assert main(["--data-dir", str(folder), "demo", "--beneficiaries", "120", "--seed", "3"]) == 0
    cluster = Cluster(live_server.db, live_server.url, new_team(live_server.db))
    laptop = Database(folder)
    client.join_server(laptop, live_server.url, cluster.code(), device_name="demo")
    report = client.sync(laptop)
    assert report.pushed > 500
    assert (report.rejected, report.refused) == (0, ())
    laptop.dispose()


def test_the_quick_phone_check_agrees_with_the_library() -> None:
    """Stored phones are checked against the library's own mobile pattern
    (fast); every Moroccan prefix gives the same answer as a full parse."""
    from app.rules.fields import check_stored_phone, phone_e164

    for prefix in range(500, 800):
        for tail in ("000000", "123456", "999999"):
            phone = f"+212{prefix}{tail}"
            full, problem = phone_e164(phone)
            assert (check_stored_phone(phone) is None) == (problem is None and full == phone)
