"""Helpers for the console tests: a server database per backend, officers
of every role, and a browser-like HTTP client that logs in through the form."""

from __future__ import annotations

import re

import httpx

from server.console import accounts
from server.console.roles import ConsoleRole
from server.db import ServerDatabase, utcnow

PASSWORD = "mot de passe 1"  # noqa: S105 - a test officer's
_CSRF = re.compile(r'name="csrf" value="([^"]*)"')


def make_officer(db: ServerDatabase, login: str, role: str, *, team_id: str | None = None,
                 language: str = "fr") -> str:
    with db.session() as session:
        return accounts.create(
            session, login=login, name=f"Agent {login}", role=role, password=PASSWORD,
            team_id=team_id, language=language, now=utcnow(),
        ).id


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "no csrf field in the page"
    return found.group(1)


def log_in(client: httpx.Client, login: str, password: str = PASSWORD) -> None:
    page = client.get("/console/login")
    answer = client.post("/console/login", data={
        "csrf": csrf_of(page.text), "login": login, "password": password, "next": "/console/",
    }, follow_redirects=False)
    assert answer.status_code == 303, answer.text


def messages(html: str) -> list[str]:
    """The notice and error sentences shown on a page (HTML-unescaped)."""
    import html as html_lib

    return [html_lib.unescape(text.strip()) for text in
            re.findall(r'class="(?:notice|error)"[^>]*>([^<]*)<', html)]


ROLES = tuple(ConsoleRole)
