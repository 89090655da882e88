"""Finding 10 of issue 10: a laptop joins the CCIS server from the settings
(the link under the console's QR code, or the address, the code and the
certificate's fingerprint), against the real server on a real port; errors
are said in words; a never-joined laptop's status bar says its data is local
and waits for a first joining, instead of counting changes "to send"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.cli.main import main as caravane
from app.db import Database
from app.laptop_sync import config
from app.laptop_sync.joining import (
    BadJoiningLink,
    JoiningLink,
    joining_link,
    parse_joining_link,
)
from app.laptop_sync.tls import BadFingerprint
from app.models import Beneficiary
from server import admin
from server.db import ServerDatabase
from tests.sync_helpers import ThreadedServer, free_port
from tests.test_sync_tls import Pair, _certificate, _key, _write
from tests.ui_support import PASSWORD, build_day, close_window, log_in, make_window

FINGERPRINT = "3f2a" * 16


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedServer]:
    folder = tmp_path_factory.mktemp("join-server")
    database = ServerDatabase(f"sqlite:///{folder / 'server.sqlite3'}")
    running = ThreadedServer(database).start()
    yield running
    running.stop()
    database.dispose()


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ThreadedServer, Pair]]:
    folder = tmp_path_factory.mktemp("join-tls")
    key = _key()
    pair = _write(folder, "ccis", _certificate("ccis.example", key), key)
    database = ServerDatabase(f"sqlite:///{folder / 'server.sqlite3'}")
    running = ThreadedServer(database, cert=pair.cert, key=pair.key)
    running.start()
    yield running, pair
    running.stop()
    database.dispose()


def settings_after(qtbot: Any, window: Any) -> Any:
    screen = window.show_screen("settings")
    qtbot.waitUntil(lambda: screen.about_data is not None, timeout=5000)
    return screen


def type_into(qtbot: Any, line: Any, text: str) -> None:
    line.clear()
    line.setFocus()
    qtbot.keyClicks(line, text)


def join_and_wait(qtbot: Any, screen: Any) -> str:
    screen.join_button.click()
    qtbot.waitUntil(lambda: not screen.joining, timeout=20_000)
    return str(screen.join_message.text())


# -- the link ---------------------------------------------------------------
def test_a_joining_link_carries_address_code_and_fingerprint() -> None:
    link = joining_link("https://ccis.example.ma:8443/", "ABCD-EFGH-JKMN", FINGERPRINT.upper())
    assert link.startswith("caravane://join?")
    expected = JoiningLink("https://ccis.example.ma:8443", "ABCD-EFGH-JKMN", FINGERPRINT)
    assert parse_joining_link(link) == expected
    # Typed by hand from the screen: not encoded, split over two lines, fingerprint in groups.
    typed = (
        "caravane://join?url=https://ccis.example.ma:8443&code=ABCD-EFGH-JKMN\n"
        "&fp=" + " ".join(FINGERPRINT[i : i + 4] for i in range(0, 64, 4)).replace(" ", "%20")
    )
    assert parse_joining_link(typed) == expected
    # The server's own address, as a phone opens it.
    assert parse_joining_link(
        "https://ccis.example.ma:8443/join?code=ABCD-EFGH-JKMN"
    ) == JoiningLink("https://ccis.example.ma:8443", "ABCD-EFGH-JKMN", None)
    for text, reason in (
        ("ABCD-EFGH-JKMN", "not_a_link"),
        ("caravane://join?code=ABCD", "missing_url"),
        ("caravane://join?url=ftp://x&code=ABCD", "missing_url"),
        ("caravane://join?url=https://x", "missing_code"),
        ("caravane://other?url=https://x&code=ABCD", "not_a_link"),
    ):
        with pytest.raises(BadJoiningLink) as refused:
            parse_joining_link(text)
        assert refused.value.params["reason"] == reason, text
    with pytest.raises(BadFingerprint):
        parse_joining_link("caravane://join?url=https://x&code=ABCD&fp=123")


def test_the_command_line_joins_with_the_same_link(
    server: ThreadedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team = admin.create_team(server.db, "Bus lien CLI")
    code = admin.enroll_code(server.db, team=team.id)[0]
    folder = tmp_path / "cli"
    assert caravane(["enroll", "--link", joining_link(server.url, code), "--no-sync",
                     "--data-dir", str(folder)]) == 0
    assert "Bus lien CLI" in capsys.readouterr().out
    laptop = Database(folder)
    with laptop.session() as session:
        assert config.load(session).team_id == team.id
    laptop.dispose()
    assert caravane(["enroll", "--link", "caravane://join?code=X", "--data-dir",
                     str(tmp_path / "other")]) == 1
    assert "Lien d'inscription illisible" in capsys.readouterr().err


# -- through the window -------------------------------------------------------
def test_a_never_joined_laptop_joins_from_the_settings(
    qtbot: Any, db: Database, server: ThreadedServer
) -> None:
    build_day(db)
    team = admin.create_team(server.db, "Bus Tétouan")
    # The officer created the coordinator on the server too: the laptop's
    # "Samira Benali" becomes that user when joining.
    twin = admin.add_user(
        server.db, team=team.id, name="Samira Benali", role="coordinator", password=PASSWORD
    )
    window = make_window(qtbot, db)
    try:
        log_in(qtbot, window)
        bar = window.status
        qtbot.waitUntil(lambda: bar.state is not None, timeout=10_000)
        # Never joined: the data is local, nothing is "to send" to nobody.
        assert bar.online.text() == "Données locales : pas encore reliées à un serveur"
        assert not bar.pending.isVisible() and not bar.sync_button.isVisible()
        assert bar.join_button.isVisible()
        assert "modification" not in bar.pending.text() or not bar.pending.isVisible()

        # The way to join: the settings' form, ready to type in.
        bar.join_button.click()
        screen = window.shell.screen_named("settings")
        assert window.shell.current_name() == "settings"
        qtbot.waitUntil(lambda: screen.about_data is not None, timeout=5000)
        assert screen.join_form.isVisible()
        assert QApplication.focusWidget() is screen.join_link
        assert "pas encore reliées à un serveur" in screen.server_state.text()

        # Nothing typed: what is missing is said next to its field.
        assert join_and_wait(qtbot, screen) == ""
        assert screen.url_error.isVisible() and screen.code_error.isVisible()
        assert "obligatoire" in screen.code_error.text()

        # A wrong code, on the real server.
        type_into(qtbot, screen.server_url, server.url)
        type_into(qtbot, screen.join_code, "AAAA-BBBB-CCCC")
        assert "Code d'inscription refusé" in join_and_wait(qtbot, screen)
        assert not screen.url_error.isVisible()

        # A server that does not answer (nothing listens on that port).
        type_into(qtbot, screen.server_url, f"http://127.0.0.1:{free_port()}")
        assert "Le serveur ne répond pas" in join_and_wait(qtbot, screen)

        # A link mangled in copying.
        type_into(qtbot, screen.join_link, "caravane://join?url=&code=")
        assert "Lien d'inscription illisible" in join_and_wait(qtbot, screen)

        # The link under the console's QR code, typed, then Enter.
        code = admin.enroll_code(server.db, team=team.id)[0]
        type_into(qtbot, screen.join_link, joining_link(server.url, code))
        assert screen.server_url.text() == server.url and screen.join_code.text() == code
        qtbot.keyClick(screen.join_link, Qt.Key.Key_Return)
        assert screen.joining and not screen.join_button.isEnabled()
        assert screen.join_progress.isVisible()
        assert "Connexion au serveur" in screen.join_message.text()
        qtbot.waitUntil(lambda: not screen.joining, timeout=20_000)
        message = screen.join_message.text()
        assert "relié au serveur" in message and "Bus Tétouan" in message, message

        # Settings and status bar show the server; the first sync runs by itself.
        qtbot.waitUntil(lambda: server.url in screen.server_state.text(), timeout=10_000)
        assert not screen.join_form.isVisible() and screen.rejoin_button.isVisible()
        qtbot.waitUntil(lambda: bar.last_message == "Synchronisé", timeout=30_000)
        # The team's row came with that sync.
        qtbot.waitUntil(lambda: "Bus Tétouan" in screen.server_state.text(), timeout=10_000)
        qtbot.waitUntil(
            lambda: bar.state is not None and bar.state.joined and bar.state.pending_changes == 0,
            timeout=10_000,
        )
        assert bar.online.text() == "● En ligne"
        assert bar.pending.isVisible() and not bar.join_button.isVisible()
        assert re.fullmatch(r"0 modification\(s\) à envoyer", bar.pending.text())
        # The local data joined the server's team, and the user is the server's.
        assert window.ctx.team_id == team.id
        qtbot.waitUntil(lambda: window.ctx.user.id == twin.id, timeout=5000)
        with server.db.session() as session:
            people = session.scalar(
                select(func.count()).select_from(Beneficiary).where(Beneficiary.team_id == team.id)
            )
        assert people == 6
        devices = [d for d in admin.list_devices(server.db) if d.id == db.device_id]
        assert devices and devices[0].team_name == "Bus Tétouan"
        # Joining again (a new code from the CCIS): the form opens and stays
        # open while the page reloads behind it.
        screen.rejoin_button.click()
        assert screen.join_form.isVisible() and not screen.rejoin_button.isVisible()
        screen.refresh()
        qtbot.waitUntil(lambda: not window.ctx.tasks.busy, timeout=5000)
        assert screen.join_form.isVisible()
    finally:
        close_window(window)


def test_a_self_signed_server_is_joined_with_its_fingerprint(
    qtbot: Any, db: Database, self_signed: tuple[ThreadedServer, Pair]
) -> None:
    tls, pair = self_signed
    build_day(db)
    team = admin.create_team(tls.db, "Bus Al Hoceima")
    window = make_window(qtbot, db)
    try:
        log_in(qtbot, window)
        qtbot.waitUntil(lambda: window.status.state is not None, timeout=10_000)
        window.open_joining()
        screen = window.shell.screen_named("settings")
        qtbot.waitUntil(lambda: screen.about_data is not None, timeout=5000)
        code = admin.enroll_code(tls.db, team=team.id)[0]
        # The host and port only: https is what the CCIS gives.
        type_into(qtbot, screen.server_url, tls.url.removeprefix("https://"))
        type_into(qtbot, screen.join_code, code)
        type_into(qtbot, screen.fingerprint, "3F2A 9B")
        assert "64 caractères" in join_and_wait(qtbot, screen)
        # Another certificate's fingerprint: refused before the code leaves.
        type_into(qtbot, screen.fingerprint, FINGERPRINT)
        assert "ne correspond pas" in join_and_wait(qtbot, screen)
        with db.session() as session:
            assert not config.load(session).joined
        # The right one, as the officer reads it out (groups of four).
        right = pair.fingerprint.upper()
        type_into(qtbot, screen.fingerprint, " ".join(right[i : i + 4] for i in range(0, 64, 4)))
        assert "relié au serveur" in join_and_wait(qtbot, screen)
        with db.session() as session:
            assert config.load(session).tls_cert == pair.cert.read_text()
        bar = window.status
        qtbot.waitUntil(lambda: bar.last_message == "Synchronisé", timeout=30_000)
        assert bar.online.text() == "● En ligne"
    finally:
        close_window(window)
