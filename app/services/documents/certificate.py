"""The certificate of participation (attestation): the sessions a person
attended, with a serial that phones verify; issuing it is recorded as
support delivered, and printing the same training again reuses the serial.

The QR code carries the address of the CCIS server's verification page,
read where joining the server wrote it (`SERVER_URL_KEY`); a certificate
printed before the laptop joined has no QR code (the paper says in words
how to verify it), and gets one when printed again after joining.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.changes import NOTHING, Changes, Done, Topic
from app.core.errors import StateError
from app.models import (
    Attendance,
    Commune,
    SupportDelivered,
    TourStop,
    TrainingModule,
    TrainingSession,
)
from app.models.enums import AttendanceStatus, SessionStatus, SupportKind
from app.models.ids import new_id
from app.models.sync_state import SERVER_URL_KEY, read_state
from app.rules import certificates as certificate_rule
from app.rules import hours as hours_rule
from app.rules.certificates import verification_url as verification_url  # re-exported
from app.services.accounts import local_team_id
from app.services.documents.common import live_beneficiary
from app.services.selection import record_support

SERIAL_PREFIX = "CRV"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True)
class CertificateModule:
    code: str
    title_fr: str
    title_ar: str
    hours: float  # whole minutes / 60: the sum of its sessions' stored hours
    first_date: dt.date
    last_date: dt.date

    @property
    def minutes(self) -> int:
        return hours_rule.as_minutes(self.hours)


@dataclass(frozen=True)
class CertificateData:
    serial: str
    support_id: str
    revoked: bool
    reused: bool  # True when an earlier certificate for the same training was re-printed
    issued_on: dt.date
    verify_url: str | None
    beneficiary_id: str
    last_name: str
    first_name: str
    name_ar: str
    sex: str
    modules: tuple[CertificateModule, ...]
    first_date: dt.date
    last_date: dt.date
    total_hours: float  # the sum of the modules' minutes: the rows add up to it
    place_fr: str
    place_ar: str

    @property
    def total_minutes(self) -> int:
        return hours_rule.as_minutes(self.total_hours)

    @property
    def qr_payload(self) -> str | None:
        """What the QR code carries: the verification page's address; none
        before the laptop joined a server (a bare serial in a QR code tells
        a phone nothing)."""
        return self.verify_url


def _base32(value: int, length: int) -> str:
    chars = []
    for _ in range(length):
        value, digit = divmod(value, 32)
        chars.append(_CROCKFORD[digit])
    return "".join(reversed(chars))


def certificate_serial(row_id: str, year: int) -> str:
    """"CRV-2026-XXXXX-XXXXX" from a UUIDv7: milliseconds within the year
    (35 bits) and 15 of its random bits, so two offline laptops do not
    collide unless they issue in the same millisecond *and* draw the same
    15 bits."""
    value = int(row_id.replace("-", ""), 16)
    millis = value >> 80
    year_start = int(dt.datetime(year, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)
    within_year = (millis - year_start) & (2**35 - 1)
    random_bits = (value >> 64) & 0xFFF  # rand_a
    random_bits = (random_bits << 3) | (value & 0x7)  # and three bits of rand_b
    body = _base32((within_year << 15) | random_bits, 10)
    return f"{SERIAL_PREFIX}-{year}-{body[:5]}-{body[5:]}"


def training_key(session_ids: Iterable[str]) -> str:
    """Identifies "the same training": the set of sessions a certificate covers."""
    digest = hashlib.sha256("\n".join(sorted(set(session_ids))).encode()).hexdigest()
    return digest[:16]


@dataclass(frozen=True)
class _Attended:
    session: TrainingSession
    module: TrainingModule | None
    commune: Commune | None
    hours: float


def _attended(
    session: Session,
    beneficiary_id: str,
    session_ids: Sequence[str] | None,
    module_codes: Sequence[str] | None,
) -> list[_Attended]:
    query = (
        select(Attendance, TrainingSession, TrainingModule, Commune)
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .join(TrainingModule, TrainingModule.id == TrainingSession.module_id, isouter=True)
        .join(TourStop, TourStop.id == TrainingSession.stop_id, isouter=True)
        .join(Commune, Commune.code == TourStop.commune_code, isouter=True)
        .where(
            Attendance.beneficiary_id == beneficiary_id,
            Attendance.deleted.is_(False),
            Attendance.status == AttendanceStatus.PRESENT,
            TrainingSession.deleted.is_(False),
            TrainingSession.status != SessionStatus.CANCELLED,
        )
        .order_by(TrainingSession.session_date, TrainingSession.start_time)
    )
    if session_ids:
        query = query.where(TrainingSession.id.in_(list(session_ids)))
    if module_codes:
        query = query.where(TrainingModule.code.in_(list(module_codes)))
    # The stored hours, as the rule gave them: no fallback that would make
    # the paper disagree with the database.
    return [
        _Attended(row, module, commune, attendance.hours_attended or 0.0)
        for attendance, row, module, commune in session.execute(query)
    ]


def _modules(attended: Sequence[_Attended]) -> tuple[CertificateModule, ...]:
    by_module: dict[str, list[_Attended]] = {}
    for item in attended:
        by_module.setdefault(item.session.module_id, []).append(item)
    modules = []
    for items in by_module.values():
        module = items[0].module
        modules.append(
            CertificateModule(
                code=module.code if module else "",
                title_fr=module.title_fr if module else "",
                title_ar=module.title_ar if module else "",
                hours=hours_rule.total_hours(i.hours for i in items),
                first_date=items[0].session.session_date,
                last_date=items[-1].session.session_date,
            )
        )
    return tuple(modules)


def _existing_certificate(
    session: Session, beneficiary_id: str, key: str
) -> SupportDelivered | None:
    return session.scalars(
        select(SupportDelivered)
        .where(
            SupportDelivered.beneficiary_id == beneficiary_id,
            SupportDelivered.kind == SupportKind.CERTIFICATE,
            SupportDelivered.deleted.is_(False),
            SupportDelivered.revoked.is_(False),
            SupportDelivered.description.contains(
                certificate_rule.TRAINING_TAG.format(key=key)
            ),
        )
        .order_by(SupportDelivered.delivered_on.desc(), SupportDelivered.id.desc())
    ).first()


def issue_certificate(
    *,
    session: Session,
    beneficiary_id: str,
    session_ids: Sequence[str] | None = None,
    module_codes: Sequence[str] | None = None,
    issued_on: dt.date,
    issued_by: str | None = None,
) -> Done[CertificateData]:
    """The certificate for the sessions a person attended (all of them, or
    those of `session_ids` / `module_codes`).  Issuing is recorded as support
    delivered (kind "certificate") with its serial, dated `issued_on`;
    printing the same training again reuses that serial instead of issuing
    a second one (and changes nothing)."""
    person = live_beneficiary(session, beneficiary_id)
    attended = _attended(session, beneficiary_id, session_ids, module_codes)
    if not attended:
        raise StateError("nothing_attended", {"beneficiary_id": beneficiary_id})
    key = training_key(item.session.id for item in attended)
    modules = _modules(attended)
    existing = _existing_certificate(session, beneficiary_id, key)
    if existing is not None and existing.serial:
        support_id, serial, on, reused = existing.id, existing.serial, existing.delivered_on, True
    else:
        on = issued_on
        serial = certificate_serial(new_id(), on.year)
        support = record_support(
            session=session,
            team_id=local_team_id(session=session) or person.team_id or "",
            kind=SupportKind.CERTIFICATE.value,
            delivered_on=on,
            beneficiary_id=beneficiary_id,
            description=certificate_rule.describe((m.code for m in modules), key),
            serial=serial,
            delivered_by=issued_by,
        )
        support_id, reused = support.id, False
    last = attended[-1]
    data = CertificateData(
        serial=serial,
        support_id=support_id,
        revoked=False,
        reused=reused,
        issued_on=on,
        verify_url=verification_url(read_state(session, SERVER_URL_KEY), serial),
        beneficiary_id=person.id,
        last_name=person.last_name,
        first_name=person.first_name,
        name_ar=person.name_ar or "",
        sex=person.sex,
        modules=modules,
        first_date=attended[0].session.session_date,
        last_date=last.session.session_date,
        total_hours=hours_rule.total_hours(m.hours for m in modules),
        place_fr=last.commune.name_fr if last.commune else (last.session.place or ""),
        place_ar=last.commune.name_ar if last.commune else (last.session.place or ""),
    )
    return Done(data, NOTHING if reused else Changes.of(Topic.SUPPORT))
