"""Who is asking: server-side sessions in the database, CSRF tokens, login
throttling, and the one place that says which roles may open each route.

Nothing here lives in a process's memory: a session, its CSRF token and
the refused logins are rows, so any worker process (on any machine behind
the proxy) answers any request the same way.

* The cookie `caravane_console` carries a random token (HttpOnly,
  SameSite=Lax, Secure when the request came over TLS); the table keeps
  only its SHA-256.  A session ends on logout, after `IDLE` without a
  request, `ABSOLUTE` after login, or when an admin resets the password
  or deactivates the officer.
* Every POST carries the session's `csrf` field (a login form, before any
  session, carries the `caravane_login` cookie's value instead).
* Logins are refused for a while after `ACCOUNT_FAILURES` failures on one
  account or `ADDRESS_FAILURES` from one address within `THROTTLE_WINDOW`.

Routes declare their roles with `Depends(require(...))`; the test
`tests/test_console_access.py` walks every route against every role.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from server.api.deps import get_db
from server.api.errors import ApiError
from server.api.middleware import BodyLimits, read_body
from server.api.rate_limit import client_key
from server.console.roles import ALL_ROLES, ConsoleRole
from server.db import utcnow
from server.models import ConsoleSession, LoginFailure, Officer

COOKIE = "caravane_console"
LOGIN_COOKIE = "caravane_login"
LANG_COOKIE = "caravane_lang"
IDLE = dt.timedelta(minutes=30)
ABSOLUTE = dt.timedelta(hours=12)
# Don't write last_seen_at on every click: once a minute is precise enough.
TOUCH_EVERY = dt.timedelta(minutes=1)
THROTTLE_WINDOW = dt.timedelta(minutes=15)
ACCOUNT_FAILURES = 5
ADDRESS_FAILURES = 20
# A console form is a few fields; anything bigger is refused before parsing.
FORM_LIMITS = BodyLimits(compressed=32 * 1024, inflated=32 * 1024, containers=0, separators=0)
MAX_FIELDS = 40


class LoginRequired(Exception):
    """No valid session: the page sends the browser to the login form."""

    def __init__(self, expired: bool = False) -> None:
        super().__init__("login required")
        self.expired = expired


class Refused(Exception):
    """Logged in, but this route is for other roles (403)."""


class BadForm(Exception):
    """A POST without the right CSRF token (403), or a body no form sends (413)."""

    def __init__(self, sentence: str, status: int = 403) -> None:
        super().__init__(sentence)
        self.sentence = sentence
        self.status = status


def db_session(request: Request) -> Iterator[Session]:
    """One session per request, committed when the page is done; a route may
    commit earlier itself (before a redirect the browser follows at once)."""
    session = get_db(request).new_session()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def now(request: Request) -> dt.datetime:
    """The console's time (UTC, naive); tests set `app.state.console_clock`."""
    clock: Callable[[], dt.datetime] = getattr(request.app.state, "console_clock", utcnow)
    return clock()


def client_address(request: Request) -> str:
    return client_key(request)[:64]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def is_tls(request: Request) -> bool:
    return request.url.scheme == "https"


def cookie_options(request: Request) -> dict[str, Any]:
    return {"httponly": True, "samesite": "lax", "secure": is_tls(request), "path": "/console"}


@dataclass(frozen=True)
class Visitor:
    """The officer behind a request, as routes see them (plain values: they
    outlive the request's database session, for the refusal pages)."""

    officer_id: str
    login: str
    role: str
    language: str
    session_hash: str
    csrf: str


async def read_form(request: Request) -> dict[str, str]:
    """An urlencoded form, bounded (fields, bytes), read once per request;
    a field sent twice keeps its first value."""
    cached: dict[str, str] | None = getattr(request.state, "form", None)
    if cached is not None:
        return cached
    try:
        body = await read_body(request, FORM_LIMITS)
    except ApiError:
        raise BadForm("Le formulaire est trop long.", 413) from None
    try:
        pairs = urllib.parse.parse_qsl(
            body.decode("utf-8", errors="replace"), keep_blank_values=True,
            max_num_fields=MAX_FIELDS,
        )
    except ValueError:
        raise BadForm("Le formulaire est trop long.", 413) from None
    form: dict[str, str] = {}
    for key, value in pairs:
        form.setdefault(key, value.replace("\x00", ""))
    request.state.form = form
    return form


def current_session(request: Request, session: Session) -> Visitor | None:
    """The live session of this request's cookie, touched; None when there is
    none (expired ones are deleted on the way)."""
    token = request.cookies.get(COOKIE)
    if not token or len(token) > 200:
        return None
    found = session.get(ConsoleSession, token_hash(token))
    if found is None:
        return None
    moment = now(request)
    officer = session.get(Officer, found.officer_id)
    if (
        officer is None or not officer.active
        or moment - found.last_seen_at > IDLE or moment - found.created_at > ABSOLUTE
    ):
        session.delete(found)
        request.state.session_expired = True
        return None
    if moment - found.last_seen_at >= TOUCH_EVERY:
        found.last_seen_at = moment
    return Visitor(officer_id=officer.id, login=officer.login, role=officer.role,
                   language=officer.language, session_hash=found.token_hash, csrf=found.csrf)


def open_session(request: Request, session: Session, officer: Officer) -> str:
    """A new session for `officer`; returns the cookie's token."""
    token = secrets.token_urlsafe(32)
    moment = now(request)
    session.add(ConsoleSession(
        token_hash=token_hash(token), officer_id=officer.id, csrf=secrets.token_urlsafe(32),
        created_at=moment, last_seen_at=moment, address=client_address(request),
    ))
    # Old expired sessions go when anyone logs in (no background job needed).
    session.execute(delete(ConsoleSession).where(
        (ConsoleSession.created_at < moment - ABSOLUTE)
        | (ConsoleSession.last_seen_at < moment - IDLE)
    ))
    return token


def close_session(session: Session, visitor: Visitor) -> None:
    session.execute(delete(ConsoleSession).where(
        ConsoleSession.token_hash == visitor.session_hash))


def same_token(given: str | None, expected: str | None) -> bool:
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


# ---------------------------------------------------------------- throttling


def throttled(request: Request, session: Session, login: str) -> bool:
    """Too many recent failures for this account or from this address."""
    since = now(request) - THROTTLE_WINDOW
    by_account = session.scalar(select(func.count()).select_from(LoginFailure).where(
        LoginFailure.login == login[:64], LoginFailure.at > since))
    if (by_account or 0) >= ACCOUNT_FAILURES:
        return True
    by_address = session.scalar(select(func.count()).select_from(LoginFailure).where(
        LoginFailure.address == client_address(request), LoginFailure.at > since))
    return (by_address or 0) >= ADDRESS_FAILURES


def record_failure(request: Request, session: Session, login: str) -> None:
    moment = now(request)
    session.add(LoginFailure(at=moment, login=login[:64], address=client_address(request)))
    session.execute(delete(LoginFailure).where(LoginFailure.at < moment - THROTTLE_WINDOW))


def forget_failures(session: Session, login: str) -> None:
    session.execute(delete(LoginFailure).where(LoginFailure.login == login[:64]))


# ---------------------------------------------------------------- roles


class Require:
    """The dependency of a route open to `roles`: the logged-in `Visitor`
    (anonymous: `LoginRequired`; another role: `Refused`); on a POST, the
    form's CSRF token is checked too."""

    def __init__(self, roles: tuple[ConsoleRole, ...]) -> None:
        self.roles = frozenset(roles)

    async def __call__(
        self, request: Request, session: Annotated[Session, Depends(db_session)]
    ) -> Visitor:
        visitor = await run_in_threadpool(current_session, request, session)
        if visitor is None:
            raise LoginRequired(expired=bool(getattr(request.state, "session_expired", False)))
        request.state.visitor = visitor
        if visitor.role not in self.roles:
            raise Refused()
        if request.method == "POST":
            form = await read_form(request)
            if not same_token(form.get("csrf"), visitor.csrf):
                raise BadForm("Le formulaire a expiré : rechargez la page puis recommencez.")
        return visitor


def require(*roles: ConsoleRole) -> Require:
    """`visitor: Visitor = Depends(require(ConsoleRole.ADMIN))`; no role
    named means every role (any logged-in officer)."""
    return Require(roles or ALL_ROLES)


def allowed_roles(dependency: object) -> frozenset[ConsoleRole] | None:
    return dependency.roles if isinstance(dependency, Require) else None


def public(request: Request) -> None:
    """Marks a route anyone may open (the login form): nothing to check."""
    request.state.public = True


async def posted_form(request: Request) -> dict[str, str]:
    """The POSTed form, for the (synchronous) route that handles it."""
    return await read_form(request)
