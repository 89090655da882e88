"""Verifying a certificate's serial once the laptop that issued it has
synced: `GET /certificates/{serial}` (a small page a phone opens from the
QR code; JSON with `?format=json`) and
`caravane-server admin verify-certificate SERIAL`.

Answers "genuine", "revoked" or "unknown".  The page shows only what is
printed on the paper itself (name, training, date), so it reveals nothing
the holder did not already show."""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Beneficiary, SupportDelivered
from app.models.enums import SupportKind
from server.api.deps import get_session

GENUINE, REVOKED, UNKNOWN = "genuine", "revoked", "unknown"
_TAG = re.compile(r"\s*\[training:[0-9a-f]+\]\s*$")
_SERIAL_NOISE = re.compile(r"[^A-Z0-9-]")

router = APIRouter()


@dataclass(frozen=True)
class CertificateStatus:
    serial: str
    status: str  # genuine / revoked / unknown
    holder: str | None = None
    holder_ar: str | None = None
    training: str | None = None
    issued_on: dt.date | None = None

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["issued_on"] = self.issued_on.isoformat() if self.issued_on else None
        return data


def normalize_serial(raw: str) -> str:
    """Upper case, spaces and stray characters dropped (typed by hand)."""
    return _SERIAL_NOISE.sub("", raw.strip().upper())


def verify_certificate(session: Session, serial: str) -> CertificateStatus:
    serial = normalize_serial(serial)
    row = session.scalars(
        select(SupportDelivered)
        .where(
            SupportDelivered.serial == serial,
            SupportDelivered.kind == SupportKind.CERTIFICATE.value,
            SupportDelivered.deleted.is_(False),
        )
        .order_by(SupportDelivered.revoked)  # a live copy wins over a revoked one
    ).first()
    if row is None:
        return CertificateStatus(serial=serial, status=UNKNOWN)
    person = session.get(Beneficiary, row.beneficiary_id) if row.beneficiary_id else None
    holder = None
    holder_ar = None
    if person is not None and not person.deleted:
        # Someone registered by their Arabic name only has no Latin one.
        holder = f"{person.first_name} {person.last_name.upper()}".strip() or None
        holder_ar = person.name_ar
    return CertificateStatus(
        serial=serial,
        status=REVOKED if row.revoked else GENUINE,
        holder=holder,
        holder_ar=holder_ar,
        training=_TAG.sub("", row.description or "") or None,
        issued_on=row.delivered_on,
    )


_VERDICT = {
    GENUINE: ("Attestation authentique", "شهادة صحيحة", "#1b5e20", "✔"),
    REVOKED: ("Attestation révoquée", "شهادة ملغاة", "#b71c1c", "✖"),
    UNKNOWN: ("Numéro inconnu", "رقم غير معروف", "#5d4037", "?"),
}


def _page(status: CertificateStatus) -> str:
    title_fr, title_ar, colour, mark = _VERDICT[status.status]
    e = html.escape
    rows = [("N° de série", status.serial)]
    holder = " — ".join(name for name in (status.holder, status.holder_ar) if name)
    if holder:
        rows.append(("Titulaire", holder))
    if status.training:
        rows.append(("Formation", status.training))
    if status.issued_on:
        rows.append(("Délivrée le", status.issued_on.strftime("%d/%m/%Y")))
    details = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in rows)
    note = (
        "<p>Ce numéro n'est pas (encore) connu du serveur de la CCIS. Une attestation "
        "imprimée hors ligne apparaît ici après la synchronisation de l'ordinateur "
        "qui l'a délivrée.</p>"
        if status.status == UNKNOWN
        else ""
    )
    return f"""<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title_fr)} — {e(status.serial)}</title>
<style>
body{{font-family:system-ui,sans-serif;margin:0;padding:1rem;background:#fafafa;color:#222}}
.card{{max-width:30rem;margin:auto;background:#fff;border-radius:.5rem;padding:1rem;
box-shadow:0 1px 4px #0002}}
.verdict{{color:#fff;background:{colour};border-radius:.4rem;padding:.8rem;text-align:center}}
.verdict b{{font-size:1.4rem}} .ar{{direction:rtl;font-size:1.2rem}}
table{{width:100%;border-collapse:collapse;margin-top:1rem}}
th,td{{text-align:start;padding:.4rem;border-bottom:1px solid #ddd;vertical-align:top}}
th{{width:35%;color:#555;font-weight:600}} small{{color:#666}}
</style></head><body><div class="card">
<div class="verdict"><b>{mark} {e(title_fr)}</b><div class="ar" lang="ar">{e(title_ar)}</div></div>
<table>{details}</table>{note}
<p><small>Chambre de Commerce, d'Industrie et de Services Tanger-Tétouan-Al Hoceima —
Maison des TPE itinérante</small></p>
</div></body></html>
"""


@router.get("/certificates/{serial}", response_model=None)
def certificate_page(
    serial: str,
    session: Annotated[Session, Depends(get_session)],
    format: Annotated[str, Query(pattern="^(html|json)$")] = "html",  # noqa: A002 - URL word
) -> Response:
    status = verify_certificate(session, serial)
    code = 404 if status.status == UNKNOWN else 200
    if format == "json":
        return JSONResponse(status.as_json(), status_code=code)
    return HTMLResponse(_page(status), status_code=code)


def register_admin(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "verify-certificate",
        help="say whether a certificate serial is genuine, revoked or unknown",
        description="Vérifie un numéro de série d'attestation (CRV-AAAA-XXXXX-XXXXX). "
        "Code de sortie : 0 authentique, 1 inconnu, 2 révoquée.",
    )
    parser.add_argument("serial", metavar="SERIAL")
    parser.set_defaults(func=_cmd_verify)


def _cmd_verify(args: argparse.Namespace) -> int:
    from server.cli import open_db  # the admin CLI's database options

    db = open_db(args)
    try:
        with db.session() as session:
            status = verify_certificate(session, args.serial)
    finally:
        db.dispose()
    title_fr = _VERDICT[status.status][0]
    print(f"{status.serial} : {title_fr}")
    if status.holder:
        print(f"  Titulaire : {status.holder}" + (f" ({status.holder_ar})" if status.holder_ar
                                                  else ""))
    if status.training:
        print(f"  Formation : {status.training}")
    if status.issued_on:
        print(f"  Délivrée le : {status.issued_on:%d/%m/%Y}")
    return {GENUINE: 0, UNKNOWN: 1, REVOKED: 2}[status.status]
