"""The Teams page through HTTP: an officer creates a team and its trainer;
a real laptop joined to that team learns the trainer at its next sync and
logs them in offline with that password; a reset password and a
deactivation reach the laptop the same way.  Counts, the coordinator's
read-only view of their own team, the audit, and hostile input on every
form (a sentence, never a 5xx, nothing changed).  SQLite and PostgreSQL."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import func, select

from app.core.errors import AuthError
from app.laptop_sync import client
from app.models import Team, User
from app.services import accounts as laptop_accounts
from server import admin
from server.db import ServerDatabase
from server.models import AdminAudit
from tests import test_console
from tests.console_support import csrf_of, log_in, make_officer, messages
from tests.sync_helpers import Cluster, ThreadedServer, add_person, new_team
from tests.test_console import HOSTILE, client_of

# The fixtures of tests/test_console.py: a server database per backend, its app, a clock.
db, clock, app = test_console.db, test_console.clock, test_console.app

TRAINER_PASSWORD = "tanger 2026"  # noqa: S105 - a test trainer's
NEW_PASSWORD = "tetouan 2027"  # noqa: S105


def _team_id_named(db: ServerDatabase, name: str) -> str:
    with db.session() as session:
        found = session.scalar(select(Team.id).where(Team.name == name))
    assert found is not None
    return found


def _person_id(db: ServerDatabase, team_id: str, name: str) -> str:
    with db.session() as session:
        found = session.scalar(select(User.id).where(User.team_id == team_id, User.name == name))
    assert found is not None
    return found


def _log_in_offline(laptop: object, user_id: str, password: str) -> str:
    """What the laptop's login says: the user's name, or the refusal's code."""
    with laptop.session() as session:  # type: ignore[attr-defined]
        try:
            return laptop_accounts.authenticate(session=session, user_id=user_id,
                                                password=password).name
        except AuthError as refused:
            return refused.code


def test_an_officer_creates_a_team_and_a_trainer_a_laptop_learns_them_at_sync(
    db: ServerDatabase, app: object, tmp_path: Path
) -> None:
    make_officer(db, "karim", "officer")
    browser = client_of(app)
    log_in(browser, "karim")
    teams_page = browser.get("/console/teams")
    assert teams_page.status_code == 200
    answer = browser.post("/console/teams", data={"csrf": csrf_of(teams_page.text),
                                                   "name": "  Bus  Larache "})
    assert answer.status_code == 200, answer.text
    assert messages(answer.text) == ["Équipe Bus Larache créée."]
    team_id = _team_id_named(db, "Bus Larache")
    assert f'href="/console/teams/{team_id}"' in answer.text

    team_page = browser.get(f"/console/teams/{team_id}")
    assert team_page.status_code == 200 and "Personne pour l&#39;instant." in team_page.text
    answer = browser.post(f"/console/teams/{team_id}/people", data={
        "csrf": csrf_of(team_page.text), "name": "Salma Benali", "role": "trainer", "sex": "F",
        "password": TRAINER_PASSWORD, "confirm": TRAINER_PASSWORD})
    assert answer.status_code == 200, answer.text
    assert messages(answer.text) == ["Compte de Salma Benali ajouté ; les ordinateurs de "
                                     "l'équipe l'apprendront à leur prochaine synchronisation."]
    assert "Salma Benali" in answer.text and "Formatrice" in answer.text
    trainer_id = _person_id(db, team_id, "Salma Benali")
    with db.session() as session:  # numbered for the pulls, hashed as laptops verify
        trainer = session.get(User, trainer_id)
        assert trainer is not None and trainer.server_seq is not None
        assert trainer.password_hash.startswith("scrypt$")
        assert TRAINER_PASSWORD not in trainer.password_hash

    # A real laptop joins the team over HTTP and syncs.
    server = ThreadedServer(db).start()
    try:
        laptop = Cluster(db, server.url, team_id).laptop(tmp_path / "laptop-1")
        client.sync(laptop)
        assert _log_in_offline(laptop, trainer_id, TRAINER_PASSWORD) == "Salma Benali"
        assert _log_in_offline(laptop, trainer_id, "wrong password") == "wrong_password"

        # The counts: one laptop, one trainer (a beneficiary comes with the next sync).
        add_person(laptop, "Nora", "Haddad", team_id)
        client.sync(laptop)
        row = browser.get("/console/teams").text
        cells = re.search(rf'data-team="{team_id}">(.*?)</tr>', row, re.S)
        assert cells is not None
        assert re.findall(r"<td>(\d+)</td>", cells.group(1)) == ["1", "1", "0", "1"]

        # A reset password: the laptop takes the new one at its next sync.
        page = browser.get(f"/console/teams/{team_id}")
        answer = browser.post(f"/console/teams/{team_id}/people/{trainer_id}/password", data={
            "csrf": csrf_of(page.text), "password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
        assert answer.status_code == 200 and "réinitialisé" in messages(answer.text)[0]
        client.sync(laptop)
        assert _log_in_offline(laptop, trainer_id, NEW_PASSWORD) == "Salma Benali"
        assert _log_in_offline(laptop, trainer_id, TRAINER_PASSWORD) == "wrong_password"

        # Deactivated: after its next sync the laptop refuses the login.
        answer = browser.post(f"/console/teams/{team_id}/people/{trainer_id}/active",
                              data={"csrf": csrf_of(page.text), "active": "0"})
        assert answer.status_code == 200 and "Désactivé" in answer.text
        assert _log_in_offline(laptop, trainer_id, NEW_PASSWORD) == "Salma Benali"  # not yet
        client.sync(laptop)
        assert _log_in_offline(laptop, trainer_id, NEW_PASSWORD) == "inactive"
    finally:
        server.stop()
    with db.session() as session:
        audited = list(session.execute(select(AdminAudit.action, AdminAudit.officer_id,
                                              AdminAudit.detail).order_by(AdminAudit.id)))
    changes = [row for row in audited if row.action.startswith("team_")]
    assert [row.action for row in changes] == [
        "team_create", "team_user_add", "team_user_password_reset", "team_user_deactivate"]
    assert all(row.officer_id for row in changes)
    assert not any("Salma" in row.detail or "tanger" in row.detail for row in changes)


def test_a_coordinator_reads_only_their_own_team_and_a_viewer_nothing(
    db: ServerDatabase, app: object
) -> None:
    mine, other = new_team(db, "Bus Chefchaouen"), new_team(db, "Bus Ouazzane")
    admin.add_user(db, team=mine, name="Youssef Alami", role="trainer",
                   password=TRAINER_PASSWORD)
    make_officer(db, "hind", "coordinator", team_id=mine)
    make_officer(db, "lina", "viewer")
    browser = client_of(app)
    log_in(browser, "hind")
    listing = browser.get("/console/teams").text
    assert "Bus Chefchaouen" in listing and "Bus Ouazzane" not in listing
    assert 'id="new-team"' not in listing
    own = browser.get(f"/console/teams/{mine}")
    assert own.status_code == 200 and "Youssef Alami" in own.text
    assert 'id="new-person"' not in own.text and "/password" not in own.text.split("<main")[1]
    refused = browser.get(f"/console/teams/{other}")
    assert refused.status_code == 403
    assert messages(refused.text) == ["Cette équipe n'est pas la vôtre."]
    answer = browser.post(f"/console/teams/{mine}/people", data={
        "csrf": csrf_of(own.text), "name": "Intrus", "role": "trainer",
        "password": TRAINER_PASSWORD, "confirm": TRAINER_PASSWORD})
    assert answer.status_code == 403
    viewer = client_of(app)
    log_in(viewer, "lina")
    assert viewer.get("/console/teams").status_code == 403
    assert 'href="/console/teams"' not in viewer.get("/console/").text
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(User).where(
            User.name == "Intrus")) == 0


def test_refusals_are_sentences_in_the_officers_language(
    db: ServerDatabase, app: object
) -> None:
    team_id = new_team(db, "Bus Tanger")
    make_officer(db, "karim", "officer", language="ar")
    browser = client_of(app)
    log_in(browser, "karim")
    csrf = csrf_of(browser.get("/console/teams").text)
    answer = browser.post("/console/teams", data={"csrf": csrf, "name": "bus TANGER"})
    assert answer.status_code == 400
    assert messages(answer.text) == ["يوجد فريق يحمل هذا الاسم من قبل."]
    answer = browser.post(f"/console/teams/{team_id}/people", data={
        "csrf": csrf, "name": "Omar", "role": "trainer", "password": "abcdef",
        "confirm": "abcdeg"})
    assert answer.status_code == 400 and messages(answer.text) == ["كلمتا المرور غير متطابقتين."]
    answer = browser.post(f"/console/teams/{team_id}/people", data={
        "csrf": csrf, "name": "Omar", "role": "trainer", "password": "abc", "confirm": "abc"})
    assert messages(answer.text) == ["يجب أن تتكون كلمة المرور من 6 إلى 256 حرفا."]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(User).where(
            User.team_id == team_id)) == 0
        assert session.scalar(select(func.count()).select_from(Team)) == 1


def test_hostile_input_on_every_teams_form_never_breaks_the_server(
    db: ServerDatabase, app: object
) -> None:
    team_id = new_team(db, "Bus Al Hoceima")
    person = admin.add_user(db, team=team_id, name="Imane Tazi", role="coordinator",
                            password=TRAINER_PASSWORD).id
    other_team = new_team(db, "Bus Fnideq")
    make_officer(db, "amina", "admin", language="en")
    browser = client_of(app)
    log_in(browser, "amina")
    csrf = csrf_of(browser.get("/console/teams").text)
    forms = {
        "/console/teams": ["name"],
        f"/console/teams/{team_id}/people": ["name", "role", "sex", "password", "confirm"],
        f"/console/teams/{team_id}/people/{person}/password": ["password", "confirm"],
        f"/console/teams/{team_id}/people/{person}/active": ["active"],
        f"/console/teams/{other_team}/people/{person}/active": ["active"],
        "/console/teams/%00%ff/people": ["name"],
        "/console/teams/" + "9" * 300 + f"/people/{person}/password": ["password"],
        f"/console/teams/{team_id}/people/%00/active": ["active"],
    }
    for url, fields in forms.items():
        for value in HOSTILE:
            for missing in (None, *fields):
                data = {name: value for name in fields if name != missing}
                data["csrf"] = csrf
                answer = browser.post(url, data=data, follow_redirects=False)
                assert answer.status_code < 500, (url, value[:20], missing)
                if answer.status_code in (400, 403):
                    assert messages(answer.text), (url, value[:20], missing)
    for url in ("/console/teams/%00", "/console/teams/" + "é" * 300, "/console/teams/<script>"):
        answer = browser.get(url)
        assert answer.status_code == 400 and messages(answer.text) == ["Unknown team."]
    # Long names were refused; the hostile values that are fair names ("<script>",
    # Arabic, emoji) were kept as typed and are shown escaped.
    with db.session() as session:
        names = set(session.scalars(select(Team.name)))
        assert all(len(name) <= 120 and "\x00" not in name for name in names)
        assert all(len(name) <= 120 for name in session.scalars(select(User.name)))
    assert "<script>" not in browser.get("/console/teams").text.split("<main")[1]
