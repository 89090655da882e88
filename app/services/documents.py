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
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.core.errors import NotFoundError, StateError, ValidationError
from app.models import (
    Attendance,
    Beneficiary,
    CoachingSession,
    Commune,
    Consent,
    Enrolment,
    Enterprise,
    LocalState,
    Province,
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
from app.services.indicators import (
    UNKNOWN,
    IndicatorFilter,
    Indicators,
    SessionFigures,
    age_band_sql,
    compute_indicators,
    indicator_details,
    planned_hours,
)
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
        )
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
    for attendance, row, module, commune in session.execute(query):
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


# ---- activity report ---------------------------------------------------------


@dataclass(frozen=True)
class ModuleActivity:
    """The sessions of one module held in a commune."""

    module_code: str
    title_fr: str
    title_ar: str
    sessions: int
    first_date: dt.date
    last_date: dt.date
    hours: float
    expected: int
    present: int


@dataclass(frozen=True)
class CommuneVisit:
    """One commune the bus stood in during the period, for its own page.
    People counts are over people *living* in the commune reached in the
    period (present at a held session or coached); sessions, hours and
    attendance are those held *in* the commune (indicators.py definitions)."""

    code: str
    name_fr: str
    name_ar: str
    province_fr: str
    province_ar: str
    kind: str  # CommuneType
    stops: tuple[tuple[dt.date, dt.date], ...]
    reached: int
    by_sex: dict[str, int]
    by_age_band: dict[str, int]
    sessions_held: int
    training_hours: float
    hours_attended: float
    attendance_expected: int
    attendance_present: int
    coaching_sessions: int
    modules: tuple[ModuleActivity, ...]

    @property
    def attendance_rate(self) -> float | None:
        if not self.attendance_expected:
            return None
        return self.attendance_present / self.attendance_expected


@dataclass(frozen=True)
class ActivityReportData:
    filters: IndicatorFilter
    team_name: str
    indicators: Indicators
    communes: tuple[CommuneVisit, ...]
    generated_on: dt.date


@dataclass(frozen=True)
class _HeldSession:
    id: str
    module_id: str
    module_code: str
    title_fr: str
    title_ar: str
    commune_code: str
    session_date: dt.date
    hours: float


def _held_by_commune(
    session: Session, filters: IndicatorFilter
) -> dict[str, list[_HeldSession]]:
    """Held sessions of the period (and team) by the commune of their stop,
    in date order: the few columns the commune pages need, no ORM objects."""
    query = (
        select(
            TrainingSession.id, TrainingSession.module_id, TrainingModule.code,
            TrainingModule.title_fr, TrainingModule.title_ar, TourStop.commune_code,
            TrainingSession.session_date, TrainingSession.start_time, TrainingSession.end_time,
        )
        .join(TourStop, TourStop.id == TrainingSession.stop_id)
        .join(TrainingModule, TrainingModule.id == TrainingSession.module_id, isouter=True)
        .where(
            TrainingSession.deleted.is_(False),
            TrainingSession.status == SessionStatus.HELD.value,
            TrainingSession.session_date.between(filters.date_from, filters.date_to),
        )
        .order_by(TrainingSession.session_date, TrainingSession.start_time)
    )
    if filters.team_id is not None:
        query = query.where(TrainingSession.team_id == filters.team_id)
    held: dict[str, list[_HeldSession]] = {}
    for sid, module_id, code, title_fr, title_ar, commune, day, start, end in session.execute(
        query
    ):
        held.setdefault(commune, []).append(
            _HeldSession(sid, module_id, code or "", title_fr or "", title_ar or "", commune, day,
                         planned_hours(start, end))
        )
    return held


def _coaching_by_commune(session: Session, filters: IndicatorFilter) -> dict[str, int]:
    # The enterprise is looked up only for the rare coaching of nobody or of
    # somebody without a commune (COALESCE stops at its first value).
    enterprise_commune = (
        select(Enterprise.commune_code)
        .where(Enterprise.id == CoachingSession.enterprise_id)
        .scalar_subquery()
    )
    commune = func.coalesce(Beneficiary.commune_code, enterprise_commune)
    query = (
        select(commune, func.count())
        .select_from(CoachingSession)
        .join(Beneficiary, Beneficiary.id == CoachingSession.beneficiary_id, isouter=True)
        .where(
            CoachingSession.deleted.is_(False),
            CoachingSession.held_on.between(filters.date_from, filters.date_to),
        )
        .group_by(commune)
    )
    if filters.team_id is not None:
        query = query.where(CoachingSession.team_id == filters.team_id)
    return {str(code): int(n) for code, n in session.execute(query) if code}


def _module_activity(
    sessions: Sequence[_HeldSession], figures: dict[str, SessionFigures]
) -> tuple[ModuleActivity, ...]:
    by_module: dict[str, list[_HeldSession]] = {}
    for held in sessions:
        by_module.setdefault(held.module_id, []).append(held)
    nothing = SessionFigures()
    result = []
    for views in by_module.values():
        first = views[0]
        result.append(
            ModuleActivity(
                module_code=first.module_code,
                title_fr=first.title_fr,
                title_ar=first.title_ar,
                sessions=len(views),
                first_date=min(v.session_date for v in views),
                last_date=max(v.session_date for v in views),
                hours=sum(v.hours for v in views),
                expected=sum(figures.get(v.id, nothing).expected for v in views),
                present=sum(figures.get(v.id, nothing).present for v in views),
            )
        )
    return tuple(sorted(result, key=lambda m: (m.first_date, m.module_code)))


def activity_report_data(
    *,
    session: Session,
    date_from: dt.date,
    date_to: dt.date,
    team_id: str | None = None,
    today: dt.date | None = None,
) -> ActivityReportData:
    """The programme's indicators for a period (and team), the same numbers
    as `caravane indicators`, plus a section per commune visited (a few
    grouped queries for all communes at once, not one pass per commune)."""
    filters = IndicatorFilter(date_from=date_from, date_to=date_to, team_id=team_id)
    # The overall figures, and the groups and per-session figures they were
    # summed from, which the commune pages split by commune.
    details = indicator_details(session=session, filters=filters)
    stops_query = select(TourStop.commune_code, TourStop.starts_on, TourStop.ends_on).where(
        TourStop.deleted.is_(False),
        TourStop.starts_on <= date_to,
        TourStop.ends_on >= date_from,
    )
    if team_id is not None:
        stops_query = stops_query.where(TourStop.team_id == team_id)
    stops: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for code, starts_on, ends_on in session.execute(stops_query.order_by(TourStop.starts_on)):
        stops.setdefault(code, []).append((starts_on, ends_on))
    held = _held_by_commune(session, filters)
    people: dict[str, dict[tuple[str, str], int]] = {}
    for (code, sex, age), n in details.people.items():
        if code != UNKNOWN:
            people.setdefault(code, {})[(sex, age)] = n
    counts = details.sessions
    coaching = _coaching_by_commune(session, filters)
    codes = set(stops) | set(held)
    communes = session.scalars(select(Commune).where(Commune.code.in_(codes))).all()
    provinces = {
        p.code: p
        for p in session.scalars(
            select(Province).where(Province.code.in_({c.province_code for c in communes}))
        )
    }
    visits = []
    for commune in sorted(communes, key=lambda c: c.name_fr):
        province = provinces.get(commune.province_code)
        groups = people.get(commune.code, {})
        by_sex: dict[str, int] = {}
        by_age: dict[str, int] = {}
        for (sex, age), n in groups.items():
            by_sex[sex] = by_sex.get(sex, 0) + n
            by_age[age] = by_age.get(age, 0) + n
        sessions = held.get(commune.code, [])
        nothing = SessionFigures()
        session_counts = [counts.get(v.id, nothing) for v in sessions]
        visits.append(
            CommuneVisit(
                code=commune.code,
                name_fr=commune.name_fr,
                name_ar=commune.name_ar,
                province_fr=province.name_fr if province else "",
                province_ar=province.name_ar if province else "",
                kind=commune.kind,
                stops=tuple(stops.get(commune.code, ())),
                reached=sum(groups.values()),
                by_sex=dict(sorted(by_sex.items(), key=lambda kv: (-kv[1], kv[0]))),
                by_age_band=by_age,
                sessions_held=len(sessions),
                training_hours=sum(v.hours for v in sessions),
                hours_attended=sum(c.hours_attended for c in session_counts),
                attendance_expected=sum(c.expected for c in session_counts),
                attendance_present=sum(c.present for c in session_counts),
                coaching_sessions=coaching.get(commune.code, 0),
                modules=_module_activity(sessions, counts),
            )
        )
    return ActivityReportData(
        filters=filters,
        team_name=_team_name(session, team_id),
        indicators=details.indicators,
        communes=tuple(visits),
        generated_on=today or dt.date.today(),
    )


# ---- officers' exports -----------------------------------------------------------

EXPORT_KINDS = ("beneficiaries", "attendance", "coaching", "indicators")


@dataclass(frozen=True)
class ExportTable:
    """Column keys and a stream of rows (codes as stored; the writer
    translates headers and codes).  `rows` is consumed once."""

    kind: str
    columns: tuple[str, ...]
    rows: Iterator[tuple[Any, ...]]


def _stream(session: Session, query: Select[*tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    # Core rows through the session's connection (its transaction): columns
    # only, so the ORM's loading layer has nothing to add.
    session.flush()
    result = session.connection().execution_options(yield_per=2000).execute(query)
    for row in result:
        yield tuple(row)


def export_table(
    *,
    session: Session,
    kind: str,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    team_id: str | None = None,
    personal: bool = False,
) -> ExportTable:
    """Rows for a CCIS officer's export.  `personal` adds CIN and phone
    (left out by default: funders' figures do not need them, law 09-08)."""
    if kind not in EXPORT_KINDS:
        raise ValidationError.single("kind", "unknown_export", value=kind)
    if date_from and date_to and date_to < date_from:
        raise ValidationError.single("date_to", "ends_before_start")
    on = date_to or dt.date.today()
    if kind == "indicators":
        filters = IndicatorFilter(
            date_from=date_from or dt.date(2000, 1, 1), date_to=on, team_id=team_id
        )
        rows = compute_indicators(session=session, filters=filters).as_rows()
        return ExportTable(
            kind, ("section", "indicator", "value"),
            iter([(r.section, r.label, r.value) for r in rows]),
        )
    if kind == "beneficiaries":
        columns = [
            Beneficiary.id, Beneficiary.last_name, Beneficiary.first_name, Beneficiary.name_ar,
            Beneficiary.sex, Beneficiary.birth_date, Beneficiary.birth_year,
            age_band_sql(on), Commune.name_fr, Province.name_fr, Commune.kind,
            Beneficiary.douar, Beneficiary.education_level, Beneficiary.status,
            Beneficiary.sector, Beneficiary.project_stage, Beneficiary.registered_on,
        ]
        keys = [
            "id", "last_name", "first_name", "name_ar", "sex", "birth_date", "birth_year",
            "age_band", "commune", "province", "area", "douar", "education_level", "status",
            "sector", "project_stage", "registered_on",
        ]
        if personal:
            columns += [Beneficiary.cin, Beneficiary.phone]
            keys += ["cin", "phone"]
        query: Select[*tuple[Any, ...]] = (
            select(*columns)
            .join(Commune, Commune.code == Beneficiary.commune_code, isouter=True)
            .join(Province, Province.code == Commune.province_code, isouter=True)
            .where(Beneficiary.deleted.is_(False), Beneficiary.merged_into_id.is_(None))
            .order_by(Beneficiary.last_name, Beneficiary.first_name, Beneficiary.id)
        )
        if date_from:
            query = query.where(Beneficiary.registered_on >= date_from)
        if date_to:
            query = query.where(Beneficiary.registered_on <= date_to)
        if team_id:
            query = query.where(Beneficiary.team_id == team_id)
        return ExportTable(kind, tuple(keys), _stream(session, query))
    if kind == "attendance":
        attendance_query: Select[*tuple[Any, ...]] = (
            select(
                TrainingSession.session_date, TrainingModule.code, TrainingModule.title_fr,
                Commune.name_fr, TrainingSession.id, Beneficiary.id, Beneficiary.last_name,
                Beneficiary.first_name, Beneficiary.sex,
                age_band_sql(on), Attendance.status,
                Attendance.hours_attended,
            )
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .join(TrainingModule, TrainingModule.id == TrainingSession.module_id, isouter=True)
            .join(TourStop, TourStop.id == TrainingSession.stop_id, isouter=True)
            .join(Commune, Commune.code == TourStop.commune_code, isouter=True)
            .join(Beneficiary, Beneficiary.id == Attendance.beneficiary_id)
            .where(Attendance.deleted.is_(False), TrainingSession.deleted.is_(False))
            .order_by(TrainingSession.session_date, TrainingSession.id, Beneficiary.last_name)
        )
        if date_from:
            attendance_query = attendance_query.where(TrainingSession.session_date >= date_from)
        if date_to:
            attendance_query = attendance_query.where(TrainingSession.session_date <= date_to)
        if team_id:
            attendance_query = attendance_query.where(TrainingSession.team_id == team_id)
        attendance_keys = (
            "session_date", "module_code", "module", "commune", "session_id", "beneficiary_id",
            "last_name", "first_name", "sex", "age_band", "attendance_status", "hours_attended",
        )
        return ExportTable(kind, attendance_keys, _stream(session, attendance_query))
    coaching_query: Select[*tuple[Any, ...]] = (
        select(
            CoachingSession.held_on, CoachingSession.beneficiary_id, Beneficiary.last_name,
            Beneficiary.first_name, Beneficiary.sex, Commune.name_fr,
            CoachingSession.duration_minutes, CoachingSession.topics,
            CoachingSession.stage_assessed, User.name,
        )
        .join(Beneficiary, Beneficiary.id == CoachingSession.beneficiary_id, isouter=True)
        .join(Commune, Commune.code == Beneficiary.commune_code, isouter=True)
        .join(User, User.id == CoachingSession.trainer_id, isouter=True)
        .where(CoachingSession.deleted.is_(False))
        .order_by(CoachingSession.held_on, CoachingSession.id)
    )
    if date_from:
        coaching_query = coaching_query.where(CoachingSession.held_on >= date_from)
    if date_to:
        coaching_query = coaching_query.where(CoachingSession.held_on <= date_to)
    if team_id:
        coaching_query = coaching_query.where(CoachingSession.team_id == team_id)
    coaching_keys = (
        "held_on", "beneficiary_id", "last_name", "first_name", "sex", "commune",
        "duration_minutes", "topics", "stage_assessed", "trainer",
    )
    return ExportTable(kind, coaching_keys, _stream(session, coaching_query))
