"""The console's Laptops page: the laptops that joined (team, last sync,
pending conflicts, revoked or lost), a joining code and its QR code for a
new one, revoke, mark as lost.

Admins and officers see every team; a coordinator sees and acts on their
own team's laptops only (another team's laptop is "not found" to them).
The joining code is the one `caravane-server admin enroll-code` makes
(`server.joining`); revoking is `admin revoke-device`'s (`server.admin`)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Annotated, Any

import segno
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup
from sqlalchemy.orm import Session

from app.sync.fingerprint import certificate_fingerprint, show_fingerprint
from app.sync.joining_link import joining_link
from server import admin, joining
from server.console import accounts, auth
from server.console.auth import Visitor, db_session, posted_form, require
from server.console.render import page
from server.console.roles import ConsoleRole
from server.models import ServerDevice

router = APIRouter(prefix="/console")

LaptopsVisitor = Annotated[Visitor, Depends(require(
    ConsoleRole.ADMIN, ConsoleRole.OFFICER, ConsoleRole.COORDINATOR))]
Form = Annotated[dict[str, str], Depends(posted_form)]
DbSession = Annotated[Session, Depends(db_session)]

# The server's certificate, as `caravane-server --tls-cert` passes it on to
# its workers (server.cli.ENV_TLS_CERT; not imported: the CLI imports us).
ENV_TLS_CERT = "CARAVANE_SERVER_TLS_CERT"


class LaptopError(Exception):
    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.sentence = sentence


def _own_team(session: Session, visitor: Visitor) -> str | None:
    return accounts.team_seen_by(session, officer_id=visitor.officer_id, role=visitor.role)


def _teams(session: Session, visitor: Visitor) -> list[tuple[str, str]]:
    own = _own_team(session, visitor)
    return [team for team in accounts.teams(session) if own is None or team[0] == own]


def _device(session: Session, visitor: Visitor, device_id: str) -> ServerDevice:
    # A path is anything a browser sends: NUL (PostgreSQL refuses it) finds nothing.
    device = session.get(ServerDevice, device_id.replace("\x00", "")[:36])
    own = _own_team(session, visitor)
    if device is None or (own is not None and device.team_id != own):
        raise LaptopError("Ordinateur introuvable.")
    return device


def server_fingerprint(request: Request) -> str | None:
    """SHA-256 of the server's certificate when this page came over TLS
    served by `caravane-server --tls-cert` (a laptop pins it); else None."""
    if not auth.is_tls(request):
        return None
    given: str | None = getattr(request.app.state, "tls_fingerprint", None)
    if given:
        return given
    certificate = os.environ.get(ENV_TLS_CERT)
    if not certificate:
        return None  # TLS ended at a reverse proxy: its certificate is a trusted one
    try:
        return certificate_fingerprint(Path(certificate).read_text())
    except (OSError, ValueError):
        return None


def qr_svg(text: str) -> Markup:
    """The QR code as inline SVG (no script, no style attribute: the CSP holds)."""
    svg = segno.make(text, error="m").svg_inline(scale=5, border=4, dark="#000", light="#fff",
                                                 title="QR")
    return Markup(svg)  # segno's own SVG of our link: nothing of the visitor in it


def _when(value: dt.datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value is not None else ""


def _laptops_page(request: Request, session: Session, visitor: Visitor, *, status: int = 200,
                  error: Any = None, notice: Any = None, joining_view: Any = None) -> HTMLResponse:
    rows = admin.device_rows(session, team_id=_own_team(session, visitor))
    return page(request, "laptops.html", status=status, error=error, notice=notice,
                laptops=rows, teams=_teams(session, visitor), when=_when, joining=joining_view)


@router.get("/laptops")
def laptops(request: Request, visitor: LaptopsVisitor, session: DbSession) -> HTMLResponse:
    return _laptops_page(request, session, visitor)


@router.post("/laptops/enrol")
def enrol(request: Request, visitor: LaptopsVisitor, form: Form,
          session: DbSession) -> HTMLResponse:
    team_id = form.get("team", "")[:36]
    teams = dict(_teams(session, visitor))
    if team_id not in teams:
        return _laptops_page(request, session, visitor, status=400,
                             error="Choisissez l'équipe de cet ordinateur.")
    code, expires = joining.new_code(session, team_id=team_id, officer_id=visitor.officer_id,
                                     address=auth.client_address(request))
    fingerprint = server_fingerprint(request)
    link = joining_link(str(request.base_url).rstrip("/"), code, fingerprint)
    view = {
        "team": teams[team_id], "code": code, "expires": _when(expires) + " UTC", "link": link,
        "qr": qr_svg(link),
        "fingerprint": show_fingerprint(fingerprint) if fingerprint else None,
    }
    session.commit()
    return _laptops_page(request, session, visitor, joining_view=view)


def _device_action(request: Request, session: Session, visitor: Visitor, device_id: str,
                   action: str, done: str) -> HTMLResponse:
    try:
        device = _device(session, visitor, device_id)
    except LaptopError as error:
        session.rollback()
        return _laptops_page(request, session, visitor, status=400, error=error.sentence)
    moment = auth.now(request)
    if action == "revoke_device":
        admin.revoke(session, device)
    else:
        device.lost_at = device.lost_at or moment
    accounts.audit(session, at=moment, action=action, detail=f"device={device.id}",
                   officer_id=visitor.officer_id, address=auth.client_address(request))
    session.commit()
    return _laptops_page(request, session, visitor, notice=(done, {"name": device.name}))


@router.post("/laptops/{device_id}/revoke")
def revoke(device_id: str, request: Request, visitor: LaptopsVisitor, form: Form,
           session: DbSession) -> HTMLResponse:
    return _device_action(request, session, visitor, device_id, "revoke_device",
                          "Ordinateur « {name} » révoqué : sa prochaine synchronisation sera "
                          "refusée.")


@router.post("/laptops/{device_id}/lost")
def mark_lost(device_id: str, request: Request, visitor: LaptopsVisitor, form: Form,
              session: DbSession) -> HTMLResponse:
    return _device_action(request, session, visitor, device_id, "device_lost",
                          "Ordinateur « {name} » signalé perdu.")
