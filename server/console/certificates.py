"""The console's certificates page: the certificates the laptops synced
(support rows of kind certificate, with their serial), searched by serial or
holder, filtered by team and period; one opened shows what the public
verification page says; admins and officers revoke one with a reason.

Revocation is the synced `support_delivered.revoked` field the public page
reads (`server.certificates`): written through the console's clocked session
and given sequence numbers, so the issuing team's laptops learn it at their
next sync.  Viewers see the list and the verdicts, nothing more."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import Beneficiary, SupportDelivered, Team
from app.models.enums import SupportKind
from app.rules.certificates import VERIFY_ROUTE, normalize_serial
from server.certificates import verify_certificate
from server.console import accounts, auth
from server.console.auth import Visitor, db_session, posted_form, require
from server.console.render import page
from server.console.roles import ConsoleRole
from server.models import AdminAudit, Officer
from server.sequence import sequence_local_writes

router = APIRouter(prefix="/console")

MAY_REVOKE = (ConsoleRole.ADMIN, ConsoleRole.OFFICER)
Reader = Annotated[Visitor, Depends(require(*MAY_REVOKE, ConsoleRole.VIEWER))]
Revoker = Annotated[Visitor, Depends(require(*MAY_REVOKE))]
Form = Annotated[dict[str, str], Depends(posted_form)]
DbSession = Annotated[Session, Depends(db_session)]

PAGE_SIZE = 50
SEARCH_MAX = 100
SERIAL_MAX = 40
REASON_MAX = 500
REVOKED_ACTION = "certificate_revoked"


class FilterError(Exception):
    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.sentence = sentence


def clean(value: str | None, limit: int) -> str:
    """A typed value as the database may see it: no NUL (PostgreSQL refuses
    it), spaces folded, bounded."""
    return " ".join((value or "").replace("\x00", "").split())[:limit]


def parse_day(value: str | None) -> dt.date | None:
    value = clean(value, 20)
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FilterError("Date invalide : utilisez le format AAAA-MM-JJ.") from None


def parse_page(value: str | None) -> int:
    value = clean(value, 6)
    return int(value) if value.isdigit() and int(value) > 0 else 1


@dataclass(frozen=True)
class CertificateRow:
    serial: str
    holder: str
    team_name: str
    delivered_on: dt.date
    revoked: bool


@dataclass(frozen=True)
class Listing:
    rows: list[CertificateRow]
    total: int
    page: int
    pages: int


def _holder(first: str | None, last: str | None, arabic: str | None) -> str:
    latin = f"{first or ''} {(last or '').upper()}".strip()
    return " / ".join(name for name in (latin, arabic or "") if name)


def list_certificates(session: Session, *, search: str, team_id: str | None,
                      start: dt.date | None, end: dt.date | None, page_number: int) -> Listing:
    conditions: list[Any] = [
        SupportDelivered.kind == SupportKind.CERTIFICATE.value,
        SupportDelivered.serial.is_not(None),
        SupportDelivered.deleted.is_(False),
    ]
    if search:
        latin = Beneficiary.first_name + " " + Beneficiary.last_name
        reversed_ = Beneficiary.last_name + " " + Beneficiary.first_name
        found = [latin.icontains(search, autoescape=True),
                 reversed_.icontains(search, autoescape=True),
                 Beneficiary.name_ar.contains(search, autoescape=True)]
        serial = normalize_serial(search)
        if serial:
            found.append(SupportDelivered.serial.contains(serial, autoescape=True))
        conditions.append(or_(*found))
    if team_id:
        conditions.append(SupportDelivered.team_id == team_id)
    if start:
        conditions.append(SupportDelivered.delivered_on >= start)
    if end:
        conditions.append(SupportDelivered.delivered_on <= end)
    joined = (
        select(SupportDelivered.serial, SupportDelivered.delivered_on, SupportDelivered.revoked,
               Beneficiary.first_name, Beneficiary.last_name, Beneficiary.name_ar, Team.name)
        .outerjoin(Beneficiary, (Beneficiary.id == SupportDelivered.beneficiary_id)
                   & Beneficiary.deleted.is_(False))
        .outerjoin(Team, Team.id == SupportDelivered.team_id)
        .where(*conditions)
    )
    total = session.scalar(select(func.count()).select_from(joined.subquery())) or 0
    pages = max(1, -(-total // PAGE_SIZE))
    page_number = min(page_number, pages)
    rows = session.execute(
        joined.order_by(SupportDelivered.delivered_on.desc(), SupportDelivered.serial)
        .limit(PAGE_SIZE).offset((page_number - 1) * PAGE_SIZE)
    )
    return Listing(
        rows=[CertificateRow(serial=row.serial, holder=_holder(row.first_name, row.last_name,
                                                               row.name_ar),
                             team_name=row.name or "", delivered_on=row.delivered_on,
                             revoked=row.revoked) for row in rows],
        total=total, page=page_number, pages=pages,
    )


@router.get("/certificates")
def certificates(request: Request, visitor: Reader, session: DbSession,
                 q: str = "", team: str = "", start: str = "", end: str = "") -> HTMLResponse:
    teams = accounts.teams(session)
    chosen = {"q": clean(q, SEARCH_MAX), "team": clean(team, 36), "start": clean(start, 20),
              "end": clean(end, 20)}
    team_id = chosen["team"] if chosen["team"] in {tid for tid, _ in teams} else ""
    chosen["team"] = team_id
    try:
        first, last = parse_day(start), parse_day(end)
    except FilterError as error:
        return page(request, "certificates.html", status=400, error=error.sentence,
                    listing=None, teams=teams, chosen=chosen, query="")
    listing = list_certificates(session, search=chosen["q"], team_id=team_id or None,
                                start=first, end=last,
                                page_number=parse_page(request.query_params.get("page")))
    query = urlencode({key: value for key, value in chosen.items() if value})
    return page(request, "certificates.html", listing=listing, teams=teams, chosen=chosen,
                query=query)


# ---------------------------------------------------------------- one certificate


@dataclass(frozen=True)
class Revocation:
    at: dt.datetime
    login: str
    reason: str


def revocations(session: Session, serial: str) -> list[Revocation]:
    """Who revoked this serial, when and why (from the audit trail)."""
    prefix = f"serial={serial} "
    found = []
    for entry in session.scalars(
        select(AdminAudit).where(AdminAudit.action == REVOKED_ACTION,
                                 AdminAudit.detail.startswith(prefix, autoescape=True))
        .order_by(AdminAudit.at)
    ):
        officer = session.get(Officer, entry.officer_id) if entry.officer_id else None
        found.append(Revocation(at=entry.at, login=officer.login if officer else "",
                                reason=entry.detail.removeprefix(prefix + "reason=")))
    return found


def _team_name(session: Session, serial: str) -> str:
    team_id = session.scalar(select(SupportDelivered.team_id).where(
        SupportDelivered.serial == serial, SupportDelivered.deleted.is_(False)))
    team = session.get(Team, team_id) if team_id else None
    return team.name if team else ""


def _detail(request: Request, session: Session, visitor: Visitor, serial: str, *,
            status: int = 200, error: str | None = None, notice: str | None = None,
            reason: str = "") -> HTMLResponse:
    serial = normalize_serial(serial)[:SERIAL_MAX]
    verdict = verify_certificate(session, serial)
    return page(
        request, "certificate.html", status=status, error=error, notice=notice,
        certificate=verdict, team_name=_team_name(session, serial),
        revocations=revocations(session, serial), reason=reason,
        may_revoke=visitor.role in MAY_REVOKE,
        public_url=VERIFY_ROUTE.format(serial=serial),
    )


@router.get("/certificates/{serial}")
def certificate(serial: str, request: Request, visitor: Reader,
                session: DbSession) -> HTMLResponse:
    return _detail(request, session, visitor, serial)


def revoke(session: Session, *, serial: str, reason: str, now: dt.datetime, by: str,
           address: str) -> None:
    """Revoke every live copy of `serial`; refusals raise `FilterError`."""
    if not 3 <= len(reason) <= REASON_MAX:
        raise FilterError("Indiquez le motif de la révocation (3 à 500 caractères).")
    rows = session.scalars(select(SupportDelivered).where(
        SupportDelivered.serial == serial,
        SupportDelivered.kind == SupportKind.CERTIFICATE.value,
        SupportDelivered.deleted.is_(False),
    )).all()
    if not rows:
        raise FilterError("Attestation inconnue.")
    if all(row.revoked for row in rows):
        raise FilterError("Cette attestation est déjà révoquée.")
    for row in rows:
        row.revoked = True  # stamped by the clocked session: laptops pull it
    accounts.audit(session, at=now, action=REVOKED_ACTION, officer_id=by, address=address,
                   detail=f"serial={serial} reason={reason}")
    sequence_local_writes(session)


@router.post("/certificates/{serial}/revoke")
def revoke_certificate(serial: str, request: Request, visitor: Revoker, form: Form,
                       session: DbSession) -> HTMLResponse:
    serial = normalize_serial(serial)[:SERIAL_MAX]
    reason = clean(form.get("reason"), REASON_MAX + 1)
    try:
        revoke(session, serial=serial, reason=reason, now=auth.now(request),
               by=visitor.officer_id, address=auth.client_address(request))
    except FilterError as error:
        session.rollback()
        return _detail(request, session, visitor, serial, status=400, error=error.sentence,
                       reason=reason[:REASON_MAX])
    session.commit()
    return _detail(request, session, visitor, serial, notice="Attestation révoquée.")
