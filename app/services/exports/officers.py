"""The rows of the CCIS officers' exports (beneficiaries, attendance,
coaching, indicators), streamed with a description of every column;
app/reports/exports/officers.py turns them into CSV or XLSX files with
labels or codes, a data dictionary and the filters used.

Values are kept as stored (codes, dates, hours as floats, places as HCP
codes) so that the writer can spell them in any language or leave them as
codes.  Multi-choice answers (a person's prior support, a coaching
session's topics) come twice, as in ODK and Kobo exports: the list in one
column, and one yes/no column per choice.

Which people the beneficiaries export lists (`people`):

- "reached": the people the activity report and `caravane indicators`
  count as reached in the period (present at a session held in the period,
  or coached in the period; the team filter applies to the team that
  recorded the activity), with what they did in the period;
- "registered": the people registered in the period (registration date;
  the team filter applies to the person's team).

With a period that has a start, the default is "reached" (the report's
definition); with no start, "registered" (everyone registered up to the
end, if any).

A de-identified export leaves out every name, the CIN, the phone, the
birth date and year and the douar, and shows a pseudonym instead of the
person's id (`pseudonyms.py`); rows then come in pseudonym order, which
says nothing about the person (alphabetical order would).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import groupby
from typing import Any

from sqlalchemy import Select, func, literal, select, union_all
from sqlalchemy.orm import Session

from app.core.errors import ValidationError
from app.models import (
    Attendance,
    Beneficiary,
    CoachingSession,
    Commune,
    Province,
    Team,
    TourStop,
    TrainingModule,
    TrainingSession,
    User,
)
from app.models.enums import AttendanceStatus, PriorSupport, SessionStatus
from app.services.exports.pseudonyms import pseudonym
from app.services.indicators import IndicatorFilter, age_band_sql, compute_indicators

EXPORT_KINDS = ("beneficiaries", "attendance", "coaching", "indicators")
PEOPLE_REACHED = "reached"
PEOPLE_REGISTERED = "registered"
PEOPLE_CHOICES = (PEOPLE_REACHED, PEOPLE_REGISTERED)
# The indicators of a period with no start begin with the programme.
PROGRAMME_START = dt.date(2000, 1, 1)
# At most this many yes/no columns for coaching topics (the most frequent):
# the topics column still lists every topic of every session.
MAX_TOPIC_COLUMNS = 30
# Breakdown sections of the indicators whose rows are people reached: their
# share of the people reached is given.
SHARE_SECTIONS = frozenset(
    {"sex", "age_band", "area", "commune", "sector", "project_stage", "status"}
)


class ColumnType(StrEnum):
    TEXT = "text"
    ID = "id"  # an id, or a pseudonym in a de-identified export
    DATE = "date"
    INTEGER = "integer"
    HOURS = "hours"  # hours as a decimal number, rounded to 2 decimals
    MONEY = "money"
    PERCENT = "percent"  # a ratio (0.8198), shown as a percentage
    CODE = "code"  # one code of a vocabulary (`codes`)
    CODES = "codes"  # a multi-choice answer: a list of codes
    FLAG = "flag"  # yes/no: one choice of a multi-choice answer, or a fact
    PLACE = "place"  # a commune or province HCP code (named by the writer)
    TITLE = "title"  # a (French, Arabic) pair
    MEASURE = "measure"  # an indicator's value: its unit is in the `unit` column


T = ColumnType


@dataclass(frozen=True)
class ExportColumn:
    key: str  # stable name: the header of a file with codes
    type: ColumnType
    codes: str | None = None  # the vocabulary (app.labels.CODES kind)
    choice: str | None = None  # a multi-choice FLAG column: the code it stands for
    agrees: bool = False  # its label agrees with the person's sex (row's "sex")


@dataclass(frozen=True)
class ExportRequest:
    """What an officer asked for.  `today` dates ages and an open period."""

    kind: str
    today: dt.date
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    team_id: str | None = None
    people: str | None = None  # beneficiaries only; None: see the module's doc
    personal: bool = False  # add CIN and phone
    deidentified: bool = False

    @property
    def age_on(self) -> dt.date:
        """Ages are counted on the period's last day (the report's definition)."""
        return self.date_to or self.today


@dataclass(frozen=True)
class ExportTable:
    """Column descriptions and a stream of rows.  `rows` is consumed once."""

    request: ExportRequest
    columns: tuple[ExportColumn, ...]
    rows: Iterator[tuple[Any, ...]]
    team_name: str | None = None
    places: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # code -> (fr, ar)

    @property
    def kind(self) -> str:
        return self.request.kind


def check_request(request: ExportRequest) -> ExportRequest:
    """The request with `people` resolved, or a ValidationError."""
    if request.kind not in EXPORT_KINDS:
        raise ValidationError.single("kind", "unknown_export", value=request.kind)
    if request.date_from and request.date_to and request.date_to < request.date_from:
        raise ValidationError.single("date_to", "ends_before_start")
    if request.personal and request.deidentified:
        raise ValidationError.single("personal", "personal_and_deidentified")
    if request.kind != "beneficiaries":
        if request.people is not None:
            raise ValidationError.single("people", "beneficiaries_only")
        return request
    people = request.people or (
        PEOPLE_REACHED if request.date_from is not None else PEOPLE_REGISTERED
    )
    if people not in PEOPLE_CHOICES:
        raise ValidationError.single("people", "invalid_choice", value=people)
    return replace(request, people=people)


def export_table(
    *, session: Session, request: ExportRequest, pseudonym_key: bytes | None = None
) -> ExportTable:
    """The rows an officer asked for.  A de-identified export needs the
    pseudonym key (`pseudonyms.laptop_key` or a CCIS key file)."""
    request = check_request(request)
    if request.deidentified and pseudonym_key is None:
        raise ValidationError.single("pseudonym_key", "required")
    session.flush()
    team_name = None
    if request.team_id:
        # A team by id, or by name as `caravane indicators` takes it.
        team = session.execute(
            select(Team.id, Team.name).where(
                (Team.id == request.team_id)
                | (func.lower(Team.name) == request.team_id.strip().lower())
            )
        ).first()
        if team is None:
            raise ValidationError.single("team_id", "unknown_team", value=request.team_id)
        request = replace(request, team_id=team.id)
        team_name = team.name
    build = {
        "beneficiaries": _beneficiaries,
        "attendance": _attendance,
        "coaching": _coaching,
        "indicators": _indicators,
    }[request.kind]
    columns, rows = build(session, request, pseudonym_key)
    return ExportTable(request, columns, rows, team_name, _places(session))


# -- helpers ---------------------------------------------------------------------


def _stream(session: Session, query: Select[Any]) -> Iterator[tuple[Any, ...]]:
    # Core rows through the session's connection (its transaction): columns
    # only, so the ORM's loading layer has nothing to add.  The option goes on
    # the statement: Connection.execution_options() would change the session's
    # connection in place, and every later statement of the transaction (an
    # INSERT too) would run as a server-side cursor on PostgreSQL.
    result = session.connection().execute(query.execution_options(yield_per=2000))
    for row in result:
        yield tuple(row)


def _places(session: Session) -> dict[str, tuple[str, str]]:
    """Every commune's and province's names (a few hundred reference rows)."""
    places = {
        code: (fr, ar)
        for code, fr, ar in session.execute(select(Commune.code, Commune.name_fr, Commune.name_ar))
    }
    places.update(
        (code, (fr, ar))
        for code, fr, ar in session.execute(
            select(Province.code, Province.name_fr, Province.name_ar)
        )
    )
    return places


def _between(column: Any, request: ExportRequest) -> list[Any]:
    conditions = []
    if request.date_from:
        conditions.append(column >= request.date_from)
    if request.date_to:
        conditions.append(column <= request.date_to)
    return conditions


def _team(column: Any, request: ExportRequest) -> list[Any]:
    return [column == request.team_id] if request.team_id else []


def _held_sessions(request: ExportRequest) -> Select[Any]:
    """Held sessions of the period and team (as `indicators` counts them)."""
    return select(TrainingSession.id).where(
        TrainingSession.deleted.is_(False),
        TrainingSession.status == SessionStatus.HELD.value,
        *_between(TrainingSession.session_date, request),
        *_team(TrainingSession.team_id, request),
    )


def _person_keys(
    request: ExportRequest, key: bytes | None, identified: list[str]
) -> tuple[list[str], Any]:
    """The person columns' keys and a function turning a stored id into
    the id shown (the id itself, or a pseudonym)."""
    if request.deidentified:
        assert key is not None
        return ["pseudonym"], lambda value: pseudonym(key, value) if value else None
    return identified, lambda value: value


def _by_pseudonym(
    rows: Iterable[tuple[Any, ...]], person_index: int, group: int = 0
) -> Iterator[tuple[Any, ...]]:
    """Rows sorted by pseudonym within runs of equal leading `group` values
    (the whole table when `group` is 0), streamed run by run."""
    for _, run in groupby(rows, key=lambda row: row[:group]):
        yield from sorted(run, key=lambda row: row[person_index] or "")


# -- beneficiaries ------------------------------------------------------------------

_PRIOR_SUPPORT = [code.value for code in PriorSupport]


def _reach(request: ExportRequest) -> Any:
    """One row per person reached in the period: trained (0/1), coaching
    sessions, hours attended; the definition of `indicators._reach`."""
    present = select(
        Attendance.beneficiary_id.label("beneficiary_id"),
        literal(1).label("trained"),
        literal(0).label("coached"),
        Attendance.hours_attended.label("hours"),
    ).where(
        Attendance.session_id.in_(_held_sessions(request)),
        Attendance.deleted.is_(False),
        Attendance.status == AttendanceStatus.PRESENT.value,
    )
    coached = select(
        CoachingSession.beneficiary_id, literal(0), literal(1), literal(0.0)
    ).where(
        CoachingSession.deleted.is_(False),
        CoachingSession.beneficiary_id.is_not(None),
        *_between(CoachingSession.held_on, request),
        *_team(CoachingSession.team_id, request),
    )
    rows = union_all(present, coached).subquery("reach_rows")
    return (
        select(
            rows.c.beneficiary_id,
            func.max(rows.c.trained).label("trained"),
            func.sum(rows.c.coached).label("coaching_sessions"),
            func.sum(rows.c.hours).label("hours"),
        )
        .group_by(rows.c.beneficiary_id)
        .subquery("reach")
    )


def _beneficiaries(
    session: Session, request: ExportRequest, key: bytes | None
) -> tuple[tuple[ExportColumn, ...], Iterator[tuple[Any, ...]]]:
    person_keys, shown_id = _person_keys(request, key, ["id", "last_name", "first_name",
                                                        "name_ar"])
    identified = not request.deidentified
    source: list[tuple[ExportColumn, Any]] = [
        (ExportColumn(person_keys[0], T.ID), Beneficiary.id),
    ]
    if identified:
        source += [
            (ExportColumn("last_name", T.TEXT), Beneficiary.last_name),
            (ExportColumn("first_name", T.TEXT), Beneficiary.first_name),
            (ExportColumn("name_ar", T.TEXT), Beneficiary.name_ar),
        ]
    source.append((ExportColumn("sex", T.CODE, "sex"), Beneficiary.sex))
    if identified:
        source += [
            (ExportColumn("birth_date", T.DATE), Beneficiary.birth_date),
            (ExportColumn("birth_year", T.INTEGER), Beneficiary.birth_year),
        ]
    source += [
        (ExportColumn("age_band", T.CODE, "age_band"), age_band_sql(request.age_on)),
        (ExportColumn("commune", T.PLACE), Beneficiary.commune_code),
        (ExportColumn("province", T.PLACE), Commune.province_code),
        (ExportColumn("area", T.CODE, "commune_type"), Commune.kind),
    ]
    if identified:
        source.append((ExportColumn("douar", T.TEXT), Beneficiary.douar))
    source += [
        (ExportColumn("education_level", T.CODE, "education_level"),
         Beneficiary.education_level),
        (ExportColumn("status", T.CODE, "status", agrees=True), Beneficiary.status),
        (ExportColumn("sector", T.CODE, "sector"), Beneficiary.sector),
        (ExportColumn("project_stage", T.CODE, "project_stage"), Beneficiary.project_stage),
        (ExportColumn("prior_support", T.CODES, "prior_support"), Beneficiary.prior_support),
        (ExportColumn("registered_on", T.DATE), Beneficiary.registered_on),
    ]
    if request.personal:
        source += [
            (ExportColumn("cin", T.TEXT), Beneficiary.cin),
            (ExportColumn("phone", T.TEXT), Beneficiary.phone),
        ]
    reached = request.people == PEOPLE_REACHED
    reach = _reach(request) if reached else None
    if reach is not None:
        source += [
            (ExportColumn("trained", T.FLAG), reach.c.trained),
            (ExportColumn("hours_attended", T.HOURS), reach.c.hours),
            (ExportColumn("coaching_sessions", T.INTEGER), reach.c.coaching_sessions),
        ]
    query: Select[Any] = select(*(expression for _, expression in source))
    if reach is not None:
        # Everyone the report counts, as it counts them (no other filter).
        query = query.select_from(reach).join(Beneficiary, Beneficiary.id == reach.c.beneficiary_id)
    else:
        query = query.select_from(Beneficiary).where(
            Beneficiary.deleted.is_(False),
            Beneficiary.merged_into_id.is_(None),
            *_between(Beneficiary.registered_on, request),
            *_team(Beneficiary.team_id, request),
        )
    query = query.join(Commune, Commune.code == Beneficiary.commune_code, isouter=True)
    if identified:
        query = query.order_by(Beneficiary.last_name, Beneficiary.first_name, Beneficiary.id)
    columns = [column for column, _ in source]
    support_at = [c.key for c in columns].index("prior_support")
    flags = [
        ExportColumn(f"prior_support:{code}", T.FLAG, "prior_support", choice=code)
        for code in _PRIOR_SUPPORT
    ]
    columns[support_at + 1 : support_at + 1] = flags
    trained_at = [c.key for c in columns].index("trained") if reached else -1

    def rows() -> Iterator[tuple[Any, ...]]:
        for row in _stream(session, query):
            values = list(row)
            values[0] = shown_id(values[0])
            chosen = values[support_at] or []
            values[support_at + 1 : support_at + 1] = [code in chosen for code in _PRIOR_SUPPORT]
            if trained_at >= 0:
                values[trained_at] = bool(values[trained_at])
            yield tuple(values)

    stream = rows()
    if request.deidentified:
        stream = _by_pseudonym(stream, 0)
    return tuple(columns), stream


# -- attendance -----------------------------------------------------------------------


def _attendance(
    session: Session, request: ExportRequest, key: bytes | None
) -> tuple[tuple[ExportColumn, ...], Iterator[tuple[Any, ...]]]:
    identified = not request.deidentified
    person, shown_id = _person_keys(request, key, ["beneficiary_id"])
    source: list[tuple[ExportColumn, Any]] = [
        (ExportColumn("session_date", T.DATE), TrainingSession.session_date),
        (ExportColumn("module_code", T.TEXT), TrainingModule.code),
        (ExportColumn("module", T.TITLE), TrainingModule.title_fr),
        (ExportColumn("commune", T.PLACE), TourStop.commune_code),
        (ExportColumn("session_id", T.ID), TrainingSession.id),
        (ExportColumn(person[0], T.ID), Beneficiary.id),
    ]
    if identified:
        source += [
            (ExportColumn("last_name", T.TEXT), Beneficiary.last_name),
            (ExportColumn("first_name", T.TEXT), Beneficiary.first_name),
        ]
    source += [
        (ExportColumn("sex", T.CODE, "sex"), Beneficiary.sex),
        (ExportColumn("age_band", T.CODE, "age_band"), age_band_sql(request.age_on)),
        (ExportColumn("attendance_status", T.CODE, "attendance_status", agrees=True),
         Attendance.status),
        (ExportColumn("hours_attended", T.HOURS), Attendance.hours_attended),
    ]
    query: Select[Any] = (
        select(*(expression for _, expression in source), TrainingModule.title_ar)
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .join(TrainingModule, TrainingModule.id == TrainingSession.module_id, isouter=True)
        .join(TourStop, TourStop.id == TrainingSession.stop_id, isouter=True)
        .join(Beneficiary, Beneficiary.id == Attendance.beneficiary_id)
        .where(
            Attendance.deleted.is_(False),
            TrainingSession.deleted.is_(False),
            *_between(TrainingSession.session_date, request),
            *_team(TrainingSession.team_id, request),
        )
        .order_by(TrainingSession.session_date, TrainingSession.id, Beneficiary.last_name,
                  Beneficiary.first_name, Beneficiary.id)
    )
    person_at = 5

    def rows() -> Iterator[tuple[Any, ...]]:
        for row in _stream(session, query):
            values = list(row[:-1])
            values[2] = (values[2], row[-1])  # the module's title in both languages
            values[person_at] = shown_id(values[person_at])
            yield tuple(values)

    stream = rows()
    if request.deidentified:
        stream = _by_pseudonym(stream, person_at, group=5)  # within each session
    return tuple(column for column, _ in source), stream


# -- coaching ----------------------------------------------------------------------------


def _coaching(
    session: Session, request: ExportRequest, key: bytes | None
) -> tuple[tuple[ExportColumn, ...], Iterator[tuple[Any, ...]]]:
    identified = not request.deidentified
    person, shown_id = _person_keys(request, key, ["beneficiary_id"])
    conditions = [
        CoachingSession.deleted.is_(False),
        *_between(CoachingSession.held_on, request),
        *_team(CoachingSession.team_id, request),
    ]
    source: list[tuple[ExportColumn, Any]] = [
        (ExportColumn("held_on", T.DATE), CoachingSession.held_on),
        (ExportColumn(person[0], T.ID), CoachingSession.beneficiary_id),
    ]
    if identified:
        source += [
            (ExportColumn("last_name", T.TEXT), Beneficiary.last_name),
            (ExportColumn("first_name", T.TEXT), Beneficiary.first_name),
        ]
    source += [
        (ExportColumn("sex", T.CODE, "sex"), Beneficiary.sex),
        (ExportColumn("commune", T.PLACE), Beneficiary.commune_code),
        (ExportColumn("duration_minutes", T.INTEGER), CoachingSession.duration_minutes),
        (ExportColumn("topics", T.CODES, "coaching_topic"), CoachingSession.topics),
        (ExportColumn("stage_assessed", T.CODE, "project_stage"),
         CoachingSession.stage_assessed),
        (ExportColumn("trainer", T.TEXT), User.name),
    ]
    # The topics' own columns: those met in the exported sessions, most frequent first.
    frequency: Counter[str] = Counter()
    for (topics,) in session.execute(select(CoachingSession.topics).where(*conditions)):
        frequency.update(set(topics or ()))
    topics_shown = [
        topic for topic, _ in sorted(frequency.items(), key=lambda kv: (-kv[1], kv[0]))
    ][:MAX_TOPIC_COLUMNS]
    query: Select[Any] = (
        select(*(expression for _, expression in source))
        .select_from(CoachingSession)
        .join(Beneficiary, Beneficiary.id == CoachingSession.beneficiary_id, isouter=True)
        .join(User, User.id == CoachingSession.trainer_id, isouter=True)
        .where(*conditions)
        .order_by(CoachingSession.held_on, CoachingSession.id)
    )
    columns = [column for column, _ in source]
    topics_at = [c.key for c in columns].index("topics")
    columns[topics_at + 1 : topics_at + 1] = [
        ExportColumn(f"topic:{topic}", T.FLAG, "coaching_topic", choice=topic)
        for topic in topics_shown
    ]

    def rows() -> Iterator[tuple[Any, ...]]:
        for row in _stream(session, query):
            values = list(row)
            values[1] = shown_id(values[1])
            chosen = values[topics_at] or []
            values[topics_at + 1 : topics_at + 1] = [topic in chosen for topic in topics_shown]
            yield tuple(values)

    stream = rows()
    if request.deidentified:
        stream = _by_pseudonym(stream, 1, group=1)  # within each day
    return tuple(columns), stream


# -- indicators ------------------------------------------------------------------------

# The unit of each indicator (by section, then by code); people otherwise.
_UNITS = {
    ("training", "sessions_held"): "sessions",
    ("training", "training_hours"): "hours",
    ("training", "hours_attended"): "hours",
    ("training", "hours_per_person"): "hours",
    ("training", "attendance_expected"): "attendances",
    ("training", "attendance_present"): "attendances",
    ("training", "attendance_rate"): "percent",
    ("coaching", "coaching_sessions"): "sessions",
    ("coaching", "coaching_hours"): "hours",
    ("support", "value_mad"): "mad",
}
_SECTION_UNITS = {"projects": "enterprises", "selection": "applications", "support": "supports"}


def _indicators(
    session: Session, request: ExportRequest, key: bytes | None
) -> tuple[tuple[ExportColumn, ...], Iterator[tuple[Any, ...]]]:
    filters = IndicatorFilter(
        date_from=request.date_from or PROGRAMME_START, date_to=request.age_on,
        team_id=request.team_id,
    )
    indicators = compute_indicators(session=session, filters=filters)
    reached = indicators.beneficiaries_reached
    rows = []
    for row in indicators.as_rows():
        unit = _UNITS.get((row.section, row.label), _SECTION_UNITS.get(row.section, "people"))
        value: Any = row.value
        if (row.section, row.label) == ("training", "attendance_rate"):
            value = indicators.attendance_rate  # the ratio itself; None: nobody expected
        share = row.value / reached if row.section in SHARE_SECTIONS and reached else None
        rows.append((row.section, row.label, value, unit, share))
    columns = (
        ExportColumn("section", T.CODE, "indicator_section"),
        ExportColumn("indicator", T.CODE, "indicator"),
        ExportColumn("value", T.MEASURE),
        ExportColumn("unit", T.CODE, "unit"),
        ExportColumn("share", T.PERCENT),
    )
    return columns, iter(rows)

