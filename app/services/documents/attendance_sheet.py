"""The attendance sheet (feuille de présence): everyone expected at a
session or present at it, to sign by half-day.

Personal data is minimised at the source: the sheet goes round the room, so
it never receives a full CIN nor a full phone number, only their masked
forms (docs/documents.md says why the phone is masked rather than left out).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Attendance, Beneficiary, Commune, Enrolment, TourStop, User
from app.models.enums import AttendanceStatus, SessionStatus
from app.models.people import name_order
from app.services.documents.common import team_name
from app.services.planning import get_session
from app.services.search import age_band

MASK = "•"
_MASKED_PREFIX = MASK * 5  # fixed length: the mask does not leak the CIN's length
VISIBLE_CIN_CHARS = 3
# A real CIN has 6 to 8 characters (1-2 letters, 5-6 digits): its last 3 are
# shown only when at least as many stay hidden, so a short one is all bullets.
_CIN_SHOWN_FROM = 2 * VISIBLE_CIN_CHARS
_MOROCCAN_MOBILE = re.compile(r"\+212([0-9]{9})")
_PHONE_HIDDEN = f"{MASK * 2} {MASK * 2}"
# A session that starts before noon and ends after 14:00 is signed twice.
_NOON = dt.time(12, 0)
_AFTERNOON = dt.time(14, 0)


def mask_cin(cin: str | None) -> str:
    """"•••••456": never more than the last 3 characters of the real CIN, and
    none of a CIN shorter than 6 ("•••••")."""
    if not cin:
        return ""
    if len(cin) < _CIN_SHOWN_FROM:
        return _MASKED_PREFIX
    return _MASKED_PREFIX + cin[-VISIBLE_CIN_CHARS:]


def mask_phone(e164: str | None) -> str:
    """"06 •• •• 45 67": the prefix every mobile shares and the last 4 digits,
    enough for a person to recognise the number held and for an officer to
    match the line to the record, not enough to call anyone."""
    if not e164:
        return ""
    moroccan = _MOROCCAN_MOBILE.fullmatch(e164)
    digits = "0" + moroccan.group(1) if moroccan else re.sub(r"\D", "", e164)
    if len(digits) < 8:
        return f"{MASK * 2} {_PHONE_HIDDEN} {_PHONE_HIDDEN}"
    start = digits[:2] if moroccan else MASK * 2
    return f"{start} {_PHONE_HIDDEN} {digits[-4:-2]} {digits[-2:]}"


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
    phone_masked: str
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
    break_start: dt.time | None
    break_end: dt.time | None
    planned_hours: float  # less the break (app/rules/hours.py)
    commune_name_fr: str
    commune_name_ar: str
    place: str
    trainers: tuple[str, ...]
    half_days: tuple[str, ...]
    cancelled: bool  # printed all the same, marked on every page
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
                    phone_masked=mask_phone(person.phone),
                    expected=person.id in expected_ids,
                    attendance=marks.get(person.id),
                )
            )
    people.sort(key=lambda p: (*name_order(p.first_name, p.last_name, p.name_ar), p.beneficiary_id))
    return AttendanceSheetData(
        session_id=view.id,
        team_name=team_name(session, view.team_id),
        module_code=view.module_code,
        module_title_fr=view.module_title_fr,
        module_title_ar=view.module_title_ar,
        session_date=view.session_date,
        start_time=view.start_time,
        end_time=view.end_time,
        break_start=view.break_start,
        break_end=view.break_end,
        planned_hours=view.planned_hours,
        commune_name_fr=view.commune_name or "",
        commune_name_ar=commune_ar,
        place=place,
        trainers=_user_names(session, view.trainer_ids),
        half_days=half_days(view.start_time, view.end_time),
        cancelled=view.status == SessionStatus.CANCELLED,
        participants=tuple(people),
    )


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
