"""Clock discipline (issue 8, finding 2): no clock may run further ahead of
the server's own time than `MAX_AHEAD_MS`.

Through the real server (SQLite and PostgreSQL), the CLI (a real process
under Debian's `faketime`) and the window: a forged far-future clock is
refused with the server's time; a laptop 50 years ahead is told so in
French, keeps its edits and sends them once its clock is right; other
laptops are never dragged into the future; a laptop database left with an
overflowed 33-character clock opens and syncs."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from app.core.clock import HLC_WIDTH, MAX_AHEAD_MS, Hlc, wall_millis
from app.db import Database
from app.laptop_sync import bundle_export, client, config, outbox
from app.laptop_sync.messages import message
from app.models import Beneficiary
from app.sync.errors import BundleError, SyncError
from app.sync.wire import CODECS
from server import admin
from server import cli as server_cli
from server.db import ServerDatabase
from tests.sync_helpers import ROOT, Cluster, ThreadedServer, add_person, raw_sync, token_of

pytest_plugins = ["tests.sync_helpers"]  # the live_server and cluster fixtures

FUTURE = "f" * HLC_WIDTH  # the forged clock of the finding
YEAR_MS = 365 * 24 * 3600 * 1000
HOUR_MS = 3600 * 1000


class Wall:
    """A laptop's wall clock, `offset` milliseconds away from the real one."""

    def __init__(self, offset: int = 0) -> None:
        self.offset = offset

    def __call__(self) -> int:
        return wall_millis() + self.offset


def laptop(cluster: Cluster, folder: Path) -> tuple[Database, Wall]:
    """An enrolled laptop whose wall clock the test sets (`wall.offset`)."""
    wall = Wall()
    db = Database(folder, wall=wall)
    client.join_server(db, cluster.url, cluster.code(), device_name=folder.name)
    return db, wall


def millis(hlc: str) -> int:
    return Hlc.decode(hlc).millis


def sane(hlc: str, *, slack: int = MAX_AHEAD_MS) -> bool:
    """Well formed and not beyond real time + the bound."""
    return len(hlc) == HLC_WIDTH and millis(hlc) <= wall_millis() + slack






def server_row(cluster: Cluster, row_id: str) -> dict[str, Any]:
    table = CODECS["beneficiary"].table
    with cluster.server.session() as session:
        row = session.execute(select(table).where(table.c.id == row_id)).mappings().one()
        return dict(row)


def all_server_clocks(server: ServerDatabase, team_id: str) -> list[str]:
    clocks: list[str] = []
    with server.session() as session:
        for codec in CODECS.values():
            table = codec.table
            for created, field_hlcs in session.execute(
                select(table.c.created_hlc, table.c.field_hlcs).where(table.c.team_id == team_id)
            ):
                clocks.append(created)
                clocks.extend((field_hlcs or {}).values())
    return clocks


def all_laptop_clocks(db: Database) -> list[str]:
    clocks: list[str] = []
    with db.session() as session:
        for codec in CODECS.values():
            table = codec.table
            for created, field_hlcs, hlc, pending in session.execute(
                select(table.c.created_hlc, table.c.field_hlcs, table.c.hlc, table.c.pending)
            ):
                clocks += [created, hlc, *(field_hlcs or {}).values()]
                clocks += [b for b in (pending or {}).values() if b]
    return clocks


def edit(db: Database, person_id: str, **values: Any) -> None:
    with db.session() as session:
        person = session.get(Beneficiary, person_id)
        assert person is not None
        for name, value in values.items():
            setattr(person, name, value)


def local_date(ms: int) -> str:
    """The French date the messages show for a moment (local time)."""
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).astimezone().strftime("%d/%m/%Y")


# ------------------------------------------------------------------ server


def test_a_forged_far_future_clock_is_refused_with_the_server_time(
    cluster: Cluster, tmp_path: Path
) -> None:
    laptop = cluster.laptop(tmp_path / "a")
    person = add_person(laptop, "Imane", "Rami", cluster.team_id, phone="+212611111111")
    client.sync(laptop)
    before = server_row(cluster, person)
    token = token_of(laptop)
    sane_clock = laptop.clock.tick()
    codec = CODECS["beneficiary"]
    fields = list(codec.fields)
    values = [codec.encode(f, before[f]) for f in fields]  # a valid row, under a new id

    def partial(clock: Any, base: Any) -> dict[str, Any]:
        return {"t": "beneficiary", "f": ["phone"], "n": 0, "r": [[person, clock, base, "+212622222222"]]}

    def whole(created: str, field_hlcs: Any) -> dict[str, Any]:
        row_id = "0190aaaa-0000-7000-8000-000000000001"
        return {"t": "beneficiary", "f": fields, "n": 1,
                "r": [[row_id, 0, created, field_hlcs, laptop.device_id, *values]]}

    # Every HLC a push carries: a field clock, a base, a creation clock and
    # the clocks of a whole row's later fields.
    forged = [
        partial(FUTURE, before["field_hlcs"].get("phone", before["created_hlc"])),
        partial(FUTURE, FUTURE),
        whole(FUTURE, 0),
        whole(sane_clock, {"phone": FUTURE}),
    ]
    started = wall_millis()
    for n, group in enumerate(forged):
        answer = raw_sync(cluster.url, token, {"cursor": 0, "batch": {"id": f"forged-{n}", "tables": [group]}})
        assert answer.status_code == 409, answer.text
        body = answer.json()
        assert body["error"] == "clock_ahead"
        server_time = int(body["reason"])  # the server's time, in ms since 1970 (UTC)
        assert started - 60_000 <= server_time <= wall_millis() + 60_000
    # Nothing was applied: the value is not frozen, an ordinary edit still wins.
    assert server_row(cluster, person)["phone"] == "+212611111111"
    edit(laptop, person, phone="+212633333333")
    client.sync(laptop)
    after = server_row(cluster, person)
    assert after["phone"] == "+212633333333"
    assert all(sane(c) for c in all_server_clocks(cluster.server, cluster.team_id))
    # Every sync answer carries the server's time too.
    answer = raw_sync(cluster.url, token, {"cursor": 0})
    assert abs(int(answer.json()["server_time"]) - wall_millis()) < 60_000


def test_a_push_within_the_bound_is_accepted(cluster: Cluster, tmp_path: Path) -> None:
    """A laptop a few hours fast (wrong time zone, drift) syncs as usual."""
    db, wall = laptop(cluster, tmp_path / "a")
    wall.offset = 20 * HOUR_MS
    add_person(db, "Nadia", "Fassi", cluster.team_id)
    assert client.sync(db).pushed == 1


def test_a_usb_bundle_written_fifty_years_ahead_is_refused_whole(
    cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, wall = laptop(cluster, tmp_path / "a")
    person = add_person(db, "Imane", "Rami", cluster.team_id)
    client.sync(db)
    wall.offset = 50 * YEAR_MS
    edit(db, person, phone="+212699999999")
    path = tmp_path / "ahead.caravane"
    bundle_export.export_bundle(db, path)
    with pytest.raises(BundleError):
        admin.import_bundle(cluster.server, path)
    # What the officer reads (`caravane-server admin import-bundle`).
    url = str(cluster.server.url)
    assert server_cli.main(["admin", "import-bundle", str(path), "--database-url", url]) == 1
    assert "horloge" in capsys.readouterr().err
    assert server_row(cluster, person)["phone"] is None
    # Once the date is right, the network sync sends the same edit.
    wall.offset = 0
    assert client.sync(db).pushed == 1
    assert server_row(cluster, person)["phone"] == "+212699999999"


# ------------------------------------------------------ a laptop far ahead


def test_a_laptop_fifty_years_ahead_is_told_keeps_its_edits_and_syncs_once_right(
    cluster: Cluster, tmp_path: Path
) -> None:
    a, wall = laptop(cluster, tmp_path / "a")
    b = cluster.laptop(tmp_path / "b")
    person = add_person(a, "Imane", "Rami", cluster.team_id, phone="+212611111111")
    client.sync(a)
    client.sync(b)

    wall.offset = 50 * YEAR_MS
    edit(a, person, phone="+212699999999")
    newcomer = add_person(a, "Hicham", "Berrada", cluster.team_id)
    with pytest.raises(SyncError) as refused:
        client.sync(a)
    error = refused.value
    assert error.code == "sync_clock_ahead"
    text = message(error)
    assert "L'horloge de cet ordinateur est en avance" in text
    assert local_date(wall_millis()) in text  # the server's date
    assert str(dt.datetime.now().year + 50) in text  # what the laptop believes
    assert "rien n'est perdu" in text
    # Nothing reached the server, everything is kept on the laptop.
    assert server_row(cluster, person)["phone"] == "+212611111111"
    with cluster.server.session() as session:
        assert session.get(Beneficiary, newcomer) is None
    with a.session() as session:
        assert outbox.count_pending(session) == 2
        person_row = session.get(Beneficiary, person)
        assert person_row is not None and person_row.phone == "+212699999999"
    # The other laptop's clock is not dragged anywhere.
    client.sync(b)
    assert sane(b.clock.tick(), slack=HOUR_MS)

    # The trainer sets the right date: the same edits go through.
    wall.offset = 0
    report = client.sync(a)
    assert report.pushed == 2
    assert server_row(cluster, person)["phone"] == "+212699999999"
    client.sync(b)
    with b.session() as session:
        assert session.get(Beneficiary, newcomer) is not None
        b_person = session.get(Beneficiary, person)
        assert b_person is not None and b_person.phone == "+212699999999"
    for clock in all_server_clocks(cluster.server, cluster.team_id):
        assert sane(clock, slack=HOUR_MS)
    for db in (a, b):
        assert all(sane(c, slack=HOUR_MS) for c in all_laptop_clocks(db) if c)
        assert sane(db.clock.tick(), slack=HOUR_MS)
    # Its own next edit (with the right clock) wins as it should.
    edit(b, person, phone="+212655555555")
    client.sync(b)
    client.sync(a)
    with a.session() as session:
        a_person = session.get(Beneficiary, person)
        assert a_person is not None and a_person.phone == "+212655555555"


def test_a_laptop_still_a_little_ahead_after_its_fix_syncs_at_once(
    cluster: Cluster, tmp_path: Path
) -> None:
    """Edits stamped 25 h ahead, clock then set to 2 h ahead (within the
    bound): the server refuses the first batch, the laptop re-stamps to the
    server's limit and the same sync goes through."""
    a, wall = laptop(cluster, tmp_path / "a")
    person = add_person(a, "Imane", "Rami", cluster.team_id)
    client.sync(a)
    wall.offset = 25 * HOUR_MS
    edit(a, person, phone="+212699999999")
    wall.offset = 2 * HOUR_MS
    assert client.sync(a).pushed == 1
    assert server_row(cluster, person)["phone"] == "+212699999999"
    assert millis(a.clock.tick()) <= wall_millis() + MAX_AHEAD_MS


def test_a_laptop_reopened_after_its_clock_is_fixed_is_back_in_the_present(
    cluster: Cluster, tmp_path: Path
) -> None:
    a, wall = laptop(cluster, tmp_path / "a")
    person = add_person(a, "Imane", "Rami", cluster.team_id)
    client.sync(a)
    wall.offset = 50 * YEAR_MS
    edit(a, person, phone="+212699999999")
    a.dispose()
    # Reopened with the right clock: its persisted clock does not keep it in 2076.
    a = Database(tmp_path / "a")
    assert sane(a.clock.tick(), slack=HOUR_MS)
    assert all(sane(c, slack=HOUR_MS) for c in all_laptop_clocks(a) if c)
    assert client.sync(a).pushed == 1
    assert server_row(cluster, person)["phone"] == "+212699999999"


# ------------------------------------------- clocks poisoned before the fix


def poison_server(cluster: Cluster, person: str) -> None:
    """What a forged push did before the fix: a field stamped `ffff…`."""
    table = CODECS["beneficiary"].table
    with cluster.server.session() as session:
        row = session.execute(select(table.c.field_hlcs).where(table.c.id == person)).one()
        session.execute(
            update(table)
            .where(table.c.id == person)
            .values(phone="+212600000000", field_hlcs={**(row.field_hlcs or {}), "phone": FUTURE},
                    hlc=FUTURE)
        )


def test_other_laptops_never_adopt_a_clock_beyond_the_bound(
    cluster: Cluster, tmp_path: Path
) -> None:
    a, wall = laptop(cluster, tmp_path / "a")
    person = add_person(a, "Imane", "Rami", cluster.team_id)
    client.sync(a)
    poison_server(cluster, person)
    b = cluster.laptop(tmp_path / "b")
    client.sync(b)  # pulls the poisoned row
    with b.session() as session:
        pulled = session.get(Beneficiary, person)
        assert pulled is not None and pulled.phone == "+212600000000"  # the data is kept
    stamp = b.clock.tick()
    assert len(stamp) == HLC_WIDTH and sane(stamp, slack=HOUR_MS)
    # Its next edits are stamped in the present and go through.
    edit(b, person, first_name="Imène")
    client.sync(b)
    assert server_row(cluster, person)["first_name"] == "Imène"
    b.dispose()
    b = Database(tmp_path / "b")  # and it opens again
    assert sane(b.clock.tick(), slack=HOUR_MS)

    # A laptop a few hours fast drags the others by no more than the bound.
    wall.offset = 20 * HOUR_MS
    edit(a, person, last_name="Rami-Alaoui")
    client.sync(a)
    client.sync(b)
    assert millis(b.clock.tick()) <= wall_millis() + MAX_AHEAD_MS


def test_a_laptop_database_with_an_overflowed_clock_opens_and_syncs(
    cluster: Cluster, tmp_path: Path
) -> None:
    """The state a laptop was left in before the fix: it pulled `ffff…`, its
    next edit was stamped with a 33-character clock, every push was refused
    (`bad_hlc`) and the same batch resent forever."""
    laptop = cluster.laptop(tmp_path / "a")
    person = add_person(laptop, "Imane", "Rami", cluster.team_id)
    client.sync(laptop)
    poison_server(cluster, person)
    overflowed = Hlc(16**12 - 1, 0xFFFF, laptop.clock.node)
    bad = f"{overflowed.millis + 1:x}0001{laptop.clock.node}"
    assert len(bad) == HLC_WIDTH + 1
    table = CODECS["beneficiary"].table
    with laptop.session() as session:
        row = session.execute(select(table).where(table.c.id == person)).mappings().one()
        session.execute(
            update(table)
            .where(table.c.id == person)
            .values(
                phone="+212600000000",
                first_name="Imène",
                field_hlcs={**(row["field_hlcs"] or {}), "phone": FUTURE, "first_name": bad},
                hlc=bad,
                pending={"first_name": row["created_hlc"]},
            )
        )
        batch = outbox.build_batch(session)
        assert batch is not None
        config.save_inflight(session, batch)
    laptop.dispose()

    laptop = Database(tmp_path / "a")  # used to fail: ClockError, 33 characters
    assert sane(laptop.clock.tick(), slack=HOUR_MS)
    report = client.sync(laptop)
    assert report.pushed == 1
    stored = server_row(cluster, person)
    assert stored["first_name"] == "Imène"
    assert sane(stored["field_hlcs"]["first_name"], slack=HOUR_MS)
    with laptop.session() as session:
        assert outbox.count_pending(session) == 0
        assert config.load_inflight(session) is None


# ------------------------------------------------------------------- the CLI


def faketime_binary() -> str:
    """Debian's `faketime`; installed here when the tests run as root."""
    found = shutil.which("faketime")
    if found:
        return found
    if os.geteuid() != 0:
        pytest.fail(
            "these tests need Debian's faketime: run `apt-get install -y faketime` "
            "(or run the tests as root, which installs it)"
        )
    subprocess.run(["apt-get", "install", "-y", "faketime"], check=True, capture_output=True)
    found = shutil.which("faketime")
    if not found:
        pytest.fail("apt-get install faketime did not provide the faketime command")
    return found


def run_cli(folder: Path, *args: str, faketime: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "app", "--data-dir", str(folder), *args]
    if faketime is not None:
        command = [faketime_binary(), "-f", faketime, *command]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_cli_fifty_years_ahead_says_so_in_french_and_keeps_the_edits(
    cluster: Cluster, tmp_path: Path
) -> None:
    folder = tmp_path / "cli"
    db, wall = laptop(cluster, folder)
    person = add_person(db, "Imane", "Rami", cluster.team_id)
    client.sync(db)
    wall.offset = 50 * YEAR_MS
    edit(db, person, phone="+212699999999")
    db.dispose()

    done = run_cli(folder, "sync", faketime="+50y")
    assert done.returncode == 1, done.stderr
    assert "L'horloge de cet ordinateur est en avance" in done.stderr
    assert local_date(wall_millis()) in done.stderr
    assert "Corrigez la date et l'heure" in done.stderr
    assert "Traceback" not in done.stderr
    assert server_row(cluster, person)["phone"] is None

    done = run_cli(folder, "sync")  # the clock is right again
    assert done.returncode == 0, done.stderr
    assert "1 envoyés" in done.stdout
    assert server_row(cluster, person)["phone"] == "+212699999999"


# ---------------------------------------------------------------- the window


@pytest.fixture(scope="module")
def ui_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedServer]:
    folder = tmp_path_factory.mktemp("clock-ui-server")
    database = ServerDatabase(f"sqlite:///{folder / 'server.sqlite3'}")
    running = ThreadedServer(database).start()
    yield running
    running.stop()
    database.dispose()


def test_the_window_says_the_clock_is_ahead_with_the_server_date(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ui_server: ThreadedServer
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from tests.ui_support import build_day, close_window, log_in, make_window

    monkeypatch.setenv("CARAVANE_CONFIG_DIR", str(tmp_path / "config"))
    wall = Wall()
    db = Database(tmp_path / "laptop", wall=wall)
    try:
        day = build_day(db)
        team = admin.create_team(ui_server.db, "Bus horloge")
        code = admin.enroll_code(ui_server.db, team=team.id)[0]
        client.join_server(db, ui_server.url, code, device_name="laptop-ui")
        wall.offset = 50 * YEAR_MS
        edit(db, day.people["Salma Chaoui"], phone="+212699999999")  # stamped in 2076
        window = make_window(qtbot, db)
        try:
            log_in(qtbot, window)
            bar = window.status
            bar.sync_now()
            wait: Callable[[], bool] = lambda: "horloge" in bar.last_message  # noqa: E731
            qtbot.waitUntil(wait, timeout=20_000)
            shown = bar.message.text()
            assert "L'horloge de cet ordinateur est en avance" in shown
            assert local_date(wall_millis()) in shown
            assert "rien n'est perdu" in shown
            # The bar may cut the sentence: "Détails…" shows all of it.
            assert bar.details.isVisible()
            shown_in_box: list[str] = []
            monkeypatch.setattr(
                QMessageBox, "warning", lambda _parent, _title, text: shown_in_box.append(text)
            )
            qtbot.mouseClick(bar.details, Qt.MouseButton.LeftButton)
            assert shown_in_box == [shown]
        finally:
            close_window(window)
    finally:
        db.dispose()
