"""A person's record (law 09-08): everything held about them, to hand over
on request, with what the law says they must be told (who holds the data,
why, who receives it, for how long, under which CNDP declaration)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Consent, TrainingModule
from app.models.enums import SupportKind
from app.services.beneficiaries import BeneficiaryDetail, ConsentView, beneficiary_detail
from app.services.laptop_settings import PrivacySettings, privacy_settings
from app.services.selection import SupportView

# What issuing a certificate writes in its description
# (app/services/documents/certificate.py): "Attestation de participation :
# CODE, CODE [training:<key>]".  The tag is bookkeeping, never printed.
_TRAINING_TAG = re.compile(r"\s*\[training:[0-9a-f]+\]")
_CERTIFICATE_CODES = re.compile(r"^Attestation de participation : (?P<codes>.+)$")


@dataclass(frozen=True)
class ModuleTitle:
    code: str
    title_fr: str
    title_ar: str


@dataclass(frozen=True)
class RecordSupport:
    """Support received, as the person is shown it: no internal tag, and a
    certificate's modules by their titles rather than their codes."""

    id: str
    kind: str  # SupportKind
    delivered_on: dt.date
    description: str  # without the tag; "" for a certificate whose modules are known
    modules: tuple[ModuleTitle, ...]  # a certificate's modules, when known
    value_mad: float | None
    serial: str | None
    revoked: bool


@dataclass(frozen=True)
class ConsentEvent:
    """One line of the consent history: a consent given, or withdrawn."""

    on: dt.date
    withdrawn: bool
    consent: ConsentView


@dataclass(frozen=True)
class BeneficiaryRecord:
    """Everything held about one person: profile, every consent given or
    withdrawn, sessions, coaching with next steps, enterprises (with their
    ICE), applications and support; and the controller's statements."""

    detail: BeneficiaryDetail
    consents: tuple[ConsentView, ...]  # oldest first
    support: tuple[RecordSupport, ...]  # latest first, as detail.support
    privacy: PrivacySettings
    generated_on: dt.date

    @property
    def consent_history(self) -> tuple[ConsentEvent, ...]:
        """Every consent given and every withdrawal, oldest first."""
        events = [ConsentEvent(c.given_on, False, c) for c in self.consents]
        events += [ConsentEvent(c.withdrawn_on, True, c) for c in self.consents if c.withdrawn_on]
        return tuple(sorted(events, key=lambda e: (e.on, e.withdrawn)))

    @property
    def shares_with_partners(self) -> bool:
        """The person's current consent lets the CCIS share with its partners."""
        current = self.detail.consent
        return bool(current and current.share_with_partners and current.withdrawn_on is None)


def _certificate_codes(description: str) -> list[str]:
    match = _CERTIFICATE_CODES.match(description)
    if match is None:
        return []
    return [code.strip() for code in match["codes"].split(",") if code.strip()]


def _record_support(session: Session, support: list[SupportView]) -> tuple[RecordSupport, ...]:
    descriptions = {s.id: _TRAINING_TAG.sub("", s.description).strip() for s in support}
    codes = {
        s.id: _certificate_codes(descriptions[s.id])
        for s in support
        if s.kind == SupportKind.CERTIFICATE
    }
    wanted = {code for found in codes.values() for code in found}
    modules = {
        m.code: ModuleTitle(m.code, m.title_fr, m.title_ar)
        for m in session.scalars(
            select(TrainingModule).where(
                TrainingModule.code.in_(sorted(wanted)), TrainingModule.deleted.is_(False)
            )
        )
    } if wanted else {}
    rows = []
    for s in support:
        titles = tuple(modules[c] for c in codes.get(s.id, ()) if c in modules)
        # A certificate is described by its modules when every code is known.
        known = bool(titles) and len(titles) == len(codes[s.id])
        rows.append(
            RecordSupport(
                id=s.id, kind=s.kind, delivered_on=s.delivered_on,
                description="" if known else descriptions[s.id],
                modules=titles if known else (),
                value_mad=s.value_mad, serial=s.serial, revoked=s.revoked,
            )
        )
    return tuple(rows)


def beneficiary_record_data(
    *, session: Session, beneficiary_id: str, today: dt.date | None = None
) -> BeneficiaryRecord:
    detail = beneficiary_detail(session=session, beneficiary_id=beneficiary_id, today=today)
    consents = session.scalars(
        select(Consent)
        .where(Consent.beneficiary_id == detail.profile.id, Consent.deleted.is_(False))
        .order_by(Consent.given_on, Consent.id)
    )
    return BeneficiaryRecord(
        detail=detail,
        consents=tuple(
            ConsentView(
                id=c.id,
                beneficiary_id=c.beneficiary_id,
                notice_version=c.notice_version,
                given_on=c.given_on,
                collected_by=c.collected_by,
                method=c.method,
                photos=c.photos,
                share_with_partners=c.share_with_partners,
                sms_whatsapp=c.sms_whatsapp,
                withdrawn_on=c.withdrawn_on,
            )
            for c in consents
        ),
        support=_record_support(session, detail.support),
        privacy=privacy_settings(session=session),
        generated_on=today or dt.date.today(),
    )
