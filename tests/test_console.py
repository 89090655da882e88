"""The console's accounts and sessions through HTTP, as a browser uses them:
login and logout, CSRF refusal, throttling, idle and absolute expiry, the
password change, the officers page, the audit trail, hostile input on every
form (never a 5xx, always a sentence in the officer's language), and the
`create-officer` command.  SQLite and PostgreSQL when reachable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server import cli
from server.app import create_app
from server.console import auth
from server.console.accounts import password_matches
from server.db import ServerDatabase, utcnow
from server.models import AdminAudit, ConsoleSession, Officer
from tests.console_support import PASSWORD, csrf_of, log_in, make_officer, messages
from tests.sync_helpers import BACKENDS, database_url, new_team

NEW_PASSWORD = "un autre mot de passe"  # noqa: S105 - a test officer's


class Clock:
    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ServerDatabase]:
    with database_url(request.param, tmp_path / "server") as url:
        server = ServerDatabase(url)
        yield server
        server.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(db: ServerDatabase, clock: Clock) -> object:
    application = create_app(db)
    application.state.console_clock = clock
    return application


def client_of(app: object) -> TestClient:
    return TestClient(app)  # type: ignore[arg-type]


def audit_actions(db: ServerDatabase) -> list[tuple[str, str | None, str | None]]:
    with db.session() as session:
        return [(row.action, row.officer_id, row.address)
                for row in session.scalars(select(AdminAudit).order_by(AdminAudit.id))]


def test_login_home_logout_are_audited(db: ServerDatabase, app: object) -> None:
    admin_id = make_officer(db, "amina", "admin")
    browser = client_of(app)
    assert browser.get("/console/", follow_redirects=False).headers["location"] == \
        "/console/login?next=/console/"
    page = browser.get("/console/login")
    answer = browser.post("/console/login", data={
        "csrf": csrf_of(page.text), "login": " Amina ", "password": PASSWORD, "next": "/console/",
    }, follow_redirects=False)
    assert answer.status_code == 303
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie
    home = browser.get("/console/")
    assert "Connecté en tant que amina (Administrateur)." in home.text
    # The cookie's token is not stored, only its hash.
    token = browser.cookies[auth.COOKIE]
    with db.session() as session:
        assert session.get(ConsoleSession, auth.token_hash(token)) is not None
        assert session.scalar(select(ConsoleSession.token_hash).where(
            ConsoleSession.token_hash == token)) is None
    browser.post("/console/logout", data={"csrf": csrf_of(home.text)})
    assert browser.get("/console/", follow_redirects=False).status_code == 303
    actions = audit_actions(db)
    assert [a for a, _, _ in actions[-2:]] == ["login", "logout"]
    assert all(who == admin_id and where for _, who, where in actions[-2:])


def test_a_wrong_password_is_refused_and_audited_without_saying_which_part(
    db: ServerDatabase, app: object
) -> None:
    make_officer(db, "amina", "admin")
    browser = client_of(app)
    for login in ("amina", "nobody"):
        page = browser.get("/console/login")
        answer = browser.post("/console/login", data={
            "csrf": csrf_of(page.text), "login": login, "password": "wrong password"})
        assert answer.status_code == 401
        assert messages(answer.text) == ["Identifiant ou mot de passe incorrect."]
    assert [a for a, _, _ in audit_actions(db)][-2:] == ["login_failed", "login_failed"]


def test_a_form_without_its_csrf_token_changes_nothing(db: ServerDatabase, app: object) -> None:
    make_officer(db, "amina", "admin", language="ar")
    browser = client_of(app)
    page = browser.get("/console/login")
    answer = browser.post("/console/login", data={"csrf": "forged", "login": "amina",
                                                  "password": PASSWORD})
    assert answer.status_code == 403 and auth.COOKIE not in browser.cookies
    assert messages(answer.text) == ["Le formulaire a expiré : rechargez la page puis recommencez."]
    log_in(browser, "amina")
    for forged in ({}, {"csrf": ""}, {"csrf": csrf_of(page.text)}):
        answer = browser.post("/console/officers", data={
            **forged, "login": "intrus", "name": "Intrus", "role": "admin",
            "password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
        assert answer.status_code == 403
        # The officer reads Arabic: so does the refusal.
        assert messages(answer.text) == ["انتهت صلاحية الاستمارة: أعد تحميل الصفحة ثم أعد المحاولة."]
        assert 'dir="rtl"' in answer.text
    with db.session() as session:
        assert session.scalar(select(Officer).where(Officer.login == "intrus")) is None


def test_logins_are_throttled_per_account_and_per_address(
    db: ServerDatabase, app: object, clock: Clock
) -> None:
    make_officer(db, "amina", "admin")
    browser = client_of(app)

    def attempt(login: str, password: str) -> int:
        page = browser.get("/console/login")
        return int(browser.post("/console/login", data={
            "csrf": csrf_of(page.text), "login": login, "password": password},
            follow_redirects=False).status_code)

    assert [attempt("amina", f"guess {n}") for n in range(auth.ACCOUNT_FAILURES)] == \
        [401] * auth.ACCOUNT_FAILURES
    assert attempt("amina", PASSWORD) == 429  # even the right password, for a while
    # Another worker process (another app on the same database) refuses too.
    other = create_app(db)
    other.state.console_clock = clock
    browser = client_of(other)
    assert attempt("amina", PASSWORD) == 429
    clock.now += auth.THROTTLE_WINDOW + dt.timedelta(seconds=1)
    assert attempt("amina", PASSWORD) == 303
    # Per address: many accounts guessed from one place.
    for n in range(auth.ADDRESS_FAILURES):
        attempt(f"someone{n}", "guess")
    assert attempt("amina", PASSWORD) == 429
    assert "login_throttled" in [a for a, _, _ in audit_actions(db)]


def test_sessions_end_when_idle_and_after_the_absolute_limit(
    db: ServerDatabase, app: object, clock: Clock
) -> None:
    make_officer(db, "amina", "admin")
    browser = client_of(app)
    log_in(browser, "amina")
    clock.now += auth.IDLE - dt.timedelta(minutes=1)
    assert browser.get("/console/").status_code == 200  # still there: it was used
    clock.now += auth.IDLE - dt.timedelta(minutes=1)
    assert browser.get("/console/").status_code == 200
    clock.now += auth.IDLE + dt.timedelta(seconds=1)
    answer = browser.get("/console/", follow_redirects=False)
    assert answer.status_code == 303 and "expired=1" in answer.headers["location"]
    assert "Votre session a expiré : reconnectez-vous." in messages(
        browser.get(answer.headers["location"]).text)
    log_in(browser, "amina")
    moment = clock.now
    while clock.now - moment < auth.ABSOLUTE:
        clock.now += dt.timedelta(minutes=20)
        assert browser.get("/console/", follow_redirects=False).status_code == 200
    clock.now += dt.timedelta(minutes=1)  # used all along, but 12 h since login
    assert browser.get("/console/", follow_redirects=False).status_code == 303


def test_password_change(db: ServerDatabase, app: object) -> None:
    officer_id = make_officer(db, "amina", "viewer")
    browser, elsewhere = client_of(app), client_of(app)
    log_in(browser, "amina")
    log_in(elsewhere, "amina")
    form = browser.get("/console/password")
    base = {"csrf": csrf_of(form.text)}
    cases = [
        ({"current": "wrong", "new": NEW_PASSWORD, "confirm": NEW_PASSWORD},
         "Le mot de passe actuel est incorrect."),
        ({"current": PASSWORD, "new": NEW_PASSWORD, "confirm": NEW_PASSWORD + "x"},
         "Les deux mots de passe diffèrent."),
        ({"current": PASSWORD, "new": "short", "confirm": "short"},
         "Le mot de passe doit compter de 10 à 256 caractères."),
    ]
    for fields, sentence in cases:
        answer = browser.post("/console/password", data={**base, **fields})
        assert answer.status_code == 400 and messages(answer.text) == [sentence]
    answer = browser.post("/console/password", data={
        **base, "current": PASSWORD, "new": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert messages(answer.text) == ["Mot de passe modifié."]
    assert browser.get("/console/").status_code == 200  # this browser stays in
    assert elsewhere.get("/console/", follow_redirects=False).status_code == 303  # others out
    with db.session() as session:
        assert password_matches(session.get(Officer, officer_id).password_hash, NEW_PASSWORD)  # type: ignore[union-attr]
    assert ("password_change", officer_id) in [(a, w) for a, w, _ in audit_actions(db)]


def test_the_admin_manages_officers(db: ServerDatabase, app: object) -> None:
    admin_id = make_officer(db, "amina", "admin")
    team = new_team(db, "Bus Tétouan")
    admin, other = client_of(app), client_of(app)
    log_in(admin, "amina")
    csrf = csrf_of(admin.get("/console/officers").text)
    answer = admin.post("/console/officers", data={
        "csrf": csrf, "login": "Youssef.B", "name": "  Youssef   Benali ", "role": "coordinator",
        "team": "", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert messages(answer.text) == ["Un coordinateur est rattaché à une équipe : choisissez-la."]
    assert 'value="Youssef.B"' in answer.text  # what was typed is kept
    answer = admin.post("/console/officers", data={
        "csrf": csrf, "login": "Youssef.B", "name": "  Youssef   Benali ", "role": "coordinator",
        "team": team, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert messages(answer.text) == ["Agent youssef.b ajouté."]
    assert "Youssef Benali" in answer.text and "Bus Tétouan" in answer.text
    answer = admin.post("/console/officers", data={
        "csrf": csrf, "login": "youssef.b", "name": "X", "role": "viewer",
        "password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert messages(answer.text) == ["Cet identifiant est déjà pris."]
    with db.session() as session:
        youssef = session.scalar(select(Officer).where(Officer.login == "youssef.b"))
        assert youssef is not None and youssef.team_id == team
        youssef_id = youssef.id
    log_in(other, "youssef.b", NEW_PASSWORD)
    # Role and team.
    answer = admin.post(f"/console/officers/{youssef_id}/role",
                        data={"csrf": csrf, "role": "officer", "team": team})
    assert messages(answer.text) == ["Agent youssef.b modifié."]
    with db.session() as session:
        assert (session.get(Officer, youssef_id).role, session.get(Officer, youssef_id).team_id) == ("officer", None)  # type: ignore[union-attr]
    # A reset closes their sessions; a deactivation refuses their login.
    admin.post(f"/console/officers/{youssef_id}/password", data={"csrf": csrf, "password": PASSWORD})
    assert other.get("/console/", follow_redirects=False).status_code == 303
    log_in(other, "youssef.b", PASSWORD)
    answer = admin.post(f"/console/officers/{youssef_id}/active", data={"csrf": csrf, "active": "0"})
    assert messages(answer.text) == ["Agent youssef.b désactivé ; ses sessions sont fermées."]
    assert other.get("/console/", follow_redirects=False).status_code == 303
    page = other.get("/console/login")
    assert other.post("/console/login", data={"csrf": csrf_of(page.text), "login": "youssef.b",
                                               "password": PASSWORD}).status_code == 401
    admin.post(f"/console/officers/{youssef_id}/active", data={"csrf": csrf, "active": "1"})
    log_in(other, "youssef.b", PASSWORD)
    # The admin cannot lock themselves out.
    for url, fields in ((f"/console/officers/{admin_id}/role", {"role": "viewer"}),
                        (f"/console/officers/{admin_id}/active", {"active": "0"})):
        answer = admin.post(url, data={"csrf": csrf, **fields})
        assert messages(answer.text) == [
            "Vous ne pouvez pas retirer vos propres droits d'administrateur."]
    actions = [(a, who) for a, who, _ in audit_actions(db)]
    for action in ("officer_create", "officer_role", "officer_password_reset",
                   "officer_deactivate", "officer_activate"):
        assert (action, admin_id) in actions


HOSTILE = [
    "", " ", "x" * 5000, "é" * 300, "مرحبا" * 100, "\u202e\u200f\ufeff", "a\x00b", "<script>",
    "' OR 1=1 --", "😀" * 50, "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"),
]


def test_hostile_input_on_every_form_never_breaks_the_server(
    db: ServerDatabase, app: object
) -> None:
    make_officer(db, "amina", "admin", language="en")
    target = make_officer(db, "target", "viewer")
    browser = client_of(app)
    log_in(browser, "amina")
    csrf = csrf_of(browser.get("/console/").text)
    forms = {
        "/console/password": ["current", "new", "confirm"],
        "/console/language": ["lang", "next"],
        "/console/officers": ["login", "name", "role", "team", "password", "confirm"],
        f"/console/officers/{target}/role": ["role", "team"],
        f"/console/officers/{target}/password": ["password"],
        f"/console/officers/{target}/active": ["active"],
        "/console/officers/%00%ff/role": ["role"],
        "/console/officers/" + "9" * 300 + "/active": ["active"],
        "/console/login": ["login", "password", "next", "csrf"],
    }
    for url, fields in forms.items():
        for value in HOSTILE:
            for missing in (None, *fields):
                data = {name: value for name in fields if name != missing}
                if url != "/console/login":
                    data["csrf"] = csrf
                answer = browser.post(url, data=data, follow_redirects=False)
                assert answer.status_code < 500, (url, value[:20], missing)
                if answer.status_code in (400, 401, 403):
                    assert messages(answer.text), (url, value[:20], missing)
    log_in(browser, "amina")  # the hostile logins were refused, not amina's
    csrf = csrf_of(browser.get("/console/").text)
    # The English officer read English sentences.
    answer = browser.post("/console/officers", data={"csrf": csrf, "login": "x" * 5000})
    assert messages(answer.text) == [
        "The username must have 3 to 64 letters, digits, dots, hyphens or underscores."]
    # A body bigger than any form: refused with a sentence, not parsed.
    answer = browser.post("/console/password", content=b"a=" + b"b" * 40_000,
                          headers={"content-type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 413 and messages(answer.text) == ["The form is too long."]
    with db.session() as session:  # nothing hostile got in
        logins = set(session.scalars(select(Officer.login)))
    assert logins == {"amina", "target"}


def test_language_switch(db: ServerDatabase, app: object) -> None:
    make_officer(db, "amina", "viewer")
    browser = client_of(app)
    arabic = browser.get("/console/login?lang=ar")
    assert 'dir="rtl"' in arabic.text and "تسجيل الدخول" in arabic.text
    assert 'dir="rtl"' in browser.get("/console/login").text  # remembered (cookie)
    log_in(browser, "amina")
    home = browser.get("/console/")
    assert 'lang="fr"' in home.text  # the officer's own language once logged in
    browser.post("/console/language", data={"csrf": csrf_of(home.text), "lang": "ar",
                                            "next": "/console/password"})
    page = browser.get("/console/")
    assert 'dir="rtl"' in page.text and "أنت متصل باسم amina (مطلع)." in page.text
    browser.post("/console/language", data={"csrf": csrf_of(page.text), "lang": "en",
                                            "next": "https://evil.example/"})
    assert "Logged in as amina (Viewer)." in browser.get("/console/").text


def test_the_cookie_is_secure_over_tls(db: ServerDatabase, app: object) -> None:
    make_officer(db, "amina", "admin")
    browser = TestClient(app, base_url="https://console.test")  # type: ignore[arg-type]
    page = browser.get("/console/login")
    answer = browser.post("/console/login", data={
        "csrf": csrf_of(page.text), "login": "amina", "password": PASSWORD},
        follow_redirects=False)
    assert "Secure" in answer.headers["set-cookie"]


def test_create_officer_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert cli.main(["admin", "create-officer", "--data-dir", str(data), "--login", "Amina",
                     "--name", "Amina El Idrissi", "--password", PASSWORD]) == 0
    assert "Agent créé : amina (admin)" in capsys.readouterr().out
    assert cli.main(["admin", "create-officer", "--data-dir", str(data), "--login", "amina",
                     "--name", "Again", "--password", PASSWORD]) == 1
    assert "Cet identifiant est déjà pris." in capsys.readouterr().err
    assert cli.main(["admin", "create-officer", "--data-dir", str(data), "--login", "c1x",
                     "--name", "C", "--role", "coordinator", "--password", PASSWORD]) == 1
    assert "choisissez-la" in capsys.readouterr().err
    db = ServerDatabase(f"sqlite:///{data / 'caravane-server.sqlite3'}")
    with db.session() as session:
        officer = session.scalar(select(Officer))
        assert officer is not None and officer.role == "admin"
        assert officer.password_hash.startswith("$argon2id$")
    db.dispose()
