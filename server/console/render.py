"""Templates of the console (server/console/templates, shipped in the
package) and the pages for refusals: 403, the login redirect, a bad form."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape

from server.console import auth, i18n
from server.console.roles import ROLE_LABELS, ConsoleRole

templates = Environment(
    loader=PackageLoader("server.console", "templates"),
    autoescape=select_autoescape(default=True),
)


def visitor_language(request: Request) -> str:
    """The officer's language; before login, the cookie set by the switch,
    else the browser's."""
    visitor: auth.Visitor | None = getattr(request.state, "visitor", None)
    if visitor is not None:
        return i18n.language(visitor.language)
    cookie = request.cookies.get(auth.LANG_COOKIE)
    if cookie in i18n.LANGUAGES:
        return cookie
    return i18n.from_accept_language(request.headers.get("accept-language", ""))


def _say(lang: str) -> Any:
    def say(message: Any, **params: Any) -> str:
        """A French source, or a (source, params) pair from a refusal."""
        if isinstance(message, tuple):
            source, given = message
            return i18n.text(source, lang, **{**given, **params})
        return i18n.text(str(message), lang, **params)

    return say


def page(request: Request, name: str, *, lang: str | None = None, status: int = 200,
         **context: Any) -> HTMLResponse:
    lang = lang or visitor_language(request)
    visitor: auth.Visitor | None = getattr(request.state, "visitor", None)
    say = _say(lang)
    html = templates.get_template(name).render(
        lang=lang, rtl=i18n.is_rtl(lang), _=say, languages=i18n.LANGUAGE_NAMES,
        visitor=visitor, is_admin=visitor is not None and visitor.role == ConsoleRole.ADMIN,
        csrf=visitor.csrf if visitor else "", path=request.url.path,
        role_label=lambda role: say(ROLE_LABELS.get(role, role)),
        roles=[(role.value, say(ROLE_LABELS[role])) for role in ConsoleRole],
        **context,
    )
    response = HTMLResponse(html, status_code=status)
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "frame-ancestors 'none'"
    )
    response.headers["Referrer-Policy"] = "same-origin"
    return response


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(auth.LoginRequired)
    async def _login(request: Request, exc: auth.LoginRequired) -> Response:
        target = "/console/login"
        query = []
        if request.method == "GET":
            query.append("next=" + quote(request.url.path, safe="/"))
        if exc.expired:
            query.append("expired=1")
        if query:
            target += "?" + "&".join(query)
        response = RedirectResponse(target, status_code=303)
        response.delete_cookie(auth.COOKIE, path="/console")
        return response

    @app.exception_handler(auth.Refused)
    async def _refused(request: Request, exc: auth.Refused) -> Response:
        return page(request, "message.html", status=403, title="Accès refusé",
                    error="Cette page est réservée à d'autres rôles.")

    @app.exception_handler(auth.BadForm)
    async def _bad_form(request: Request, exc: auth.BadForm) -> Response:
        return page(request, "message.html", status=exc.status, title="Accès refusé",
                    error=exc.sentence)
