"""A person's record (law 09-08): everything held about them, to hand over
on request."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Consent
from app.services.beneficiaries import BeneficiaryDetail, ConsentView, beneficiary_detail


@dataclass(frozen=True)
class BeneficiaryRecord:
    """Everything held about one person: profile, every consent given or
    withdrawn, sessions, coaching with next steps, enterprises, applications
    and support."""

    detail: BeneficiaryDetail
    consents: tuple[ConsentView, ...]  # oldest first
    generated_on: dt.date


def beneficiary_record(
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
        generated_on=today or dt.date.today(),
    )
