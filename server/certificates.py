"""Verifying a certificate's serial once the laptop that issued it has
synced: `GET /certificates/{serial}` (the page a phone opens from the QR
code, in French or Arabic; JSON with `?format=json`) and
`caravane-server admin verify-certificate SERIAL`.

Answers "genuine", "revoked" or "unknown".  The page shows only what is
printed on the paper itself (the holder's name, the modules' titles, the
date), so it reveals nothing the holder did not already show; the
language is `?lang=fr|ar`, else the phone's (Accept-Language), else
French.  Anyone may call it, so each client is limited to a few requests
a minute (`LIMIT`): guessing serials gets 429 and a sentence.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.labels import DocText, translate
from app.models import Beneficiary, SupportDelivered, TrainingModule
from app.models.enums import SupportKind
from app.rules.certificates import VERIFY_ROUTE, module_codes, normalize_serial
from server.api.deps import get_db
from server.api.rate_limit import RateLimiter, client_key

GENUINE, REVOKED, UNKNOWN = "genuine", "revoked", "unknown"
LANGUAGES = ("fr", "ar")

# A phone scanning a certificate asks once or twice; an officer checking a
# pile of them, a few a minute.  A script guessing serials gets 20 answers,
# then one every 3 s (a serial has 2^15 random values per millisecond).
LIMIT_BURST = 20
LIMIT_PER_MINUTE = 20

router = APIRouter()
_templates = Environment(
    loader=PackageLoader("server", "templates"), autoescape=select_autoescape(default=True)
)


@dataclass(frozen=True)
class ModuleTitle:
    title_fr: str
    title_ar: str

    def title(self, lang: str) -> str:
        return self.title_ar if lang == "ar" and self.title_ar else self.title_fr


@dataclass(frozen=True)
class CertificateStatus:
    serial: str
    status: str  # genuine / revoked / unknown
    holder: str | None = None
    holder_ar: str | None = None
    modules: tuple[ModuleTitle, ...] = ()
    issued_on: dt.date | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "serial": self.serial,
            "status": self.status,
            "holder": self.holder,
            "holder_ar": self.holder_ar,
            "modules": [{"title_fr": m.title_fr, "title_ar": m.title_ar} for m in self.modules],
            "issued_on": self.issued_on.isoformat() if self.issued_on else None,
        }


def _modules(session: Session, row: SupportDelivered) -> tuple[ModuleTitle, ...]:
    """The titles of the modules a certificate covers (its description names
    them by code): the shared catalogue's, or the issuing team's own."""
    codes = module_codes(row.description or "")
    if not codes:
        return ()
    found: dict[str, TrainingModule] = {}
    for module in session.scalars(
        select(TrainingModule).where(
            TrainingModule.code.in_(codes),
            TrainingModule.deleted.is_(False),
            or_(TrainingModule.team_id.is_(None), TrainingModule.team_id == row.team_id),
        )
    ):
        if module.code not in found or module.team_id is not None:  # the team's own first
            found[module.code] = module
    return tuple(
        ModuleTitle(found[code].title_fr, found[code].title_ar) for code in codes if code in found
    )


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
        holder_ar = person.name_ar or None
    return CertificateStatus(
        serial=serial,
        status=REVOKED if row.revoked else GENUINE,
        holder=holder,
        holder_ar=holder_ar,
        modules=_modules(session, row),
        issued_on=row.delivered_on,
    )


# ---- the page ------------------------------------------------------------------

_COLOUR = {GENUINE: ("#1b5e20", "✔"), REVOKED: ("#b71c1c", "✖"), UNKNOWN: ("#5d4037", "?")}

# The page's own sentences; the CCIS's and the programme's names are the
# documents' (app/labels.py), as printed on the certificate.
PAGE_TEXT: dict[str, dict[str, str]] = {
    "fr": {
        "page_title": "Vérification d'une attestation",
        GENUINE: "Attestation authentique",
        REVOKED: "Attestation révoquée",
        UNKNOWN: "Numéro inconnu",
        "genuine_note": "Cette attestation a bien été délivrée par la CCIS. Vérifiez que le "
        "nom ci-dessus est celui de la personne qui la présente.",
        "revoked_note": "La CCIS a annulé cette attestation : elle ne prouve plus la "
        "participation à cette formation.",
        "unknown_note": "Ce numéro n'est pas (encore) connu du serveur de la CCIS. Une "
        "attestation imprimée hors ligne apparaît ici après la synchronisation de "
        "l'ordinateur qui l'a délivrée.",
        "serial": "N° de série",
        "holder": "Titulaire",
        "training": "Formation",
        "issued_on": "Délivrée le",
        "too_many": "Trop de vérifications en peu de temps depuis cette connexion. "
        "Patientez une minute, puis réessayez.",
        "other_language": "العربية",
    },
    "ar": {
        "page_title": "التحقق من شهادة",
        GENUINE: "شهادة صحيحة",
        REVOKED: "شهادة ملغاة",
        UNKNOWN: "رقم غير معروف",
        "genuine_note": "أصدرت الغرفة هذه الشهادة فعلا. تأكد من أن الاسم أعلاه هو اسم "
        "الشخص الذي يقدمها.",
        "revoked_note": "ألغت الغرفة هذه الشهادة، فلم تعد تثبت المشاركة في هذا التكوين.",
        "unknown_note": "هذا الرقم غير معروف (بعد) لدى خادم الغرفة. تظهر الشهادة المطبوعة "
        "دون اتصال هنا بعد مزامنة الحاسوب الذي أصدرها.",
        "serial": "الرقم التسلسلي",
        "holder": "الاسم",
        "training": "التكوين",
        "issued_on": "تاريخ التسليم",
        "too_many": "عدد كبير من عمليات التحقق في وقت قصير من هذا الاتصال. يرجى الانتظار "
        "دقيقة ثم إعادة المحاولة.",
        "other_language": "Français",
    },
}


def page_language(asked: str | None, accept_language: str | None) -> str:
    """`?lang=` when it is one of ours, else the first of ours the browser
    accepts (by its q-values), else French."""
    if asked in LANGUAGES:
        return asked
    best, best_q = "fr", 0.0
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        lang = tag.strip().lower().split("-")[0]
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        # Equal qualities: the one listed first (a tiny penalty by position).
        score = quality - position * 1e-6
        if lang in LANGUAGES and quality > 0 and score > best_q:
            best, best_q = lang, score
    return best


def _text(lang: str) -> dict[str, str]:
    text = dict(PAGE_TEXT[lang])
    text["ccis"] = translate("Report", DocText.CCIS, lang)
    text["programme"] = translate("Report", DocText.PROGRAMME, lang)
    return text


def _page(status: CertificateStatus, lang: str) -> str:
    text = _text(lang)
    colour, mark = _COLOUR[status.status]
    return _templates.get_template("certificate.html").render(
        lang=lang,
        other_lang="ar" if lang == "fr" else "fr",
        t=text,
        colour=colour,
        mark=mark,
        verdict=text[status.status],
        note=text[f"{status.status}_note"],
        serial=status.serial,
        names=[name for name in (status.holder, status.holder_ar) if name],
        modules=[module.title(lang) for module in status.modules],
        issued_on=status.issued_on.strftime("%d/%m/%Y") if status.issued_on else None,
    )


def _limiter(app: FastAPI) -> RateLimiter:
    limiter: RateLimiter | None = getattr(app.state, "certificate_limiter", None)
    if limiter is None:
        # One per application; created on first use (sync routes run in a
        # pool, but a lost race only makes two buckets for a moment).
        limiter = RateLimiter(burst=LIMIT_BURST, per_minute=LIMIT_PER_MINUTE)
        app.state.certificate_limiter = limiter
    return limiter


def _headers(lang: str, **extra: str) -> dict[str, str]:
    # The answer depends on the phone's language, and a revocation must be
    # seen at once: no shared cache keeps it.
    return {"Content-Language": lang, "Vary": "Accept-Language", "Cache-Control": "no-store",
            **extra}


@router.get(VERIFY_ROUTE, response_model=None)
def certificate_page(
    serial: str,
    request: Request,
    format: Annotated[str, Query(pattern="^(html|json)$")] = "html",  # noqa: A002 - URL word
    lang: str | None = None,  # fr / ar; anything else: the phone's language
) -> Response:
    chosen = page_language(lang, request.headers.get("accept-language"))
    wait = _limiter(request.app).wait(client_key(request))
    if wait:  # refused before any database work
        headers = _headers(chosen, **{"Retry-After": str(wait)})
        sentence = PAGE_TEXT[chosen]["too_many"]
        if format == "json":
            return JSONResponse({"error": "too_many_requests", "message": sentence},
                                status_code=429, headers=headers)
        page = _templates.get_template("too_many.html").render(
            lang=chosen, other_lang="ar" if chosen == "fr" else "fr", t=_text(chosen)
        )
        return HTMLResponse(page, status_code=429, headers=headers)
    with get_db(request).session() as session:
        status = verify_certificate(session, serial)
    code = 404 if status.status == UNKNOWN else 200
    if format == "json":
        return JSONResponse(status.as_json(), status_code=code, headers=_headers(chosen))
    return HTMLResponse(_page(status, chosen), status_code=code, headers=_headers(chosen))


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
    text = PAGE_TEXT["fr"]
    print(f"{status.serial} : {text[status.status]}")
    if status.holder or status.holder_ar:
        names = [name for name in (status.holder, status.holder_ar) if name]
        print(f"  {text['holder']} : {names[0]}" + (f" ({names[1]})" if len(names) > 1 else ""))
    for module in status.modules:
        print(f"  {text['training']} : {module.title_fr}")
    if status.issued_on:
        print(f"  {text['issued_on']} : {status.issued_on:%d/%m/%Y}")
    return {GENUINE: 0, UNKNOWN: 1, REVOKED: 2}[status.status]
