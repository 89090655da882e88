"""The console's audit log (admins only: it holds every officer's
addresses and the logins tried by strangers): every line of `admin_audit`
(who, when, what, from where), newest first, filtered by officer, action
and period, and exported as CSV.  Read-only; an export is itself a line.

Times are shown and filtered in Morocco's time (the server stores UTC)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.console import accounts, auth
from server.console.auth import Visitor, db_session, require
from server.console.certificates import FilterError, clean, parse_day, parse_page
from server.console.render import page
from server.console.roles import ConsoleRole
from server.models import AdminAudit, Officer

router = APIRouter(prefix="/console")
AdminOnly = Annotated[Visitor, Depends(require(ConsoleRole.ADMIN))]
DbSession = Annotated[Session, Depends(db_session)]

MOROCCO = ZoneInfo("Africa/Casablanca")
PAGE_SIZE = 100
EXPORT_MAX = 100_000
# A spreadsheet runs a cell starting with these as a formula (a login tried
# by a stranger lands in the detail): such cells are written as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class AuditFilter:
    officer_id: str | None
    action: str | None
    start: dt.date | None
    end: dt.date | None

    def conditions(self) -> list[Any]:
        found: list[Any] = []
        if self.officer_id:
            found.append(AdminAudit.officer_id == self.officer_id)
        if self.action:
            found.append(AdminAudit.action == self.action)
        if self.start:
            found.append(AdminAudit.at >= _utc_midnight(self.start))
        if self.end:
            found.append(AdminAudit.at < _utc_midnight(self.end + dt.timedelta(days=1)))
        return found


@dataclass(frozen=True)
class AuditLine:
    at: dt.datetime  # Morocco's time
    login: str
    name: str
    action: str
    detail: str
    address: str


def _utc_midnight(day: dt.date) -> dt.datetime:
    """The start of `day` in Morocco, as the UTC the table stores."""
    local = dt.datetime.combine(day, dt.time(), tzinfo=MOROCCO)
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def local_time(at: dt.datetime) -> dt.datetime:
    return at.replace(tzinfo=dt.UTC).astimezone(MOROCCO).replace(tzinfo=None)


def actions(session: Session) -> list[str]:
    return list(session.scalars(select(AdminAudit.action).distinct().order_by(AdminAudit.action)))


def officers(session: Session) -> list[tuple[str, str]]:
    return [(row.id, row.login) for row in
            session.execute(select(Officer.id, Officer.login).order_by(Officer.login))]


def lines(session: Session, chosen: AuditFilter, *, limit: int, offset: int = 0) -> list[AuditLine]:
    rows = session.execute(
        select(AdminAudit, Officer.login, Officer.name)
        .outerjoin(Officer, Officer.id == AdminAudit.officer_id)
        .where(*chosen.conditions())
        .order_by(AdminAudit.at.desc(), AdminAudit.id.desc())
        .limit(limit).offset(offset)
    )
    return [AuditLine(at=local_time(entry.at), login=login or "", name=name or "",
                      action=entry.action, detail=entry.detail or "", address=entry.address or "")
            for entry, login, name in rows]


def count(session: Session, chosen: AuditFilter) -> int:
    return session.scalar(select(func.count()).select_from(AdminAudit)
                          .where(*chosen.conditions())) or 0


def _filter(session: Session, request: Request) -> tuple[AuditFilter, dict[str, str]]:
    """The filter of the query string; unknown officers and actions are
    ignored, a bad date raises `FilterError`."""
    params = request.query_params
    shown = {key: clean(params.get(key), 64) for key in ("officer", "action", "start", "end")}
    if shown["officer"] not in {officer_id for officer_id, _ in officers(session)}:
        shown["officer"] = ""
    if shown["action"] not in actions(session):
        shown["action"] = ""
    chosen = AuditFilter(officer_id=shown["officer"] or None, action=shown["action"] or None,
                         start=parse_day(shown["start"]), end=parse_day(shown["end"]))
    return chosen, shown


@router.get("/audit")
def audit_log(request: Request, visitor: AdminOnly, session: DbSession) -> HTMLResponse:
    context: dict[str, Any] = {"officers": officers(session), "actions": actions(session)}
    try:
        chosen, shown = _filter(session, request)
    except FilterError as error:
        shown = {key: clean(request.query_params.get(key), 20)
                 for key in ("officer", "action", "start", "end")}
        return page(request, "audit.html", status=400, error=error.sentence, shown=shown,
                    lines=None, **context)
    total = count(session, chosen)
    pages = max(1, -(-total // PAGE_SIZE))
    number = min(parse_page(request.query_params.get("page")), pages)
    query = urlencode({key: value for key, value in shown.items() if value})
    return page(request, "audit.html", shown=shown, query=query, total=total, page_no=number,
                pages=pages, lines=lines(session, chosen, limit=PAGE_SIZE,
                                         offset=(number - 1) * PAGE_SIZE), **context)


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def to_csv(found: list[AuditLine]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["at_morocco", "login", "name", "action", "detail", "address"])
    for line in found:
        writer.writerow([line.at.isoformat(sep=" "), *(
            _cell(value) for value in (line.login, line.name, line.action, line.detail,
                                       line.address))])
    return out.getvalue()


@router.get("/audit.csv", response_model=None)
def audit_csv(request: Request, visitor: AdminOnly, session: DbSession) -> Response:
    try:
        chosen, shown = _filter(session, request)
    except FilterError as error:
        return page(request, "audit.html", status=400, error=error.sentence, shown={},
                    lines=None, officers=officers(session), actions=actions(session))
    body = to_csv(lines(session, chosen, limit=EXPORT_MAX))
    accounts.audit(session, at=auth.now(request), action="audit_exported",
                   officer_id=visitor.officer_id, address=auth.client_address(request),
                   detail=urlencode({key: value for key, value in shown.items() if value}))
    session.commit()
    # With a byte-order mark, so that a spreadsheet reads the Arabic right.
    return Response("\ufeff" + body, media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": 'attachment; filename="caravane-audit.csv"',
        "Cache-Control": "no-store",
    })
