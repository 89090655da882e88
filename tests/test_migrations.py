"""One migration history for both databases (app/migrations): a laptop and
a server upgraded to their heads match the models and each other, every
step keeps the data already there, and the databases of today — made by the
two chains that came before (tests/legacy_migrations) — upgrade with their
data intact, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, inspect, text

from app import migrations, paths
from app.db import Database, upgrade
from app.db import alembic_config as laptop_config
from app.models import Base
from server.db import ServerDatabase, make_engine
from server.db import alembic_config as server_config
from server.models import ServerBase
from tests import legacy_migrations
from tests.sync_helpers import BACKENDS, database_url

FTS_TABLE = migrations.FTS_PREFIX
SERVER_ONLY = {
    "admin_audit", "enrolment_code", "push_receipt", "server_device", "sync_counter",
    "console_officer", "console_session", "console_login_failure", "server_secret",
}
LEGACY_LAPTOP = ["0001", "0002", "0003", "0004", "0005", "0006"]
LEGACY_SERVER = ["s0001", "s0002", "s0003", "s0004", "s0005"]


def _engine(path: Path) -> Engine:
    return create_engine(f"sqlite:///{path}")


def _laptop_heads() -> set[str]:
    return migrations.heads(laptop_config("sqlite://"))


def _server_heads() -> set[str]:
    return migrations.heads(server_config("sqlite://"))


def _stamps(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return sorted(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())


def _schema(connection: Connection) -> dict[str, Any]:
    """Every table as reflected: columns, keys, indexes (and on SQLite the
    raw SQL of virtual tables and triggers), to compare two databases."""
    inspector = inspect(connection)
    found: dict[str, Any] = {}
    for table in sorted(inspector.get_table_names()):
        if table == "alembic_version":
            continue
        found[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], str(c["default"]))
                for c in inspector.get_columns(table)
            ],
            "pk": inspector.get_pk_constraint(table)["constrained_columns"],
            "fks": sorted(
                (fk["name"], fk["constrained_columns"], fk["referred_table"],
                 fk["referred_columns"])
                for fk in inspector.get_foreign_keys(table)
            ),
            "indexes": sorted(
                (ix["name"], ix["column_names"], bool(ix["unique"]),
                 sorted((k, str(v)) for k, v in ix.get("dialect_options", {}).items()))
                for ix in inspector.get_indexes(table)
            ),
            "unique": sorted(
                (u["name"], u["column_names"]) for u in inspector.get_unique_constraints(table)
            ),
        }
    if connection.dialect.name == "sqlite":
        found["(raw sql)"] = sorted(
            tuple(row) for row in connection.exec_driver_sql(
                "SELECT type, name, sql FROM sqlite_master "
                "WHERE type = 'trigger' OR sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
        )
    return found


def _differences(connection: Connection, metadata: Any, include: Any) -> list[Any]:
    # Alembic compares a list of metadata too (its stub says one).
    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "include_object": include}
    )
    return list(compare_metadata(context, metadata))


@pytest.fixture(scope="module")
def fresh_laptop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    engine = _engine(tmp_path_factory.mktemp("fresh") / "laptop.sqlite3")
    upgrade(engine)
    with engine.connect() as connection:
        yield _schema(connection)
    engine.dispose()


@pytest.fixture(scope="module")
def fresh_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """{backend: schema} of a server database made at the heads, per backend
    (made once, on first use)."""

    class Schemas(dict[str, Any]):
        def __missing__(self, backend: str) -> Any:
            with database_url(backend, tmp_path_factory.mktemp("fresh-server")) as url:
                server = ServerDatabase(url)
                with server.engine.connect() as connection:
                    self[backend] = _schema(connection)
                server.dispose()
            return self[backend]

    yield Schemas()


# ---------------------------------------------------------------- heads


def test_empty_laptop_database_upgraded_to_heads_matches_the_models(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "head.sqlite3")
    upgrade(engine)
    with engine.connect() as connection:
        differences = _differences(connection, [Base.metadata], migrations.laptop_objects)
        fts = connection.execute(
            text("SELECT name FROM sqlite_master WHERE name = :n"), {"n": FTS_TABLE}
        ).scalar()
    assert _stamps(engine) == sorted(_laptop_heads())
    engine.dispose()
    assert differences == []
    assert fts == FTS_TABLE


def test_each_environment_has_one_head_per_branch() -> None:
    laptop = ScriptDirectory.from_config(laptop_config("sqlite://"))
    server = ScriptDirectory.from_config(server_config("sqlite://"))
    def labels(script: ScriptDirectory) -> list[set[str]]:
        return [set(script.get_revision(head).branch_labels) for head in script.get_heads()]

    assert sorted(map(sorted, labels(laptop))) == [["laptop"], ["shared"]]
    assert sorted(map(sorted, labels(server))) == [["server"], ["shared"]]
    # The same shared history on both sides.
    shared = {r.revision for r in laptop.walk_revisions("base", "shared@head")}
    assert shared == {r.revision for r in server.walk_revisions("base", "shared@head")}
    assert shared >= set(LEGACY_LAPTOP)  # existing laptops are already stamped right


@pytest.mark.parametrize("backend", BACKENDS)
def test_laptop_and_server_at_heads_hold_the_same_shared_schema(
    fresh_laptop: dict[str, Any], fresh_servers: dict[str, Any], backend: str
) -> None:
    server = fresh_servers[backend]
    laptop_tables = set(fresh_laptop) - {"(raw sql)"}
    server_tables = set(server) - {"(raw sql)"}
    assert server_tables - laptop_tables == SERVER_ONLY
    laptop_only = laptop_tables - server_tables
    assert {t for t in laptop_only if not t.startswith(FTS_TABLE)} == migrations.LAPTOP_ONLY_TABLES
    assert FTS_TABLE in laptop_only
    shared = laptop_tables & server_tables
    if backend == "sqlite":
        assert {t: fresh_laptop[t] for t in shared} == {t: server[t] for t in shared}
        assert server["(raw sql)"] == []  # no FTS index nor trigger on the server
    else:  # other types, same columns, keys and indexes
        def names(schema: dict[str, Any]) -> dict[str, Any]:
            return {
                t: ([c[0] for c in schema[t]["columns"]], schema[t]["pk"],
                    [ix[:3] for ix in schema[t]["indexes"]], schema[t]["fks"])
                for t in shared
            }

        assert names(fresh_laptop) == names(server)


# ---------------------------------------------------------------- data kept

META = {
    "deleted": False, "created_hlc": "0" * 32, "field_hlcs": "{}", "hlc": "0" * 32,
    "device_id": "dev", "server_seq": 7, "pending": None,
}
SAMPLE: dict[str, list[dict[str, Any]]] = {
    "team": [{"id": "t1", "team_id": "t1", "name": "Bus", "region_code": "01"}],
    "app_user": [
        {"id": "u1", "team_id": "t1", "name": "Amina", "role": "trainer",
         "password_hash": "scrypt$x", "active": True},
    ],
    "beneficiary": [
        {"id": "b1", "team_id": "t1", "first_name": "Fatima-Zahra", "last_name": "Idrissi",
         "name_ar": "فاطمة الزهراء", "sex": "F", "cin": "K123456", "phone": "+212612345678",
         "commune_code": "01.511.01.01", "prior_support": "[]", "registered_on": "2026-03-01",
         "search_text": "fatima zahra fatimazahra idrissi k123456", "merged_into_id": None},
    ],
    "consent": [
        {"id": "c1", "team_id": "t1", "beneficiary_id": "b1", "notice_version": "v1",
         "given_on": "2026-03-01", "collected_by": "Amina", "method": "paper",
         "photos": False, "share_with_partners": False, "sms_whatsapp": True},
    ],
    "training_session": [
        {"id": "s1", "team_id": "t1", "module_id": "m1", "session_date": "2026-03-02",
         "start_time": "09:00:00.000000", "end_time": "12:00:00.000000",
         "trainer_ids": '["u1"]', "status": "held"},
    ],
    "attendance": [
        {"id": "a1", "team_id": "t1", "session_id": "s1", "beneficiary_id": "b1",
         "status": "present", "hours_attended": 3.0},
    ],
}
AT = "2026-03-01 09:00:00"
DEVICE = "01900000-0000-7000-8000-00000000d001"
SERVER_SAMPLE: dict[str, list[dict[str, Any]]] = {
    "server_device": [
        {"id": "d1", "team_id": "t1", "name": "Bus 1", "token_hash": "a" * 64,
         "enrolled_at": AT, "last_sync_at": AT, "revoked_at": None},
    ],
    "enrolment_code": [
        {"code_hash": "b" * 64, "team_id": "t1", "created_at": AT, "expires_at": AT,
         "used_at": AT, "used_by": "d1"},
    ],
    "push_receipt": [
        {"device_id": "d1", "batch_id": "batch-1", "first_seq": 1, "last_seq": 7,
         "received_at": AT, "digest": "c" * 64},
    ],
    "admin_audit": [{"id": 1, "at": AT, "action": "create-team", "detail": "Bus"}],
}


def _columns(connection: Connection, name: str, rows: list[dict[str, Any]]) -> list[str]:
    """The sample's columns that the table has at the current revision."""
    present = {c["name"] for c in inspect(connection).get_columns(name)}
    meta = META if "team_id" in rows[0] else {}
    return sorted(k for k in {**meta, **rows[0]} if k in present)


def _insert(engine: Engine, sample: dict[str, list[dict[str, Any]]]) -> dict[str, list[str]]:
    """Insert the sample rows (raw SQL, so no type of a later revision is
    assumed); returns the columns used per table."""
    with engine.begin() as connection:
        used = {name: _columns(connection, name, rows) for name, rows in sample.items()}
        for name, rows in sample.items():
            columns = used[name]
            statement = text(
                f"INSERT INTO {name} ({', '.join(columns)}) "
                f"VALUES ({', '.join(':' + c for c in columns)})"
            )
            for row in rows:
                values = {**META, **row}
                connection.execute(statement, {c: values[c] for c in columns})
    return used


def _state(engine: Engine, used: dict[str, list[str]]) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as connection:
        return {
            name: [
                tuple(r)
                for r in connection.execute(text(f"SELECT {', '.join(columns)} FROM {name}"))
            ]
            for name, columns in used.items()
        }


def _finds_her(engine: Engine) -> bool:
    with engine.connect() as connection:
        found = connection.execute(
            text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH 'fatimaz*'")
        ).all()
    return len(found) == 1


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(laptop_config("sqlite://"))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


@pytest.mark.parametrize("revision", _revisions())
def test_each_upgrade_step_keeps_existing_data(tmp_path: Path, revision: str) -> None:
    """The data goes in at `revision` (and what it needs); upgrading to the
    heads (every later step) keeps it."""
    engine = _engine(tmp_path / "step.sqlite3")
    upgrade(engine, revision)
    used = _insert(engine, SAMPLE)
    before = _state(engine, used)
    upgrade(engine)
    upgrade(engine)  # re-running is a no-op
    after = _state(engine, used)
    assert _stamps(engine) == sorted(_laptop_heads())
    assert _finds_her(engine)
    engine.dispose()
    assert after == before
    assert all(len(rows) == len(SAMPLE[name]) for name, rows in after.items())


@pytest.mark.parametrize("revision", LEGACY_LAPTOP)
def test_a_laptop_database_of_today_opens_with_its_data_intact(
    tmp_path: Path, revision: str, fresh_laptop: dict[str, Any]
) -> None:
    """A laptop of the single chain (any of 0001..0006, local_state and the
    FTS index made by its 0001) is recognised: the laptop branch's first
    revision is stamped, not re-run, and the app opens on its data."""
    folder = tmp_path / "laptop"
    folder.mkdir()
    engine = _engine(folder / paths.DB_FILE)
    legacy_migrations.build(engine, "laptop", revision)
    used = _insert(engine, SAMPLE)
    with engine.begin() as connection:  # this laptop's identity, kept
        connection.execute(
            text("INSERT INTO local_state (key, value) VALUES ('device_id', :id)"), {"id": DEVICE}
        )
    before = _state(engine, used)
    engine.dispose()

    db = Database(folder)
    assert db.device_id == DEVICE
    db.dispose()
    db = Database(folder)  # and again: nothing to do
    db.dispose()

    engine = _engine(folder / paths.DB_FILE)
    assert _state(engine, used) == before
    assert _stamps(engine) == sorted(_laptop_heads())
    assert _finds_her(engine)
    with engine.connect() as connection:
        assert _schema(connection) == fresh_laptop
        assert _differences(connection, [Base.metadata], migrations.laptop_objects) == []
    engine.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("revision", LEGACY_SERVER)
def test_a_server_database_of_today_upgrades_with_its_data_intact(
    tmp_path: Path, backend: str, revision: str, fresh_servers: dict[str, Any]
) -> None:
    """A server of the old server chain (s0001..s0005) is re-stamped once to
    the shared history's equivalent revisions and upgraded; its rows,
    devices, codes, receipts and sequence are all still there."""
    with database_url(backend, tmp_path) as url:
        engine = make_engine(url)
        legacy_migrations.build(engine, "server", revision)
        used = _insert(engine, {**SAMPLE, **SERVER_SAMPLE})
        with engine.begin() as connection:
            connection.execute(text("UPDATE sync_counter SET seq = 42"))
        used["sync_counter"] = ["id", "seq"]
        before = _state(engine, used)
        engine.dispose()

        for _ in range(2):  # the second start has nothing to do
            server = ServerDatabase(url)
            server.dispose()

        engine = make_engine(url)
        assert _state(engine, used) == before
        assert before["sync_counter"] == [(1, 42)]
        assert _stamps(engine) == sorted(_server_heads())
        with engine.connect() as connection:
            assert _schema(connection) == fresh_servers[backend]
            assert _differences(
                connection, [Base.metadata, ServerBase.metadata], migrations.server_objects
            ) == []
        engine.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_servers_starting_together_on_a_database_of_today_restamp_it_once(
    tmp_path: Path, backend: str
) -> None:
    with database_url(backend, tmp_path) as url:
        engine = make_engine(url)
        legacy_migrations.build(engine, "server", "s0005")
        engine.dispose()
        errors: list[BaseException] = []

        def start() -> None:
            try:
                ServerDatabase(url).dispose()
            except BaseException as error:  # noqa: BLE001 - reported by the test
                errors.append(error)

        threads = [threading.Thread(target=start) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        engine = make_engine(url)
        assert _stamps(engine) == sorted(_server_heads())
        engine.dispose()


def test_a_server_stamp_this_version_does_not_know_is_refused_unchanged(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    engine = make_engine(url)
    legacy_migrations.build(engine, "server", "s0005")
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 's0099'"))
    engine.dispose()
    with pytest.raises(RuntimeError, match="s0099"):
        ServerDatabase(url)
    engine = make_engine(url)
    assert _stamps(engine) == ["s0099"]
    engine.dispose()


# ---------------------------------------------------------------- start-up


def test_an_up_to_date_laptop_opens_without_importing_alembic(tmp_path: Path) -> None:
    """Alembic costs ~0.15 s of every start: it is needed only when the
    revision files are not those the database was last upgraded with."""
    Database(tmp_path / "data").dispose()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.db import Database\n"
        f"Database(Path({str(tmp_path / 'data')!r})).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False"]


def test_a_laptop_whose_mark_does_not_match_goes_through_alembic(tmp_path: Path) -> None:
    """The fast path trusts a mark written with the upgrade; any other mark
    (other revision files, other stamps) means asking Alembic."""
    from app.db import _mark

    # The mark of these very files at other stamps (a database that was at
    # an older revision when the mark was written), then any other mark.
    for wrong in (_mark({"0006", "laptop_0001"}), "x"):
        db = Database(tmp_path / "data")
        with db.engine.begin() as connection:
            connection.execute(
                text("UPDATE local_state SET value = :wrong WHERE key = 'schema_scripts'"),
                {"wrong": wrong},
            )
        db.dispose()
        db = Database(tmp_path / "data")
        assert _stamps(db.engine) == sorted(_laptop_heads())
        with db.engine.connect() as connection:
            mark = connection.execute(
                text("SELECT value FROM local_state WHERE key = 'schema_scripts'")
            ).scalar()
        db.dispose()
        assert mark == _mark(set(_laptop_heads()))


# ---------------------------------------------------------------- particular steps


def test_name_keys_of_people_already_there_are_computed_on_upgrade(tmp_path: Path) -> None:
    from app.models import beneficiary_name_keys

    engine = _engine(tmp_path / "keys.sqlite3")
    upgrade(engine, "0003")
    _insert(engine, SAMPLE)
    upgrade(engine)
    with engine.connect() as connection:
        keys = connection.execute(text("SELECT name_keys FROM beneficiary")).scalar()
    engine.dispose()
    person = SAMPLE["beneficiary"][0]
    assert keys == beneficiary_name_keys(
        first_name=person["first_name"], last_name=person["last_name"], name_ar=person["name_ar"]
    )
    assert "ftmzhrdrs" in str(keys).split()


def test_json_values_the_old_affinity_made_numbers_are_json_again(tmp_path: Path) -> None:
    """Before 0005 a JSON column had NUMERIC affinity: a conflict on a number
    field stored '25' as the integer 25, which no JSON reader accepts."""
    from sqlalchemy.orm import Session

    from app.models import Conflict

    engine = _engine(tmp_path / "json.sqlite3")
    upgrade(engine, "0004")
    _insert(engine, SAMPLE)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO conflict (id, team_id, deleted, created_hlc, field_hlcs, hlc, "
                "device_id, table_name, row_id, field, kept_value, kept_hlc, lost_value, "
                "lost_hlc, lost_device_id, resolved) VALUES ('k1', 't1', 0, :h, '{}', :h, 'd', "
                "'training_session', 's1', 'capacity', '25', :h, '2.5', :h, 'd', 0)"
            ),
            {"h": "0" * 32},
        )
        stored = connection.execute(
            text("SELECT typeof(kept_value), typeof(lost_value) FROM conflict")
        ).one()
    assert tuple(stored) == ("integer", "real")  # what the old affinity did
    upgrade(engine)
    with engine.connect() as connection:
        kinds = connection.execute(
            text("SELECT typeof(kept_value), typeof(lost_value), typeof(field_hlcs) FROM conflict")
        ).one()
        declared = {
            row[1]: row[2] for row in connection.exec_driver_sql("PRAGMA table_info(conflict)")
        }
    assert tuple(kinds) == ("text", "text", "text")
    assert declared["kept_value"] == declared["field_hlcs"] == "JSON_TEXT"
    with Session(engine) as session:
        conflict = session.get(Conflict, "k1")
        assert conflict is not None and (conflict.kept_value, conflict.lost_value) == (25, 2.5)
        conflict.kept_value = 7  # and a number written now stays JSON text
        session.commit()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT kept_value FROM conflict")).scalar() == "7"
    engine.dispose()


# Present rows stored before the one rule for hours (app/rules/hours.py), at
# session s1 (09:00-12:00): what migration 0007 makes of them.
OLD_HOURS: list[tuple[str, str, str | None, str | None, float, float, bool]] = [
    # id, status, arrived_at, left_at, hours stored, hours after, no arrival after
    ("h1", "present", "2026-03-02 18:28:00.000000", None, 0.0, 3.0, True),  # after the fact
    ("h2", "present", "2026-03-02 10:30:00.000000", None, 1.5, 1.5, False),  # late
    ("h3", "present", "2026-03-02 09:20:00.000000", "2026-03-02 11:15:00.000000",
     1.92, 115 / 60, False),  # rounded to two decimals: now whole minutes
    ("h4", "present", "2026-03-02 09:10:00.000000", None, 2.83, 3.0, False),  # grace period
    ("h5", "present", "2026-03-02 08:40:00.000000", None, 3.0, 3.0, True),  # before the start
    ("h6", "absent", None, None, 0.0, 0.0, True),
]


def _old_hours(engine: Engine) -> None:
    _insert(engine, SAMPLE)
    with engine.begin() as connection:
        for row_id, status, arrived, left, stored, _after, _cleared in OLD_HOURS:
            connection.execute(
                text(
                    "INSERT INTO attendance (id, team_id, deleted, created_hlc, field_hlcs, hlc, "
                    "device_id, session_id, beneficiary_id, status, arrived_at, left_at, "
                    "hours_attended) VALUES (:id, 't1', :no, :h, '{}', :h, 'd', 's1', 'b1', "
                    ":status, :arrived, :left, :hours)"
                ),
                {"id": row_id, "no": False, "h": "0" * 32, "status": status, "arrived": arrived,
                 "left": left, "hours": stored},
            )


def _hours_after(engine: Engine) -> list[tuple[str, float, bool]]:
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT id, hours_attended, arrived_at IS NULL FROM attendance "
                 "WHERE id LIKE 'h%' ORDER BY id")
        )
        return [(row_id, float(hours), bool(cleared)) for row_id, hours, cleared in rows]


@pytest.mark.parametrize("backend", BACKENDS)
def test_hours_stored_before_the_rule_are_recomputed_alike_on_laptop_and_server(
    tmp_path: Path, backend: str
) -> None:
    """0007 recomputes present rows with the rule on both sides, from their
    own arrival and departure (the same pure function): laptop and server
    agree without a sync, and the sessions get an empty break."""
    from server.db import upgrade as server_upgrade

    laptop = _engine(tmp_path / "hours.sqlite3")
    upgrade(laptop, "0006")
    _old_hours(laptop)
    upgrade(laptop)
    on_laptop = _hours_after(laptop)
    with laptop.connect() as connection:
        breaks = connection.execute(
            text("SELECT break_start, break_end FROM training_session")
        ).all()
    laptop.dispose()
    assert [tuple(b) for b in breaks] == [(None, None)]
    expected = [(row_id, after, cleared) for row_id, *_, after, cleared in OLD_HOURS]
    assert on_laptop == expected  # exactly: minutes / 60, as the rule stores them
    assert all(h == round(h * 60) / 60 for _, h, _ in on_laptop)  # whole minutes, exactly

    with database_url(backend, tmp_path / "server") as url:
        server = make_engine(url)
        server_upgrade(server, "0006")
        _old_hours(server)
        server_upgrade(server)
        on_server = _hours_after(server)
        server.dispose()
    assert on_server == on_laptop
