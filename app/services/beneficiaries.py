"""Beneficiaries: registration with consent (law 09-08), update, duplicate
candidates, search, long lists, the person's file, merge and erasure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.changes import NOTHING, Changes, Done, Topic
from app.core.errors import (
    FieldError,
    NotFoundError,
    PossibleDuplicatesError,
    StateError,
    ValidationError,
)
from app.models import (
    Application,
    Attendance,
    Beneficiary,
    CoachingSession,
    Commune,
    Conflict,
    Consent,
    Enrolment,
    EnterpriseMember,
    NextStep,
    SupportDelivered,
    TrainingModule,
    TrainingSession,
)
from app.models.enums import (
    AgeBand,
    AttendanceStatus,
)
from app.models.ids import attendance_id, enrolment_id, membership_id
from app.models.people import full_name
from app.rules import hours as hours_rule
from app.rules.names import capitalise_name, name_problems
from app.services.coaching import CoachingView, NextStepView, coaching_history, open_next_steps
from app.services.duplicates import DuplicateCandidate, find_duplicate_candidates
from app.services.enterprises import EnterpriseView, list_enterprises
from app.services.search import (
    BeneficiaryRow,
    age_band,
    list_beneficiary_rows,
    search_beneficiaries,
)
from app.services.selection import ApplicationView, SupportView, list_applications, list_support
from app.services.validation import check_row, length_problems, normalize_cin, normalize_phone

__all__ = [
    "AgeBand",
    "AttendedSession",
    "BeneficiaryDetail",
    "BeneficiaryInput",
    "BeneficiaryRow",
    "BeneficiaryView",
    "ConsentInput",
    "ConsentView",
    "DuplicateCandidate",
    "RegistrationResult",
    "age_band",
    "beneficiary_detail",
    "erase_beneficiary",
    "find_duplicates",
    "get_beneficiary",
    "list_beneficiary_rows",
    "merge_beneficiaries",
    "record_consent",
    "register_beneficiary",
    "registration_problems",
    "search_beneficiaries",
    "update_beneficiary",
    "withdraw_consent",
]


@dataclass(frozen=True)
class BeneficiaryInput:
    """What a registration form collects (raw: services normalise it)."""

    first_name: str
    last_name: str
    sex: str
    name_ar: str | None = None
    birth_date: dt.date | None = None
    birth_year: int | None = None
    cin: str | None = None
    phone: str | None = None
    commune_code: str | None = None
    douar: str | None = None
    education_level: str | None = None
    status: str | None = None
    sector: str | None = None
    project_stage: str | None = None
    prior_support: Sequence[str] = ()
    notes: str | None = None


@dataclass(frozen=True)
class ConsentInput:
    notice_version: str
    given_on: dt.date
    collected_by: str
    method: str  # ConsentMethod
    photos: bool = False
    share_with_partners: bool = False
    sms_whatsapp: bool = False


@dataclass(frozen=True)
class BeneficiaryView:
    id: str
    team_id: str | None
    first_name: str
    last_name: str
    name_ar: str | None
    sex: str
    birth_date: dt.date | None
    birth_year: int | None
    cin: str | None
    phone: str | None
    commune_code: str | None
    commune_name: str | None
    commune_name_ar: str | None
    douar: str | None
    education_level: str | None
    status: str | None
    sector: str | None
    project_stage: str | None
    prior_support: tuple[str, ...]
    notes: str | None
    registered_on: dt.date
    registered_by: str | None
    merged_into_id: str | None
    deleted: bool

    @property
    def display_name(self) -> str:
        return full_name(self.first_name, self.last_name, self.name_ar)

    def age_band(self, on: dt.date) -> AgeBand:
        return age_band(self.birth_date, self.birth_year, on)


@dataclass(frozen=True)
class ConsentView:
    id: str
    beneficiary_id: str
    notice_version: str
    given_on: dt.date
    collected_by: str
    method: str
    photos: bool
    share_with_partners: bool
    sms_whatsapp: bool
    withdrawn_on: dt.date | None


@dataclass(frozen=True)
class RegistrationResult:
    beneficiary: BeneficiaryView
    warnings: list[FieldError]  # non-blocking, e.g. "cin_format"


@dataclass(frozen=True)
class AttendedSession:
    session_id: str
    session_date: dt.date
    module_code: str
    module_title_fr: str
    module_title_ar: str
    status: str  # AttendanceStatus
    hours_attended: float


@dataclass(frozen=True)
class BeneficiaryDetail:
    profile: BeneficiaryView
    consent: ConsentView | None  # the latest
    enterprises: list[EnterpriseView]
    sessions: list[AttendedSession]  # latest first
    total_hours: float  # hours attended at sessions where present
    coaching: list[CoachingView]  # latest first
    next_steps: list[NextStepView]  # open ones
    support: list[SupportView]
    applications: list[ApplicationView]


# ---- views -----------------------------------------------------------------


def _view(session: Session, row: Beneficiary) -> BeneficiaryView:
    commune = session.get(Commune, row.commune_code) if row.commune_code else None
    return BeneficiaryView(
        id=row.id,
        team_id=row.team_id,
        first_name=row.first_name,
        last_name=row.last_name,
        name_ar=row.name_ar,
        sex=row.sex,
        birth_date=row.birth_date,
        birth_year=row.birth_year,
        cin=row.cin,
        phone=row.phone,
        commune_code=row.commune_code,
        commune_name=commune.name_fr if commune else None,
        commune_name_ar=commune.name_ar if commune else None,
        douar=row.douar,
        education_level=row.education_level,
        status=row.status,
        sector=row.sector,
        project_stage=row.project_stage,
        prior_support=tuple(row.prior_support or ()),
        notes=row.notes,
        registered_on=row.registered_on,
        registered_by=row.registered_by,
        merged_into_id=row.merged_into_id,
        deleted=row.deleted,
    )


def _consent_view(row: Consent) -> ConsentView:
    return ConsentView(
        id=row.id,
        beneficiary_id=row.beneficiary_id,
        notice_version=row.notice_version,
        given_on=row.given_on,
        collected_by=row.collected_by,
        method=row.method,
        photos=row.photos,
        share_with_partners=row.share_with_partners,
        sms_whatsapp=row.sms_whatsapp,
        withdrawn_on=row.withdrawn_on,
    )


def _live(session: Session, beneficiary_id: str) -> Beneficiary:
    row = session.get(Beneficiary, beneficiary_id)
    if row is None or row.deleted:
        raise NotFoundError("beneficiary", beneficiary_id)
    return row


def get_beneficiary(*, session: Session, beneficiary_id: str) -> BeneficiaryView:
    """A person's profile; a merged record is followed to the one it was merged into."""
    row = session.get(Beneficiary, beneficiary_id)
    seen = set()
    while row is not None and row.merged_into_id and row.id not in seen:
        seen.add(row.id)
        row = session.get(Beneficiary, row.merged_into_id)
    if row is None or row.deleted:
        raise NotFoundError("beneficiary", beneficiary_id)
    return _view(session, row)


# ---- validation ------------------------------------------------------------


@dataclass(frozen=True)
class _Clean:
    """Normalised values ready to store."""

    values: dict[str, object]
    warnings: list[FieldError]


# The form's order: the first problem listed is the first field to correct.
_FORM_ORDER = {
    name: position
    for position, name in enumerate(
        (*(f.name for f in fields(BeneficiaryInput)), "consent", "notice_version",
         "given_on", "collected_by", "method")
    )
}


def _in_form_order(errors: list[FieldError]) -> list[FieldError]:
    """Each problem once, in the order of the form's fields."""
    seen: set[tuple[str, str]] = set()
    unique: list[FieldError] = []
    for error in errors:
        if (error.field, error.code) not in seen:
            seen.add((error.field, error.code))
            unique.append(error)
    return sorted(unique, key=lambda e: _FORM_ORDER.get(e.field, len(_FORM_ORDER)))


def _clean(session: Session, data: BeneficiaryInput, today: dt.date) -> _Clean:
    """Every rule at once: raises one ValidationError naming every bad field.

    Text longer than its field's limit is refused as typed; names are
    written as Moroccan names are (`app.rules.names`), and a person needs a
    Latin name or an Arabic one.  The values are normalised first, then
    checked with the rules the server applies to every pushed row
    (`app.rules.rows`, through `check_row`): what a laptop stores is what the
    server accepts."""
    typed = {
        "first_name": data.first_name, "last_name": data.last_name, "name_ar": data.name_ar,
        "cin": data.cin, "phone": data.phone, "douar": data.douar, "notes": data.notes,
    }
    errors: list[FieldError] = length_problems("beneficiary", typed)
    too_long = {e.field for e in errors}
    warnings: list[FieldError] = []
    cin: str | None = None
    if "cin" not in too_long:
        try:
            cin, cin_warning = normalize_cin(data.cin)
            if cin_warning is not None:
                warnings.append(cin_warning)
        except ValidationError as exc:
            errors.extend(exc.errors)
    phone: str | None = None
    if data.phone is not None and data.phone.strip() and "phone" not in too_long:
        try:
            phone = normalize_phone(data.phone)
        except ValidationError as exc:
            errors.extend(exc.errors)
    birth_year = data.birth_date.year if data.birth_date is not None else data.birth_year
    values: dict[str, object] = {
        "first_name": capitalise_name(data.first_name),
        "last_name": capitalise_name(data.last_name),
        "name_ar": (data.name_ar or "").strip() or None,
        "sex": data.sex,
        "birth_date": data.birth_date,
        "birth_year": birth_year,
        "cin": cin,
        "phone": phone,
        "commune_code": data.commune_code or None,
        "douar": (data.douar or "").strip() or None,
        "education_level": data.education_level,
        "status": data.status,
        "sector": data.sector,
        "project_stage": data.project_stage,
        "prior_support": list(dict.fromkeys(data.prior_support)),
        "notes": (data.notes or "").strip() or None,
    }
    errors = _in_form_order(
        name_problems(data.first_name, data.last_name, data.name_ar)
        + check_row(session, "beneficiary", values, today=today)
        + errors
    )
    if errors:
        raise ValidationError(errors)
    if data.birth_date is not None and data.birth_year not in (None, data.birth_date.year):
        warnings.append(FieldError("birth_year", "birth_year_mismatch"))
    if age_band(data.birth_date, birth_year, today) is AgeBand.UNDER_18:
        warnings.append(FieldError("birth_date", "minor"))
    return _Clean(values=values, warnings=warnings)


def _check_consent(session: Session, consent: ConsentInput | None, today: dt.date) -> None:
    """The consent's fields, by the rules the server applies to consent rows."""
    if consent is None:
        raise ValidationError.single("consent", "consent_required")
    values = {
        "notice_version": consent.notice_version.strip(),
        "given_on": consent.given_on,
        "collected_by": consent.collected_by.strip(),
        "method": consent.method,
    }
    found = check_row(session, "consent", values, today=today)
    if found:
        raise ValidationError(found)


def _candidates(
    session: Session, values: dict[str, object], exclude_id: str | None, today: dt.date
) -> list[DuplicateCandidate]:
    def text(key: str) -> str | None:
        value = values.get(key)
        return value if isinstance(value, str) else None

    birth_date = values.get("birth_date")
    birth_year = values.get("birth_year")
    return find_duplicate_candidates(
        session,
        first_name=text("first_name") or "",
        last_name=text("last_name") or "",
        name_ar=text("name_ar"),
        cin=text("cin"),
        phone=text("phone"),
        commune_code=text("commune_code"),
        birth_date=birth_date if isinstance(birth_date, dt.date) else None,
        birth_year=birth_year if isinstance(birth_year, int) else None,
        exclude_id=exclude_id,
        today=today,
    )


# ---- register / update -----------------------------------------------------


def find_duplicates(
    *,
    session: Session,
    data: BeneficiaryInput,
    exclude_id: str | None = None,
    today: dt.date | None = None,
) -> list[DuplicateCandidate]:
    """Possible duplicates of what a form holds (same CIN, same phone in any
    format, or a close name in the same commune), most likely first.
    Raises ValidationError if the form itself is invalid."""
    on = today or dt.date.today()
    clean = _clean(session, data, on)
    return _candidates(session, clean.values, exclude_id, on)


def _registration(
    session: Session, data: BeneficiaryInput, consent: ConsentInput | None, today: dt.date
) -> _Clean:
    """The person's values and the consent checked together: one
    ValidationError with every problem, the consent's included."""
    errors: list[FieldError] = []
    clean: _Clean | None = None
    try:
        clean = _clean(session, data, today)
    except ValidationError as exc:
        errors.extend(exc.errors)
    try:
        _check_consent(session, consent, today)
    except ValidationError as exc:
        errors.extend(exc.errors)
    if errors or clean is None:
        raise ValidationError(_in_form_order(errors))
    return clean


def registration_problems(
    *,
    session: Session,
    data: BeneficiaryInput,
    consent: ConsentInput | None,
    today: dt.date | None = None,
) -> list[FieldError]:
    """Every problem `register_beneficiary` would refuse this input for (the
    duplicate check aside), writing nothing: a form that found problems of
    its own (an unreadable date) shows them with these, all at once."""
    try:
        _registration(session, data, consent, today or dt.date.today())
    except ValidationError as exc:
        return exc.errors
    return []


def register_beneficiary(
    *,
    session: Session,
    data: BeneficiaryInput,
    consent: ConsentInput | None,
    team_id: str | None,
    registered_by: str | None = None,
    today: dt.date | None = None,
    confirm_not_duplicate: bool = False,
) -> Done[RegistrationResult]:
    """Register a person with their consent.  Raises ValidationError (every
    bad field at once; "consent_required" without consent, since no personal
    data may be stored without it) or PossibleDuplicatesError unless the
    trainer confirmed it is someone new.  Nothing is written on failure."""
    on = today or dt.date.today()
    clean = _registration(session, data, consent, on)
    assert consent is not None  # _registration refused it otherwise
    if not confirm_not_duplicate:
        candidates = _candidates(session, clean.values, None, on)
        if candidates:
            raise PossibleDuplicatesError(candidates)
    row = Beneficiary(team_id=team_id, registered_on=on, registered_by=registered_by)
    for key, value in clean.values.items():
        setattr(row, key, value)
    session.add(row)
    session.flush()
    session.add(_consent_row(row, consent))
    session.flush()
    return Done(
        RegistrationResult(beneficiary=_view(session, row), warnings=clean.warnings),
        Changes.of(Topic.BENEFICIARY),
    )


def _consent_row(person: Beneficiary, consent: ConsentInput) -> Consent:
    return Consent(
        team_id=person.team_id,
        beneficiary_id=person.id,
        notice_version=consent.notice_version.strip(),
        given_on=consent.given_on,
        collected_by=consent.collected_by.strip(),
        method=consent.method,
        photos=consent.photos,
        share_with_partners=consent.share_with_partners,
        sms_whatsapp=consent.sms_whatsapp,
    )


def update_beneficiary(
    *,
    session: Session,
    beneficiary_id: str,
    data: BeneficiaryInput,
    today: dt.date | None = None,
) -> Done[RegistrationResult]:
    """Replace the person's fields with the form's; only changed fields are
    written (so sync merges field by field).  A CIN or phone now shared with
    another record comes back as a "possible_duplicate" warning."""
    on = today or dt.date.today()
    row = _live(session, beneficiary_id)
    clean = _clean(session, data, on)
    warnings = list(clean.warnings)
    changes = NOTHING
    for key, value in clean.values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changes = Changes.of(Topic.BENEFICIARY)
    session.flush()
    for candidate in _candidates(session, clean.values, beneficiary_id, on):
        if {"same_cin", "same_phone"} & set(candidate.reasons):
            warnings.append(
                FieldError("cin" if "same_cin" in candidate.reasons else "phone",
                           "possible_duplicate", {"id": candidate.row.id})
            )
    return Done(RegistrationResult(beneficiary=_view(session, row), warnings=warnings), changes)


# ---- consent ---------------------------------------------------------------


def record_consent(
    *, session: Session, beneficiary_id: str, consent: ConsentInput, today: dt.date | None = None
) -> Done[ConsentView]:
    """A new consent (e.g. a new notice version); the latest one applies."""
    _check_consent(session, consent, today or dt.date.today())
    person = _live(session, beneficiary_id)
    row = _consent_row(person, consent)
    session.add(row)
    session.flush()
    return Done(_consent_view(row), Changes.of(Topic.BENEFICIARY))


def latest_consent(*, session: Session, beneficiary_id: str) -> ConsentView | None:
    row = session.scalars(
        select(Consent)
        .where(Consent.beneficiary_id == beneficiary_id, Consent.deleted.is_(False))
        .order_by(Consent.given_on.desc(), Consent.hlc.desc())
        .limit(1)
    ).first()
    return _consent_view(row) if row else None


def withdraw_consent(
    *, session: Session, beneficiary_id: str, on: dt.date
) -> Done[ConsentView]:
    """The person withdraws consent: the latest consent is dated withdrawn
    (erasure, if asked for, is `erase_beneficiary`)."""
    _live(session, beneficiary_id)
    current = latest_consent(session=session, beneficiary_id=beneficiary_id)
    if current is None:
        raise NotFoundError("consent", beneficiary_id)
    row = session.get(Consent, current.id)
    assert row is not None
    changes = NOTHING
    if row.withdrawn_on is None:
        row.withdrawn_on = on
        changes = Changes.of(Topic.BENEFICIARY)
    session.flush()
    return Done(_consent_view(row), changes)


# ---- the person's file -----------------------------------------------------


def attended_sessions(session: Session, beneficiary_id: str) -> list[AttendedSession]:
    query = (
        select(
            Attendance.session_id,
            TrainingSession.session_date,
            TrainingModule.code,
            TrainingModule.title_fr,
            TrainingModule.title_ar,
            Attendance.status,
            Attendance.hours_attended,
        )
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .join(TrainingModule, TrainingModule.id == TrainingSession.module_id, isouter=True)
        .where(
            Attendance.beneficiary_id == beneficiary_id,
            Attendance.deleted.is_(False),
            TrainingSession.deleted.is_(False),
        )
        .order_by(TrainingSession.session_date.desc(), TrainingSession.start_time.desc())
    )
    return [
        AttendedSession(
            session_id=sid,
            session_date=day,
            module_code=code or "",
            module_title_fr=title_fr or "",
            module_title_ar=title_ar or "",
            status=status,
            hours_attended=hours or 0.0,
        )
        for sid, day, code, title_fr, title_ar, status, hours in session.execute(query)
    ]


def beneficiary_detail(
    *, session: Session, beneficiary_id: str, today: dt.date | None = None
) -> BeneficiaryDetail:
    profile = get_beneficiary(session=session, beneficiary_id=beneficiary_id)
    person_id = profile.id
    sessions = attended_sessions(session, person_id)
    return BeneficiaryDetail(
        profile=profile,
        consent=latest_consent(session=session, beneficiary_id=person_id),
        enterprises=list_enterprises(session=session, beneficiary_id=person_id),
        sessions=sessions,
        total_hours=hours_rule.total_hours(
            s.hours_attended for s in sessions if s.status == AttendanceStatus.PRESENT
        ),
        coaching=coaching_history(session=session, beneficiary_id=person_id, today=today),
        next_steps=open_next_steps(session=session, beneficiary_id=person_id, today=today),
        support=list_support(session=session, beneficiary_id=person_id),
        applications=list_applications(session=session, beneficiary_id=person_id),
    )


# ---- merge -----------------------------------------------------------------

_PRESENCE_RANK = {
    AttendanceStatus.PRESENT.value: 2,
    AttendanceStatus.EXCUSED.value: 1,
    AttendanceStatus.ABSENT.value: 0,
}
# Profile fields the kept record takes from the merged one when it has none.
_FILL_FIELDS = (
    "name_ar", "birth_date", "birth_year", "cin", "phone", "commune_code", "douar",
    "education_level", "status", "sector", "project_stage", "notes",
)
_ATTENDANCE_VALUES = ("status", "arrived_at", "left_at", "hours_attended", "recorded_by")


def _better(a: Attendance, b: Attendance) -> bool:
    """Is `a` a better record of presence than `b`?"""
    return (_PRESENCE_RANK.get(a.status, 0), a.hours_attended or 0.0) > (
        _PRESENCE_RANK.get(b.status, 0),
        b.hours_attended or 0.0,
    )


def _copy_attendance(source: Attendance, target: Attendance) -> None:
    for key in _ATTENDANCE_VALUES:
        value = getattr(source, key)
        if getattr(target, key) != value:
            setattr(target, key, value)


def merge_beneficiaries(
    *, session: Session, keep_id: str, merge_id: str
) -> Done[BeneficiaryView]:
    """Fold a duplicate (`merge_id`) into the record kept (`keep_id`).

    Everything pointing at the duplicate is re-pointed with ordinary tracked
    writes, so the merge syncs like any edit: rows with deterministic ids
    (attendance, enrolment, membership) are re-made under the kept person's
    id (keeping the better presence when both attended), others get the new
    beneficiary_id.  The duplicate becomes a tombstone with merged_into_id."""
    if keep_id == merge_id:
        raise StateError("merge_same")
    keep = _live(session, keep_id)
    merged = _live(session, merge_id)
    if keep.merged_into_id or merged.merged_into_id:
        raise StateError("already_merged")

    for key in _FILL_FIELDS:
        if getattr(keep, key) in (None, "") and getattr(merged, key) not in (None, ""):
            setattr(keep, key, getattr(merged, key))
    if not keep.prior_support and merged.prior_support:
        keep.prior_support = list(merged.prior_support)

    moved: set[str] = {Beneficiary.__tablename__}  # the tables written to
    if _merge_attendance(session, keep, merged):
        moved.add(Attendance.__tablename__)
    if _merge_keyed(
        session, Enrolment, Enrolment.beneficiary_id == merge_id, "session_id", enrolment_id,
        keep_id,
    ):
        moved.add(Enrolment.__tablename__)
    if _merge_keyed(
        session, EnterpriseMember, EnterpriseMember.beneficiary_id == merge_id, "enterprise_id",
        membership_id, keep_id,
    ):
        moved.add(EnterpriseMember.__tablename__)
    pointing: tuple[Any, ...] = (
        CoachingSession, NextStep, Application, SupportDelivered, Consent
    )
    for model in pointing:
        for row in session.scalars(select(model).where(model.beneficiary_id == merge_id)):
            row.beneficiary_id = keep_id
            moved.add(model.__tablename__)

    merged.merged_into_id = keep_id
    merged.deleted = True
    session.flush()
    return Done(_view(session, keep), Changes.of_tables(moved))


def _merge_attendance(session: Session, keep: Beneficiary, merged: Beneficiary) -> bool:
    """Re-make the duplicate's attendance under the kept id; True if any."""
    rows = session.scalars(
        select(Attendance).where(
            Attendance.beneficiary_id == merged.id, Attendance.deleted.is_(False)
        )
    ).all()
    for old in rows:
        key = attendance_id(old.session_id, keep.id)
        target = session.get(Attendance, key)
        if target is None:
            target = Attendance(
                id=key, team_id=old.team_id, session_id=old.session_id,
                beneficiary_id=keep.id, status=old.status,
            )
            _copy_attendance(old, target)
            session.add(target)
        elif target.deleted:
            target.deleted = False
            _copy_attendance(old, target)
        elif _better(old, target):
            _copy_attendance(old, target)
        old.deleted = True
    return bool(rows)


def _merge_keyed(
    session: Session,
    model: Any,
    condition: Any,
    parent: str,
    make_id: Callable[[str, str], str],
    keep_id: str,
) -> bool:
    """Re-make rows whose id derives from (parent, beneficiary) under the kept
    id; True if there were any."""
    rows = session.scalars(select(model).where(condition, model.deleted.is_(False))).all()
    for old in rows:
        parent_id = getattr(old, parent)
        key = make_id(parent_id, keep_id)
        target = session.get(model, key)
        if target is None:
            target = model(id=key, team_id=old.team_id, beneficiary_id=keep_id)
            setattr(target, parent, parent_id)
            if isinstance(old, EnterpriseMember) and isinstance(target, EnterpriseMember):
                target.role = old.role
            session.add(target)
        elif target.deleted:
            target.deleted = False
        old.deleted = True
    return bool(rows)


# ---- erase (law 09-08) -----------------------------------------------------

def erase_beneficiary(
    *, session: Session, beneficiary_id: str, today: dt.date | None = None
) -> Done[None]:
    """Erase a person's data on request (law 09-08).

    The record stays as an anonymous stub (sex, birth year, commune, status,
    sector, stage) so that past figures do not change, and becomes a
    tombstone: it leaves every list and search.  Names, CIN, phone, birth
    date, douar and notes are blanked, as are coaching notes about the person
    and any conflict record that still holds their old values; consent is
    dated withdrawn.  `erased_on` marks the erasure on each of these rows:
    sync never undoes it, whatever edits arrive before or after
    (docs/sync.md, "Erasure")."""
    on = today or dt.date.today()
    row = session.get(Beneficiary, beneficiary_id)
    if row is None:
        raise NotFoundError("beneficiary", beneficiary_id)
    if row.birth_date is not None and row.birth_year is None:
        row.birth_year = row.birth_date.year
    _erase_row(row, on)
    coaching_ids = []
    for coaching in session.scalars(
        select(CoachingSession).where(CoachingSession.beneficiary_id == beneficiary_id)
    ):
        _erase_row(coaching, on)
        coaching_ids.append(coaching.id)
    for consent in session.scalars(
        select(Consent).where(Consent.beneficiary_id == beneficiary_id)
    ):
        if consent.withdrawn_on is None:
            consent.withdrawn_on = on
    about = (Conflict.table_name == Beneficiary.__tablename__) & (
        Conflict.row_id == beneficiary_id
    )
    if coaching_ids:
        about = about | (Conflict.table_name == CoachingSession.__tablename__) & (
            Conflict.row_id.in_(coaching_ids)
        )
    changes = Changes.of(Topic.BENEFICIARY) | (
        Changes.of(Topic.COACHING) if coaching_ids else NOTHING
    )
    for conflict in session.scalars(select(Conflict).where(about)):
        _erase_row(conflict, on)
        changes |= Changes.of(Topic.CONFLICT)
    session.flush()
    return Done(None, changes)


def _erase_row(row: Beneficiary | CoachingSession | Conflict, on: dt.date) -> None:
    """Set the row's erasure marker and its blank values (only what changes:
    every field written is a synced write)."""
    if row.erased_on is None:
        row.erased_on = on
    for key, blank in type(row).erasure_blank.items():
        if getattr(row, key) != blank:
            setattr(row, key, blank)


def count_beneficiaries(*, session: Session, team_id: str | None = None) -> int:
    query = (
        select(func.count())
        .select_from(Beneficiary)
        .where(Beneficiary.deleted.is_(False), Beneficiary.merged_into_id.is_(None))
    )
    if team_id is not None:
        query = query.where(Beneficiary.team_id == team_id)
    return int(session.scalar(query) or 0)

