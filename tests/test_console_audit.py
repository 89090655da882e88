"""The console's audit log through HTTP (admins only): every officer action
with who, when (Morocco's time), what and from where; filters by officer,
action and period; the CSV export (itself audited, formulas neutralised).
SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from sqlalchemy import select

from server.console import accounts
from server.db import ServerDatabase
from server.models import AdminAudit
from tests import test_console
from tests.console_support import ROLES, log_in, make_officer, messages
from tests.test_console import HOSTILE, Clock, client_of

# The console tests' fixtures (a server database per backend, the app, its clock).
app = test_console.app
clock = test_console.clock
db = test_console.db


def actions_shown(html: str) -> list[str]:
    return re.findall(r'class="action">([a-z_]+)<', html)


def test_the_log_shows_each_action_and_filters_by_officer_action_and_period(
    db: ServerDatabase, app: object, clock: Clock
) -> None:
    admin = make_officer(db, "amina", "admin")
    make_officer(db, "youssef", "officer")
    # 15 January 23:30 UTC is 16 January 00:30 in Morocco (UTC+1 then).
    clock.now = dt.datetime(2026, 1, 15, 23, 30)
    officer_browser = client_of(app)
    log_in(officer_browser, "youssef")
    clock.now = dt.datetime(2026, 1, 20, 9, 0)
    browser = client_of(app)
    log_in(browser, "amina")
    page = browser.get("/console/audit")
    assert page.status_code == 200 and 'href="/console/audit"' in page.text
    assert "officer_create" in actions_shown(page.text)  # the accounts' creation too
    page = browser.get("/console/audit", params={"action": "login"})
    assert actions_shown(page.text) == ["login", "login"]  # newest first
    assert "20/01/2026 10:00:00" in page.text and "16/01/2026 00:30:00" in page.text
    assert "who\">youssef<" in page.text and "testclient" in page.text  # who, from where
    only_amina = browser.get("/console/audit", params={"officer": admin, "action": "login"})
    assert actions_shown(only_amina.text) == ["login"] and "who\">youssef<" not in only_amina.text
    created = actions_shown(browser.get("/console/audit", params={"action": "officer_create"}).text)
    assert created == ["officer_create", "officer_create"]
    morocco_16th = browser.get("/console/audit", params={"start": "2026-01-16",
                                                        "end": "2026-01-16", "action": "login"})
    assert actions_shown(morocco_16th.text) == ["login"] and "who\">youssef<" in morocco_16th.text
    assert actions_shown(browser.get("/console/audit", params={"end": "2026-01-15", "action": "login"}).text) == []


def test_the_csv_export_follows_the_filter_is_audited_and_neutralises_formulas(
    db: ServerDatabase, app: object, clock: Clock
) -> None:
    admin = make_officer(db, "amina", "admin")
    with db.session() as s:
        accounts.audit(s, at=clock.now, action="login_failed", address="10.0.0.9",
                       detail='=HYPERLINK("http://evil.example")')
    browser = client_of(app)
    log_in(browser, "amina")
    answer = browser.get("/console/audit.csv", params={"action": "login_failed"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    assert answer.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert rows[0] == ["at_morocco", "login", "name", "action", "detail", "address"]
    assert [row[3] for row in rows[1:]] == ["login_failed"]
    assert rows[1][4] == "'=HYPERLINK(\"http://evil.example\")" and rows[1][5] == "10.0.0.9"
    everything = browser.get("/console/audit.csv").content.decode("utf-8-sig")
    assert "audit_exported" in everything and "amina" in everything
    with db.session() as s:
        exported = s.scalars(select(AdminAudit).where(
            AdminAudit.action == "audit_exported").order_by(AdminAudit.id)).all()
    assert [entry.officer_id for entry in exported] == [admin, admin]
    assert exported[0].detail == "action=login_failed"


def test_only_admins_read_the_log(db: ServerDatabase, app: object) -> None:
    for role in ROLES:
        make_officer(db, f"{role.value}-x", role.value,
                     team_id=None if role.value != "coordinator" else _team(db))
        browser = client_of(app)
        log_in(browser, f"{role.value}-x")
        home = browser.get("/console/").text
        for url in ("/console/audit", "/console/audit.csv"):
            expected = 200 if role.value == "admin" else 403
            assert browser.get(url).status_code == expected, (role, url)
        assert ('href="/console/audit"' in home) == (role.value == "admin")


def _team(db: ServerDatabase) -> str:
    from tests.sync_helpers import new_team

    return new_team(db)


def test_hostile_filters_are_sentences_never_errors(db: ServerDatabase, app: object) -> None:
    make_officer(db, "amina", "admin", language="ar")
    browser = client_of(app)
    log_in(browser, "amina")
    bad = browser.get("/console/audit", params={"start": "2026-02-30"})
    assert bad.status_code == 400 and messages(bad.text) == [
        "تاريخ غير صالح: استعمل الصيغة سنة-شهر-يوم (YYYY-MM-DD)."]
    assert 'dir="rtl"' in bad.text and "سجل التدقيق" in bad.text
    for value in HOSTILE:
        for name in ("officer", "action", "start", "end", "page"):
            for url in ("/console/audit", "/console/audit.csv"):
                answer = browser.get(url, params={name: value})
                assert answer.status_code in (200, 400), (url, name, value[:20])
                if answer.status_code == 400:
                    assert messages(answer.text)
