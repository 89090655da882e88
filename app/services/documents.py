"""The data behind printed documents (attendance sheet, certificate, activity
report, beneficiary record) and the officers' exports, as frozen rows.

Reports (app/reports) only lay these rows out; every query lives here.
Personal data is minimised at the source: the attendance sheet never
receives a full CIN, only its masked form.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Attendance,
    Beneficiary,
    Commune,
    Consent,
    Enrolment,
    LocalState,
    SupportDelivered,
    Team,
    TourStop,
    TrainingModule,
    TrainingSession,
    User,
)
from app.models.enums import AttendanceStatus, SessionStatus, SupportKind
from app.models.ids import new_id
from app.services.accounts import local_team_id
from app.services.beneficiaries import BeneficiaryDetail, ConsentView, beneficiary_detail
from app.services.errors import NotFoundError, StateError
from app.services.planning import get_session
from app.services.search import age_band
from app.services.selection import record_support

MASK = "•"
_MASKED_PREFIX = MASK * 5  # fixed length: the mask does not leak the CIN's length
VISIBLE_CIN_CHARS = 3
# A session that starts before noon and ends after 14:00 is signed twice.
_NOON = dt.time(12, 0)
_AFTERNOON = dt.time(14, 0)


def mask_cin(cin: str | None) -> str:
    """"•••••456": never more than the last 3 characters of the real CIN."""
    if not cin:
        return ""
    return _MASKED_PREFIX + cin[-VISIBLE_CIN_CHARS:]


def half_days(start: dt.time, end: dt.time) -> tuple[str, ...]:
    """Signature columns of a session: ("morning", "afternoon") when it spans
    the lunch break, else a single one."""
    if start < _NOON and end > _AFTERNOON:
        return ("morning", "afternoon")
    return ("morning",) if start < _NOON else ("afternoon",)


@dataclass(frozen=True)
class SheetParticipant:
    beneficiary_id: str
    last_name: str
    first_name: str
    name_ar: str
    sex: str
    age_band: str
    cin_masked: str
    phone: str
    expected: bool
    attendance: str | None  # AttendanceStatus, None when not taken yet


@dataclass(frozen=True)
class AttendanceSheetData:
    session_id: str
    team_name: str
    module_code: str
    module_title_fr: str
    module_title_ar: str
    session_date: dt.date
    start_time: dt.time
    end_time: dt.time
    commune_name_fr: str
    commune_name_ar: str
    place: str
    trainers: tuple[str, ...]
    half_days: tuple[str, ...]
    participants: tuple[SheetParticipant, ...]

    def count(self, sex: str | None = None, *, present: bool = False) -> int:
        """Participants (optionally of one sex, optionally only those marked present)."""
        return sum(
            1
            for p in self.participants
            if (sex is None or p.sex == sex)
            and (not present or p.attendance == AttendanceStatus.PRESENT)
            and (present or p.expected)
        )

    @property
    def attendance_taken(self) -> bool:
        return any(p.attendance is not None for p in self.participants)


def _team_name(session: Session, team_id: str | None) -> str:
    team = session.get(Team, team_id) if team_id else None
    return team.name if team is not None else ""


def _user_names(session: Session, user_ids: Iterable[str]) -> tuple[str, ...]:
    ids = list(user_ids)
    if not ids:
        return ()
    names = {
        user_id: name
        for user_id, name in session.execute(select(User.id, User.name).where(User.id.in_(ids)))
    }
    return tuple(names[i] for i in ids if i in names)


def attendance_sheet_data(*, session: Session, session_id: str) -> AttendanceSheetData:
    """Everyone expected at a session (enrolled) or present at it, by name."""
    view = get_session(session=session, session_id=session_id)
    place = view.place or ""
    commune_ar = ""
    if view.stop_id is not None:
        stop = session.get(TourStop, view.stop_id)
        if stop is not None:
            place = place or stop.place
    if view.commune_code is not None:
        commune = session.get(Commune, view.commune_code)
        commune_ar = commune.name_ar if commune is not None else ""
    expected_ids = set(
        session.scalars(
            select(Enrolment.beneficiary_id).where(
                Enrolment.session_id == session_id, Enrolment.deleted.is_(False)
            )
        )
    )
    marks = {
        beneficiary_id: status
        for beneficiary_id, status in session.execute(
            select(Attendance.beneficiary_id, Attendance.status).where(
                Attendance.session_id == session_id, Attendance.deleted.is_(False)
            )
        ).tuples()
    }
    wanted = expected_ids | {b for b, status in marks.items() if status == "present"}
    people: list[SheetParticipant] = []
    for chunk in _chunks(sorted(wanted), 500):
        for person in session.scalars(
            select(Beneficiary).where(Beneficiary.id.in_(chunk), Beneficiary.deleted.is_(False))
        ):
            people.append(
                SheetParticipant(
                    beneficiary_id=person.id,
                    last_name=person.last_name,
                    first_name=person.first_name,
                    name_ar=person.name_ar or "",
                    sex=person.sex,
                    age_band=age_band(
                        person.birth_date, person.birth_year, view.session_date
                    ).value,
                    cin_masked=mask_cin(person.cin),
                    phone=person.phone or "",
                    expected=person.id in expected_ids,
                    attendance=marks.get(person.id),
                )
            )
    people.sort(key=lambda p: (p.last_name.casefold(), p.first_name.casefold(), p.beneficiary_id))
    return AttendanceSheetData(
        session_id=view.id,
        team_name=_team_name(session, view.team_id),
        module_code=view.module_code,
        module_title_fr=view.module_title_fr,
        module_title_ar=view.module_title_ar,
        session_date=view.session_date,
        start_time=view.start_time,
        end_time=view.end_time,
        commune_name_fr=view.commune_name or "",
        commune_name_ar=commune_ar,
        place=place,
        trainers=_user_names(session, view.trainer_ids),
        half_days=half_days(view.start_time, view.end_time),
        participants=tuple(people),
    )


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def live_beneficiary(session: Session, beneficiary_id: str) -> Beneficiary:
    row = session.get(Beneficiary, beneficiary_id)
    if row is None or row.deleted:
        raise NotFoundError("beneficiary", beneficiary_id)
    return row



# ---- certificate of participation -------------------------------------------

SERIAL_PREFIX = "CRV"
SERVER_URL_KEY = "server_url"  # LocalState: where phones verify certificates
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TRAINING_TAG = "[training:{key}]"


@dataclass(frozen=True)
class CertificateModule:
    code: str
    title_fr: str
    title_ar: str
    hours: float
    first_date: dt.date
    last_date: dt.date


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
    total_hours: float
    place_fr: str
    place_ar: str

    @property
    def qr_payload(self) -> str:
        """What the QR code carries: the verification URL, else the serial."""
        return self.verify_url or self.serial


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
    result = []
    for attendance, row, module, commune in session.execute(query).tuples():
        hours = attendance.hours_attended or row.planned_hours
        result.append(_Attended(row, module, commune, hours))
    return result


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
                hours=round(sum(i.hours for i in items), 2),
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
            SupportDelivered.description.contains(_TRAINING_TAG.format(key=key)),
        )
        .order_by(SupportDelivered.delivered_on.desc(), SupportDelivered.id.desc())
    ).first()


def verification_url(server_url: str | None, serial: str) -> str | None:
    if not server_url:
        return None
    return f"{server_url.rstrip('/')}/certificates/{serial}"


def issue_certificate(
    *,
    session: Session,
    beneficiary_id: str,
    session_ids: Sequence[str] | None = None,
    module_codes: Sequence[str] | None = None,
    issued_on: dt.date | None = None,
    issued_by: str | None = None,
) -> CertificateData:
    """The certificate for the sessions a person attended (all of them, or
    those of `session_ids` / `module_codes`).  Issuing is recorded as support
    delivered (kind "certificate") with its serial; printing the same
    training again reuses that serial instead of issuing a second one."""
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
        on = issued_on or dt.date.today()
        serial = certificate_serial(new_id(), on.year)
        codes = ", ".join(m.code for m in modules)
        support = record_support(
            session=session,
            team_id=local_team_id(session=session) or person.team_id or "",
            kind=SupportKind.CERTIFICATE.value,
            delivered_on=on,
            beneficiary_id=beneficiary_id,
            description=f"Attestation de participation : {codes} "
            + _TRAINING_TAG.format(key=key),
            serial=serial,
            delivered_by=issued_by,
        )
        support_id, reused = support.id, False
    last = attended[-1]
    state = session.get(LocalState, SERVER_URL_KEY)
    return CertificateData(
        serial=serial,
        support_id=support_id,
        revoked=False,
        reused=reused,
        issued_on=on,
        verify_url=verification_url(state.value if state else None, serial),
        beneficiary_id=person.id,
        last_name=person.last_name,
        first_name=person.first_name,
        name_ar=person.name_ar or "",
        sex=person.sex,
        modules=modules,
        first_date=attended[0].session.session_date,
        last_date=last.session.session_date,
        total_hours=round(sum(item.hours for item in attended), 2),
        place_fr=last.commune.name_fr if last.commune else (last.session.place or ""),
        place_ar=last.commune.name_ar if last.commune else (last.session.place or ""),
    )


# ---- beneficiary record (law 09-08) ---------------------------------------------


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
