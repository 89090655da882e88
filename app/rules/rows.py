"""The rules of every synced table, field by field.

`row_problems(table, values, context=...)` checks the fields present in
`values` (a whole new row, or the changed fields a laptop pushes) and the
rules between fields whose fields are all present.  The services call it on
what they are about to write; the server calls it on every pushed row
before the merge, with `context.today` its own date plus a margin and the
reference data it has (`server/meaning.py`).

What needs the database is described here and checked by the server:
references between rows (`REFERENCES`: a reference must not point to
another team's row) and existing commune / region codes (given in the
context).  A reference to a row nobody has seen yet is accepted: pages and
batches may bring a child before its parent (docs/sync.md).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from app.core.problems import FieldError
from app.models import syncable_classes, synced_fields
from app.models.enums import (
    ApplicationStatus,
    AttendanceStatus,
    BeneficiaryStatus,
    ConsentMethod,
    EducationLevel,
    LegalForm,
    PriorSupport,
    ProjectStage,
    Role,
    Sector,
    SessionStatus,
    Sex,
    SupportKind,
)
from app.models.ids import attendance_id, enrolment_id, membership_id
from app.models.support import TARGET_FIELDS
from app.rules import fields as f
from app.rules import hours
from app.rules.names import name_problems
from app.rules.passwords import check_password_hash

# A laptop's calendar may run ahead of the server's (time zones, a clock a
# little fast): the server accepts dates up to this much after its own today.
FUTURE_MARGIN = dt.timedelta(days=2)
MAX_CAPACITY = 10_000
MAX_HOURS = 24.0  # hours attended at one session (a session is one day)
MAX_MODULE_HOURS = 1_000.0
MAX_MINUTES = 24 * 60
MAX_AMOUNT = 1e9  # MAD
MAX_SCORE = 1_000.0
MAX_TARGET = 10_000_000  # a programme's target: people or projects, region-wide


@dataclass(frozen=True)
class Context:
    """What the rules need besides the values.

    `today`: the latest date a writer may call today (the laptop's own date;
    on the server, its date plus `FUTURE_MARGIN`).  `communes` / `regions`:
    the codes that exist (None: not checked here, e.g. the laptop's database
    checks its own foreign keys)."""

    today: dt.date
    communes: Container[str] | None = None
    regions: Container[str] | None = None


Rule = Callable[[str, Any, Context], FieldError | None]


# ---- rule builders -----------------------------------------------------------


def _required(field: str, value: Any, context: Context) -> FieldError | None:
    return f.check_required(field, value)


def _code(vocabulary: Any, *, required: bool = False) -> Rule:
    def rule(field: str, value: Any, context: Context) -> FieldError | None:
        if value is None or value == "":
            return FieldError(field, "required") if required else None
        return f.check_code(field, value, vocabulary)

    return rule


def _past(field: str, value: Any, context: Context) -> FieldError | None:
    return f.check_past_date(field, value, context.today)


def _date(field: str, value: Any, context: Context) -> FieldError | None:
    return f.check_date(field, value, context.today)


def _reference(field: str, value: Any, context: Context) -> FieldError | None:
    return f.check_reference(field, value)


def _number(low: float, high: float, *, positive: bool = False) -> Rule:
    def rule(field: str, value: Any, context: Context) -> FieldError | None:
        return f.check_number(field, value, low=low, high=high, positive=positive)

    return rule


def _commune(*, required: bool = False) -> Rule:
    def rule(field: str, value: Any, context: Context) -> FieldError | None:
        if value is None:
            return FieldError(field, "required") if required else None
        if context.communes is not None and value not in context.communes:
            return FieldError(field, "unknown_commune", {"value": value})
        return None

    return rule


def _region(field: str, value: Any, context: Context) -> FieldError | None:
    if value is not None and context.regions is not None and value not in context.regions:
        return FieldError(field, "unknown_region", {"value": value})
    return None


def _birth_date(field: str, value: Any, context: Context) -> FieldError | None:
    return f.check_birth_date(value, context.today)


def _birth_year(field: str, value: Any, context: Context) -> FieldError | None:
    return f.check_birth_year(value, context.today)


def _cin(field: str, value: Any, context: Context) -> FieldError | None:
    if value is None:
        return None
    if f.cin_text(value) != value:
        return FieldError(field, "not_normalized")
    return f.check_cin(value)


def _phone(field: str, value: Any, context: Context) -> FieldError | None:
    return f.check_stored_phone(value)


def _ice(field: str, value: Any, context: Context) -> FieldError | None:
    return f.check_stored_ice(value)


def _codes(vocabulary: Any = None) -> Rule:
    def rule(field: str, value: Any, context: Context) -> FieldError | None:
        return f.check_code_list(field, value, vocabulary)

    return rule


def _ids(field: str, value: Any, context: Context) -> FieldError | None:
    return f.check_id_list(field, value)


def _password_hash(field: str, value: Any, context: Context) -> FieldError | None:
    return check_password_hash(value)


def _synced_table(field: str, value: Any, context: Context) -> FieldError | None:
    if value not in SYNCED_FIELDS:
        return FieldError(field, "invalid_choice", {"value": value})
    return None


def _resolution(field: str, value: Any, context: Context) -> FieldError | None:
    if value not in (None, "kept", "restored"):
        return FieldError(field, "invalid_choice", {"value": value})
    return None


# ---- the tables ---------------------------------------------------------------

SYNCED_FIELDS: dict[str, frozenset[str]] = {
    model.__tablename__: frozenset(synced_fields(model))  # type: ignore[attr-defined]
    for model in syncable_classes()
}

FIELD_RULES: dict[str, dict[str, Rule]] = {
    "team": {"name": _required, "region_code": _region},
    "app_user": {
        "name": _required,
        "role": _code(Role, required=True),
        "sex": _code(Sex),
        "password_hash": _password_hash,
    },
    "beneficiary": {
        # first_name, last_name: a Latin name or an Arabic one (ROW_RULES).
        "sex": _code(Sex, required=True),
        "birth_date": _birth_date,
        "birth_year": _birth_year,
        "cin": _cin,
        "phone": _phone,
        "commune_code": _commune(),
        "education_level": _code(EducationLevel),
        "status": _code(BeneficiaryStatus),
        "sector": _code(Sector),
        "project_stage": _code(ProjectStage),
        "prior_support": _codes(PriorSupport),
        "registered_on": _past,
        "registered_by": _reference,
        "merged_into_id": _reference,
    },
    "consent": {
        "beneficiary_id": _reference,
        "notice_version": _required,
        "given_on": _past,
        "collected_by": _required,
        "method": _code(ConsentMethod, required=True),
        "withdrawn_on": _date,
    },
    "enterprise": {
        "name": _required,
        "legal_form": _code(LegalForm, required=True),
        "ice": _ice,
        "sector": _code(Sector),
        "commune_code": _commune(),
        "created_on": _date,
    },
    "enterprise_member": {"enterprise_id": _reference, "beneficiary_id": _reference},
    "enterprise_stage": {
        "enterprise_id": _reference,
        "stage": _code(ProjectStage, required=True),
        "assessed_on": _date,
        "assessed_by": _reference,
    },
    "device": {"enrolled_at": _date},
    "tour_stop": {"commune_code": _commune(required=True), "starts_on": _date, "ends_on": _date},
    "training_module": {
        "code": _required,
        "title_fr": _required,
        "planned_hours": _number(0.0, MAX_MODULE_HOURS),
    },
    "training_session": {
        "module_id": _reference,
        "stop_id": _reference,
        "session_date": _date,
        "trainer_ids": _ids,
        "capacity": _number(1, MAX_CAPACITY, positive=True),
        "status": _code(SessionStatus, required=True),
        "cohort_from_id": _reference,
    },
    "enrolment": {"session_id": _reference, "beneficiary_id": _reference},
    "attendance": {
        "session_id": _reference,
        "beneficiary_id": _reference,
        "status": _code(AttendanceStatus, required=True),
        "arrived_at": _date,
        "left_at": _date,
        "hours_attended": _number(0.0, MAX_HOURS),
        "recorded_by": _reference,
    },
    "coaching_session": {
        "beneficiary_id": _reference,
        "enterprise_id": _reference,
        "trainer_id": _reference,
        "held_on": _date,
        "duration_minutes": _number(1, MAX_MINUTES, positive=True),
        "topics": _codes(),
        "stage_assessed": _code(ProjectStage),
    },
    "next_step": {
        "coaching_id": _reference,
        "beneficiary_id": _reference,
        "description": _required,
        "due_on": _date,
        "done_on": _date,
    },
    "programme": {
        "name": _required,
        "starts_on": _date,
        "ends_on": _date,
        # Empty is no target; a target is at least one person or project.
        **{name: _number(1, MAX_TARGET, positive=True) for name in TARGET_FIELDS},
    },
    "application": {
        "programme_id": _reference,
        "beneficiary_id": _reference,
        "enterprise_id": _reference,
        "status": _code(ApplicationStatus, required=True),
        "received_on": _date,
        "decided_on": _date,
        "score": _number(0.0, MAX_SCORE),
    },
    "support_delivered": {
        "beneficiary_id": _reference,
        "enterprise_id": _reference,
        "programme_id": _reference,
        "kind": _code(SupportKind, required=True),
        "value_mad": _number(0.0, MAX_AMOUNT, positive=True),
        "delivered_on": _date,
        "delivered_by": _reference,
    },
    "conflict": {
        "table_name": _synced_table,
        "row_id": _reference,
        "resolution": _resolution,
        "resolved_by": _reference,
    },
}

Cross = tuple[tuple[str, ...], Callable[[Mapping[str, Any]], FieldError | None]]


def _period(start: str, end: str) -> Cross:
    return ((start, end), lambda v: f.check_period(v[start], v[end], end))


def _left_after_arrival(values: Mapping[str, Any]) -> FieldError | None:
    if values["left_at"] < values["arrived_at"]:
        return FieldError("left_at", "left_before_arrival")
    return None


def _break_inside(values: Mapping[str, Any]) -> FieldError | None:
    problems = hours.session_problems(
        values["start_time"], values["end_time"], values["break_start"], values["break_end"]
    )
    outside = [p for p in problems if p.code == "break_outside_session"]  # order: _break_order
    return outside[0] if outside else None


def _break_order(values: Mapping[str, Any]) -> FieldError | None:
    if values["break_end"] <= values["break_start"]:
        return FieldError("break_end", "break_ends_before_start")
    return None


def _conflict_field(values: Mapping[str, Any]) -> FieldError | None:
    known = SYNCED_FIELDS.get(values["table_name"])
    if known is not None and values["field"] not in known:
        return FieldError("field", "invalid_choice", {"value": values["field"]})
    return None


# Rules between fields, checked when a write carries all of their fields
# (pushes carry changed fields only: a laptop's own edit is consistent with
# what it saw; a concurrent edit elsewhere is the merge's business).
CROSS_RULES: dict[str, tuple[Cross, ...]] = {
    "tour_stop": (_period("starts_on", "ends_on"),),
    "programme": (_period("starts_on", "ends_on"),),
    "training_session": (
        (("start_time", "end_time"), lambda v: f.check_session_times(v["start_time"], v["end_time"])),
        (("break_start", "break_end"), _break_order),
        (("start_time", "end_time", "break_start", "break_end"), _break_inside),
    ),
    "attendance": ((("arrived_at", "left_at"), _left_after_arrival),),
    "conflict": ((("table_name", "field"), _conflict_field),),
}


def _has_a_name(values: Mapping[str, Any]) -> FieldError | None:
    first, last, arabic = values["first_name"], values["last_name"], values["name_ar"]
    if not isinstance(first, str) or not isinstance(last, str):
        return FieldError("first_name", "required")
    problems = name_problems(first, last, arabic if isinstance(arabic, str) else None)
    return problems[0] if problems else None


# Rules between fields some of which may be null, checked when a write
# carries every one of them, null or not (a new row does); the server also
# checks them on what a partial write makes of the stored row
# (`server/meaning.py`).  A person is known by a Latin name or an Arabic one.
ROW_RULES: dict[str, tuple[Cross, ...]] = {
    "beneficiary": ((("first_name", "last_name", "name_ar"), _has_a_name),),
}

# A row may not point to itself through these (a person merged into
# themselves disappears from every list; a cohort carried from itself loops).
SELF_REFERENCES: dict[str, tuple[str, ...]] = {
    "beneficiary": ("merged_into_id",),
    "training_session": ("cohort_from_id",),
}

# Rows whose id derives from two references: two laptops marking the same
# person present converge on one row only if every laptop derives it alike.
DERIVED_IDS: dict[str, tuple[Callable[[str, str], str], str, str]] = {
    "attendance": (attendance_id, "session_id", "beneficiary_id"),
    "enrolment": (enrolment_id, "session_id", "beneficiary_id"),
    "enterprise_member": (membership_id, "enterprise_id", "beneficiary_id"),
}

# References between synced rows: {table: {field: table referred to}}.
# `training_session.trainer_ids` holds a list of user ids; `conflict.row_id`
# refers to a row of `conflict.table_name`.
REFERENCES: dict[str, dict[str, str]] = {
    "beneficiary": {"registered_by": "app_user", "merged_into_id": "beneficiary"},
    "consent": {"beneficiary_id": "beneficiary"},
    "enterprise_member": {"enterprise_id": "enterprise", "beneficiary_id": "beneficiary"},
    "enterprise_stage": {"enterprise_id": "enterprise", "assessed_by": "app_user"},
    "training_session": {
        "module_id": "training_module",
        "stop_id": "tour_stop",
        "trainer_ids": "app_user",
        "cohort_from_id": "training_session",
    },
    "enrolment": {"session_id": "training_session", "beneficiary_id": "beneficiary"},
    "attendance": {
        "session_id": "training_session",
        "beneficiary_id": "beneficiary",
        "recorded_by": "app_user",
    },
    "coaching_session": {
        "beneficiary_id": "beneficiary",
        "enterprise_id": "enterprise",
        "trainer_id": "app_user",
    },
    "next_step": {"coaching_id": "coaching_session", "beneficiary_id": "beneficiary"},
    "application": {
        "programme_id": "programme",
        "beneficiary_id": "beneficiary",
        "enterprise_id": "enterprise",
    },
    "support_delivered": {
        "beneficiary_id": "beneficiary",
        "enterprise_id": "enterprise",
        "programme_id": "programme",
        "delivered_by": "app_user",
    },
    "conflict": {"resolved_by": "app_user"},
}
# Shared reference rows (team NULL) a team's rows may refer to.
SHARED_TARGETS = frozenset({"training_module"})


# ---- checking -------------------------------------------------------------------


def row_problems(
    table: str, values: Mapping[str, Any], *, context: Context, row_id: str | None = None
) -> list[FieldError]:
    """Every problem with the fields present in `values` (in field order),
    then with the rules between them."""
    field_rules, cross_rules = _rules_for(table, tuple(values))
    problems: list[FieldError] = []
    for name, rule in field_rules:
        problem = rule(name, values[name], context)
        if problem is not None:
            problems.append(problem)
    for names, check in cross_rules:
        if all(values.get(n) is not None for n in names):
            problem = check(values)
            if problem is not None:
                problems.append(problem)
    problems.extend(row_rule_problems(table, values))
    if row_id is not None:
        for name in SELF_REFERENCES.get(table, ()):
            if values.get(name) == row_id:
                problems.append(FieldError(name, "self_reference"))
        problem = derived_id_problem(table, row_id, values)
        if problem is not None:
            problems.append(problem)
    return problems


def row_rule_problems(
    table: str, values: Mapping[str, Any], *, touching: Container[str] | None = None
) -> list[FieldError]:
    """The problems of `ROW_RULES` whose fields are all in `values` (and,
    with `touching`, one of them among those fields)."""
    problems: list[FieldError] = []
    for names, check in ROW_RULES.get(table, ()):
        if touching is not None and not any(n in touching for n in names):
            continue
        if all(n in values for n in names):
            problem = check(values)
            if problem is not None:
                problems.append(problem)
    return problems


@functools.lru_cache(maxsize=1024)
def _rules_for(
    table: str, names: tuple[str, ...]
) -> tuple[tuple[tuple[str, Rule], ...], tuple[Cross, ...]]:
    """The rules that apply to these fields of `table` (a push carries the
    same fields row after row: worked out once, not per row)."""
    rules = FIELD_RULES.get(table, {})
    present = set(names)
    return (
        tuple((name, rules[name]) for name in names if name in rules),
        tuple(c for c in CROSS_RULES.get(table, ()) if present.issuperset(c[0])),
    )


def derived_id_problem(table: str, row_id: str, values: Mapping[str, Any]) -> FieldError | None:
    """A deterministic row whose id is not the one its references give."""
    derived = DERIVED_IDS.get(table)
    if derived is None:
        return None
    make, first_field, second_field = derived
    first, second = values.get(first_field), values.get(second_field)
    if not isinstance(first, str) or not isinstance(second, str):
        return None
    if make(first, second) != row_id:
        return FieldError("id", "id_mismatch")
    return None


def references(table: str, values: Mapping[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(field, table referred to, id) of every well-formed reference in `values`."""
    for name, target in REFERENCES.get(table, {}).items():
        value = values.get(name)
        items: list[Any] = value if isinstance(value, list) else [value]
        for item in items:
            if f.is_row_id(item):
                yield name, target, str(item)
    if table == "conflict":
        source = values.get("table_name")
        row_id = values.get("row_id")
        if source in SYNCED_FIELDS and f.is_row_id(row_id):
            yield "row_id", str(source), str(row_id)
