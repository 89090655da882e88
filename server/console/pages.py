"""The console's pages: login, logout, home, password change, language,
and the officers' management page (admin).

Each route names its roles in one place, its `require(...)` dependency (or
`public` for the login form).  Routes are synchronous (SQL and argon2 run in
the thread pool); POSTed forms are read by the async dependencies first."""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from server.console import accounts, auth
from server.console.accounts import OfficerError
from server.console.auth import Visitor, db_session, posted_form, public, require
from server.console.i18n import LANGUAGES, language
from server.console.render import page, visitor_language
from server.console.roles import ALL_ROLES, ConsoleRole

ADMIN = ConsoleRole.ADMIN
router = APIRouter(prefix="/console")

# Each route's roles, declared by the type of its `visitor` parameter.
AnyOfficer = Annotated[Visitor, Depends(require(*ALL_ROLES))]
AdminOnly = Annotated[Visitor, Depends(require(ADMIN))]
Form = Annotated[dict[str, str], Depends(posted_form)]
DbSession = Annotated[Session, Depends(db_session)]


def _safe_next(target: str | None) -> str:
    """Only a console path of ours (never another site: `//evil`, `/\\evil`)."""
    if target and target.startswith("/console") and not target.startswith(("//", "/\\")) \
            and "\\" not in target and len(target) < 500:
        return target
    return "/console/"


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


# ---------------------------------------------------------------- login


def _login_page(
    request: Request, *, lang: str, error: Any = None, status: int = 200,
    next_url: str = "/console/", login: str = "", notice: str | None = None,
) -> HTMLResponse:
    token = request.cookies.get(auth.LOGIN_COOKIE)
    if not token or len(token) > 100:
        token = secrets.token_urlsafe(32)
    response = page(request, "login.html", lang=lang, status=status, error=error, notice=notice,
                    next_url=_safe_next(next_url), login=login[:64], login_token=token)
    response.set_cookie(auth.LOGIN_COOKIE, token, **auth.cookie_options(request))
    return response


@router.get("/login", dependencies=[Depends(public)])
def login_form(request: Request, lang: str | None = None, next_url: Annotated[str | None, Query(alias="next")] = None,
               bye: int = 0, expired: int = 0) -> HTMLResponse:
    chosen = language(lang) if lang else visitor_language(request)
    notice = "Vous êtes déconnecté." if bye else (
        "Votre session a expiré : reconnectez-vous." if expired else None)
    response = _login_page(request, lang=chosen, next_url=next_url or "/console/", notice=notice)
    if lang:
        response.set_cookie(auth.LANG_COOKIE, chosen, max_age=365 * 86400,
                            **auth.cookie_options(request))
    return response


@router.post("/login", dependencies=[Depends(public)])
def login(
    request: Request, form: Form,
    session: DbSession,
) -> Response:
    lang = visitor_language(request)
    login_name = accounts.normalize_login(form.get("login", ""))[:64]
    next_url = form.get("next", "/console/")
    if not auth.same_token(form.get("csrf"), request.cookies.get(auth.LOGIN_COOKIE)):
        return _login_page(request, lang=lang, status=403, next_url=next_url, login=login_name,
                           error="Le formulaire a expiré : rechargez la page puis recommencez.")
    address = auth.client_address(request)
    moment = auth.now(request)
    if auth.throttled(request, session, login_name):
        accounts.audit(session, at=moment, action="login_throttled", address=address,
                       detail=f"login={login_name}")
        minutes = int(auth.THROTTLE_WINDOW.total_seconds() // 60)
        return _login_page(request, lang=lang, status=429, next_url=next_url, login=login_name,
                           error=_sentence("Trop de tentatives de connexion : réessayez dans "
                                           "{minutes} minutes.", minutes=minutes))
    officer = accounts.find_by_login(session, login_name)
    password = form.get("password", "")
    good = accounts.password_matches(officer.password_hash if officer else None, password)
    if officer is None or not good or not officer.active:
        auth.record_failure(request, session, login_name)
        accounts.audit(session, at=moment, action="login_failed", address=address,
                       officer_id=officer.id if officer else None, detail=f"login={login_name}")
        return _login_page(request, lang=lang, status=401, next_url=next_url, login=login_name,
                           error="Identifiant ou mot de passe incorrect.")
    auth.forget_failures(session, login_name)
    token = auth.open_session(request, session, officer)
    accounts.audit(session, at=moment, action="login", officer_id=officer.id, address=address)
    session.commit()  # before the browser follows the redirect
    response = _see_other(_safe_next(next_url))
    response.set_cookie(auth.COOKIE, token, **auth.cookie_options(request))
    response.delete_cookie(auth.LOGIN_COOKIE, path="/console")
    return response


def _sentence(source: str, **params: Any) -> tuple[str, dict[str, Any]]:
    return (source, params)


@router.post("/logout")
def logout(
    request: Request, visitor: AnyOfficer,
    session: DbSession,
) -> Response:
    auth.close_session(session, visitor)
    accounts.audit(session, at=auth.now(request), action="logout",
                   officer_id=visitor.officer_id, address=auth.client_address(request))
    session.commit()
    response = _see_other("/console/login?bye=1")
    response.delete_cookie(auth.COOKIE, path="/console")
    # The login page that follows speaks the officer's language.
    response.set_cookie(auth.LANG_COOKIE, visitor.language, max_age=365 * 86400,
                        **auth.cookie_options(request))
    return response


# ---------------------------------------------------------------- home


@router.get("/")
def home(request: Request, visitor: AnyOfficer,
         session: DbSession) -> HTMLResponse:
    me = accounts.view(session, accounts.find(session, visitor.officer_id))
    return page(request, "home.html", me=me)


@router.post("/language")
def set_language(
    request: Request, visitor: AnyOfficer, form: Form,
    session: DbSession,
) -> Response:
    chosen = form.get("lang", "")
    if chosen in LANGUAGES:  # anything else keeps the language as it is
        accounts.find(session, visitor.officer_id).language = chosen
    session.commit()
    return _see_other(_safe_next(form.get("next")))


# ---------------------------------------------------------------- password


@router.get("/password")
def password_form(request: Request,
                  visitor: AnyOfficer) -> HTMLResponse:
    return page(request, "password.html")


@router.post("/password")
def change_password(
    request: Request, visitor: AnyOfficer, form: Form,
    session: DbSession,
) -> HTMLResponse:
    try:
        accounts.change_own_password(
            session, officer_id=visitor.officer_id, current=form.get("current", ""),
            new=form.get("new", ""), confirm=form.get("confirm", ""), now=auth.now(request),
            address=auth.client_address(request), keep_session=visitor.session_hash,
        )
    except OfficerError as error:
        session.rollback()
        return page(request, "password.html", status=400,
                    error=(error.sentence, error.params))
    return page(request, "password.html", notice="Mot de passe modifié.")


# ---------------------------------------------------------------- officers (admin)


def _officers_page(request: Request, session: Session, *, status: int = 200,
                   error: Any = None, notice: Any = None,
                   form: dict[str, str] | None = None) -> HTMLResponse:
    return page(request, "officers.html", status=status, error=error, notice=notice,
                officers=accounts.list_all(session), teams=accounts.teams(session),
                form=form or {})


@router.get("/officers")
def officers(request: Request, visitor: AdminOnly,
             session: DbSession) -> HTMLResponse:
    return _officers_page(request, session)


def _officer_action(request: Request, session: Session, form: dict[str, str],
                    action: Any, done: str) -> HTMLResponse:
    """Run one change; a refusal shows its sentence and changes nothing."""
    try:
        changed = action()
    except OfficerError as error:
        session.rollback()
        return _officers_page(request, session, status=400, error=(error.sentence, error.params),
                              form=form)
    session.commit()
    return _officers_page(request, session, notice=(done, {"login": changed.login}))


@router.post("/officers")
def create_officer(
    request: Request, visitor: AdminOnly, form: Form,
    session: DbSession,
) -> HTMLResponse:
    def action() -> accounts.OfficerView:
        if form.get("password", "") != form.get("confirm", ""):
            raise OfficerError("Les deux mots de passe diffèrent.")
        return accounts.create(
            session, login=form.get("login", ""), name=form.get("name", ""),
            role=form.get("role", ""), password=form.get("password", ""),
            team_id=form.get("team") or None, language=visitor_language(request),
            now=auth.now(request), by=visitor.officer_id, address=auth.client_address(request),
        )

    kept = {key: form.get(key, "")[:120] for key in ("login", "name", "role", "team")}
    return _officer_action(request, session, kept, action, "Agent {login} ajouté.")


@router.post("/officers/{officer_id}/role")
def change_role(
    officer_id: str, request: Request, visitor: AdminOnly, form: Form,
    session: DbSession,
) -> HTMLResponse:
    return _officer_action(request, session, {}, lambda: accounts.set_role(
        session, officer_id=officer_id, role=form.get("role", ""),
        team_id=form.get("team") or None, now=auth.now(request), by=visitor.officer_id,
        address=auth.client_address(request)), "Agent {login} modifié.")


@router.post("/officers/{officer_id}/password")
def reset_password(
    officer_id: str, request: Request, visitor: AdminOnly, form: Form,
    session: DbSession,
) -> HTMLResponse:
    return _officer_action(request, session, {}, lambda: accounts.reset_password(
        session, officer_id=officer_id, password=form.get("password", ""),
        now=auth.now(request), by=visitor.officer_id, address=auth.client_address(request)),
        "Mot de passe de {login} réinitialisé ; ses sessions sont fermées.")


@router.post("/officers/{officer_id}/active")
def set_active(
    officer_id: str, request: Request, visitor: AdminOnly, form: Form,
    session: DbSession,
) -> HTMLResponse:
    active = form.get("active") == "1"
    return _officer_action(request, session, {}, lambda: accounts.set_active(
        session, officer_id=officer_id, active=active, now=auth.now(request),
        by=visitor.officer_id, address=auth.client_address(request)),
        "Agent {login} réactivé." if active else "Agent {login} désactivé ; ses sessions sont "
        "fermées.")
