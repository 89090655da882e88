"""Hypothesis strategies of VALID values for every column of every synced
table (the round-trip property test), and of WRONG ones (the mutation
fuzzer).  Valid means: the wire decodes it and the domain's rules
(`app.rules.rows`) accept it; the generators are checked against both."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Text,
    Time,
)

from app.models import enums
from app.models.ids import derived_id
from app.models.support import TARGET_FIELDS
from app.paths import resource
from app.rules import fields, rows
from app.rules.passwords import ScryptHash
from app.sync.wire import CODECS, MAX_TEXT

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = resource("reference")


def _codes(name: str) -> list[str]:
    text = REFERENCE.joinpath(name).read_text(encoding="utf-8")
    return [row["code"] for row in csv.DictReader(io.StringIO(text, newline=""))]


COMMUNES = _codes("communes.csv")[:40]
REGIONS = _codes("regions.csv")
# Sessions are planned ahead; facts are in the past: the rules' today.
TODAY = dt.date.today()
CONTEXT = rows.Context(today=TODAY, communes=set(COMMUNES), regions=set(REGIONS))
OLDEST = dt.date(1900, 1, 1)

# Text as people type it: French accents, Arabic, digits, punctuation, new lines.
LETTERS = st.characters(
    codec="utf-8", exclude_categories=("Cs", "Co", "Cn"), exclude_characters="\x00"
)


def text(max_size: int, *, required: bool = False) -> st.SearchStrategy[str]:
    size = min(max_size, 60)  # long enough to matter, short enough to be fast
    words = st.text(LETTERS, min_size=1 if required else 0, max_size=size)
    if required:
        words = words.filter(lambda s: bool(s.strip()))
    return words | st.just("x" * max_size) if max_size <= 200 else words


def row_ids() -> st.SearchStrategy[str]:
    return st.uuids(version=4).map(str)


def _date(low: dt.date, high: dt.date) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=low, max_value=high)


def _datetime(high: dt.date) -> st.SearchStrategy[dt.datetime]:
    return st.datetimes(
        min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime.combine(high, dt.time(0))
    )


PAST = _date(OLDEST, TODAY)
ANY_DATE = _date(OLDEST, fields.planning_limit(TODAY) - dt.timedelta(days=1))
CIN = st.from_regex(r"[A-Z]{1,2}[0-9]{5,6}|[A-Z0-9]{1,12}", fullmatch=True)
PHONE = st.sampled_from(["+212612345678", "+212700112233", "+212661234567", "+212770000001"])
ICE = st.from_regex(r"[0-9]{15}", fullmatch=True)
HASH = st.one_of(
    st.just(""),
    st.builds(
        lambda salt, digest: ScryptHash(2**14, 8, 1, salt, digest).encode(),
        st.binary(min_size=16, max_size=16),
        st.binary(min_size=32, max_size=32),
    ),
)


def _enum(vocabulary: Any, nullable: bool) -> st.SearchStrategy[Any]:
    values = st.sampled_from([m.value for m in vocabulary])
    return values | st.none() if nullable else values


def _unique_list(items: st.SearchStrategy[Any], max_size: int = 5) -> st.SearchStrategy[list[Any]]:
    return st.lists(items, max_size=max_size, unique=True)


# Fields whose valid values are narrower than their column's type.
FIELDS: dict[tuple[str, str], st.SearchStrategy[Any]] = {
    ("team", "name"): text(120, required=True),
    ("team", "region_code"): st.sampled_from(REGIONS) | st.none(),
    ("app_user", "name"): text(120, required=True),
    ("app_user", "role"): _enum(enums.Role, False),
    ("app_user", "password_hash"): HASH,
    ("app_user", "sex"): _enum(enums.Sex, True),
    ("beneficiary", "first_name"): text(120, required=True),
    ("beneficiary", "last_name"): text(120, required=True),
    ("beneficiary", "sex"): _enum(enums.Sex, False),
    ("beneficiary", "birth_date"): PAST | st.none(),
    ("beneficiary", "birth_year"): st.integers(1900, TODAY.year) | st.none(),
    ("beneficiary", "cin"): CIN | st.none(),
    ("beneficiary", "phone"): PHONE | st.none(),
    ("beneficiary", "commune_code"): st.sampled_from(COMMUNES) | st.none(),
    ("beneficiary", "education_level"): _enum(enums.EducationLevel, True),
    ("beneficiary", "status"): _enum(enums.BeneficiaryStatus, True),
    ("beneficiary", "sector"): _enum(enums.Sector, True),
    ("beneficiary", "project_stage"): _enum(enums.ProjectStage, True),
    ("beneficiary", "prior_support"): _unique_list(st.sampled_from(list(enums.PriorSupport))
                                                   .map(str)),
    ("beneficiary", "registered_on"): PAST,
    ("consent", "notice_version"): text(20, required=True),
    ("consent", "given_on"): PAST,
    ("consent", "collected_by"): text(120, required=True),
    ("consent", "method"): _enum(enums.ConsentMethod, False),
    ("enterprise", "name"): text(200, required=True),
    ("enterprise", "legal_form"): _enum(enums.LegalForm, False),
    ("enterprise", "ice"): ICE | st.none(),
    ("enterprise", "sector"): _enum(enums.Sector, True),
    ("enterprise", "commune_code"): st.sampled_from(COMMUNES) | st.none(),
    ("enterprise_stage", "stage"): _enum(enums.ProjectStage, False),
    ("tour_stop", "commune_code"): st.sampled_from(COMMUNES),
    ("training_module", "code"): text(40, required=True),
    ("training_module", "title_fr"): text(200, required=True),
    ("training_module", "planned_hours"): st.floats(0, rows.MAX_MODULE_HOURS),
    ("training_session", "trainer_ids"): _unique_list(row_ids()),
    ("training_session", "capacity"): st.integers(1, rows.MAX_CAPACITY) | st.none(),
    ("training_session", "status"): _enum(enums.SessionStatus, False),
    ("attendance", "status"): _enum(enums.AttendanceStatus, False),
    ("attendance", "hours_attended"): st.floats(0, rows.MAX_HOURS),
    ("coaching_session", "duration_minutes"): st.integers(1, rows.MAX_MINUTES),
    ("coaching_session", "topics"): _unique_list(text(200, required=True)),
    ("coaching_session", "stage_assessed"): _enum(enums.ProjectStage, True),
    ("next_step", "description"): text(MAX_TEXT, required=True),
    ("programme", "name"): text(200, required=True),
    **{
        ("programme", name): st.integers(1, rows.MAX_TARGET) | st.none()
        for name in TARGET_FIELDS
    },
    ("application", "status"): _enum(enums.ApplicationStatus, False),
    ("application", "score"): st.floats(0, rows.MAX_SCORE) | st.none(),
    ("support_delivered", "kind"): _enum(enums.SupportKind, False),
    ("support_delivered", "value_mad"): st.floats(0, rows.MAX_AMOUNT) | st.none(),
    ("conflict", "resolution"): st.sampled_from([None, "kept", "restored"]),
}


def column_values(table: str, column: Column[Any]) -> st.SearchStrategy[Any]:
    """Valid values of one column, from its rules or its type."""
    special = FIELDS.get((table, column.key))
    if special is not None:
        return special
    kind = column.type
    nullable = bool(column.nullable)
    rule = rows.FIELD_RULES.get(table, {}).get(column.key)
    base: st.SearchStrategy[Any]
    if rule is rows._reference:  # noqa: SLF001 - the rules' own marker of an id
        base = row_ids()
    elif isinstance(kind, Boolean):
        base = st.booleans()
    elif isinstance(kind, Integer | BigInteger):
        base = st.integers(-(2**31), 2**31)
    elif isinstance(kind, Float):
        base = st.floats(-1e9, 1e9)
    elif isinstance(kind, DateTime):
        base = _datetime(TODAY)
    elif isinstance(kind, Date):
        base = PAST if rule is rows._past else ANY_DATE  # noqa: SLF001
    elif isinstance(kind, Time):
        base = st.times()
    elif isinstance(kind, String | Text):
        base = text(getattr(kind, "length", None) or MAX_TEXT, required=rule is rows._required)  # noqa: SLF001
    elif isinstance(kind, JSON):
        raise AssertionError(f"no strategy for JSON field {table}.{column.key}")
    else:
        raise AssertionError(f"no strategy for {table}.{column.key}: {kind!r}")
    return base | st.none() if nullable else base


@st.composite
def valid_rows(draw: st.DrawFn, table: str, team_id: str) -> tuple[str, dict[str, Any]]:
    """(id, every synced field) of a new row of `table` the rules accept."""
    codec = CODECS[table]
    values: dict[str, Any] = {}
    for name in codec.fields:
        if name == "team_id":
            values[name] = team_id
        elif name == "deleted":
            values[name] = draw(st.booleans())
        elif name == "erased_on":
            # An erased row's personal fields are blanked by the merge
            # whatever was sent (tests/test_sync_erasure.py): not a round trip.
            values[name] = None
        elif table == "conflict" and name in ("table_name", "field", "kept_value", "lost_value",
                                               "kept_hlc", "lost_hlc"):
            continue
        else:
            values[name] = draw(column_values(table, codec.table.columns[name]))
    if table == "training_session":
        # A break strictly inside the session, or none (app/rules/hours.py).
        start, pause, resume, end = sorted(
            draw(st.lists(st.times(), min_size=4, max_size=4, unique=True))
        )
        with_break = draw(st.booleans())
        values.update(start_time=start, end_time=end, break_start=pause if with_break else None,
                      break_end=resume if with_break else None)
    for before, after in (("starts_on", "ends_on"), ("arrived_at", "left_at")):
        if values.get(before) is not None and values.get(after) is not None:
            low, high = sorted([values[before], values[after]])
            values.update({before: low, after: high})
    if table == "conflict":
        values.update(draw(conflict_values(team_id)))
    row_id = str(uuid.uuid4())
    derived = rows.DERIVED_IDS.get(table)
    if derived is not None:
        make, first, second = derived
        row_id = make(values[first], values[second])
    problems = rows.row_problems(table, values, context=CONTEXT, row_id=row_id)
    assert problems == [], (table, problems)
    return row_id, values


HLC = st.builds(
    lambda ms, counter, node: f"{ms:012x}{counter:04x}{node}",
    st.integers(1_600_000_000_000, 1_900_000_000_000),
    st.integers(0, 50),
    st.from_regex(r"[0-9a-f]{16}", fullmatch=True),
)


@st.composite
def conflict_values(draw: st.DrawFn, team_id: str) -> dict[str, Any]:
    """A lost write: a synced field of a table and two of its values (as on the wire)."""
    table = draw(st.sampled_from(sorted(str(t) for t in CODECS if t != "conflict")))
    codec = CODECS[table]
    field = draw(st.sampled_from([f for f in codec.fields if f not in ("team_id", "deleted")]))
    column = codec.table.columns[field]
    values = column_values(table, column) if not isinstance(column.type, JSON) else FIELDS[
        (table, field)
    ]
    kept, lost = draw(values), draw(values)
    return {
        "table_name": table,
        "field": field,
        "kept_value": codec.encode(field, kept),
        "lost_value": codec.encode(field, lost),
        "kept_hlc": draw(HLC),
        "lost_hlc": draw(HLC),
    }


def derived_row_id(table: str, values: dict[str, Any]) -> str | None:
    derived = rows.DERIVED_IDS.get(table)
    if derived is None:
        return None
    make, first, second = derived
    return make(values[first], values[second])


# ---------------------------------------------------------------- wrong values

WRONG_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.sampled_from([0, -1, -5, 10**6, 2**31, 2**63, 1e15, 1e16, -1e300, 0.5]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from([
        "", " ", "Z", "bogus_status", "superadmin", "9999-12-31", "0001-01-01", "1850-06-01",
        "2026-02-30", "25:61:00", "2026-03-02T25:00:00", "99.999", "not json", "+33612345678",
        "scrypt$16384$8$200$" + "00" * 16 + "$" + "00" * 32, "x" * 121, "x" * 100_001,
        "01900000-0000-7000-8000-00000000zzzz", derived_id("nope", "x"),
    ]),
)
WRONG_VALUES = st.recursive(
    WRONG_SCALARS,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=12,
) | st.just([[[[[[[[[[[[1]]]]]]]]]]]]) | st.just([{"evil": True}]) | st.just([None, {"x": 1}])


def wrong_for(column: Column[Any]) -> st.SearchStrategy[Any]:
    """Values of the right wire type but any meaning (out of range, unknown
    codes, far dates, foreign shapes), or of any type at all."""
    kind = column.type
    typed: st.SearchStrategy[Any]
    if isinstance(kind, Boolean):
        typed = st.booleans()
    elif isinstance(kind, Integer | BigInteger):
        typed = st.integers(-(2**40), 2**40) | st.sampled_from([0, -1, 10**5, 2**31])
    elif isinstance(kind, Float):
        typed = st.floats(-1e16, 1e16) | st.sampled_from([-0.5, 25.0, 1e15, 1e9 + 1])
    elif isinstance(kind, DateTime):
        typed = st.datetimes().map(lambda d: d.isoformat())
    elif isinstance(kind, Date):
        typed = st.dates().map(lambda d: d.isoformat())
    elif isinstance(kind, Time):
        typed = st.times().map(lambda t: t.isoformat())
    elif isinstance(kind, String | Text):
        length = getattr(kind, "length", None) or MAX_TEXT
        typed = st.text(max_size=min(length, 40)) | st.sampled_from(
            ["Z", "bogus", "99.999", "0612345678", " ", str(uuid.uuid4()), "x" * length]
        )
    else:
        typed = WRONG_VALUES
    return typed | typed | WRONG_VALUES  # two thirds of the right type
