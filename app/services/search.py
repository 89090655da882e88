"""Beneficiary rows for long lists, age bands, and the quick search.

Rows are built from selected columns (no ORM objects) so a 100,000-person
table loads in one query.  The search uses the FTS5 index
`beneficiary_fts` over `Beneficiary.search_text` (laptop, SQLite); other
databases fall back to LIKE on the same normalised text
(app/services/search_match.py).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, make_dataclass
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    case,
    func,
    literal,
    null,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.models import Beneficiary, Commune
from app.models.enums import AgeBand
from app.models.people import full_name
from app.services.search_match import ParsedQuery, found_latest_first, matches, parse_query


@dataclass(frozen=True, slots=True)
class BeneficiaryRow:
    id: str
    first_name: str
    last_name: str
    name_ar: str | None
    sex: str
    age_band: str  # AgeBand code, on the day the rows were listed
    cin: str | None
    phone: str | None
    commune_code: str | None
    commune_name: str | None
    commune_name_ar: str | None  # the window shows it in Arabic
    status: str | None
    project_stage: str | None
    sector: str | None
    registered_on: dt.date

    @property
    def display_name(self) -> str:
        return full_name(self.first_name, self.last_name, self.name_ar)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def age_on(birth_date: dt.date | None, birth_year: int | None, on: dt.date) -> int | None:
    """Age in whole years on a day; from the year alone when that is all we know."""
    if birth_date is not None:
        age = on.year - birth_date.year
        if (on.month, on.day) < (birth_date.month, birth_date.day):
            age -= 1
        return age
    if birth_year is not None:
        return on.year - birth_year
    return None


def age_band(birth_date: dt.date | None, birth_year: int | None, on: dt.date) -> AgeBand:
    """The funders' age band (18-35 is "youth") on a day."""
    age = age_on(birth_date, birth_year, on)
    if age is None:
        return AgeBand.UNKNOWN
    if age < 18:
        return AgeBand.UNDER_18
    if age <= 35:
        return AgeBand.YOUTH_18_35
    if age <= 45:
        return AgeBand.ADULT_36_45
    return AgeBand.OVER_45


def age_band_sql(on: dt.date) -> ColumnElement[str]:
    """`age_band` as portable SQL: dates are compared with cut-offs computed
    here, so it runs the same on SQLite and PostgreSQL."""
    born = Beneficiary.birth_date
    year = Beneficiary.birth_year
    return case(
        (born > _years_before(on, 18), literal(AgeBand.UNDER_18.value)),
        (born > _years_before(on, 36), literal(AgeBand.YOUTH_18_35.value)),
        (born > _years_before(on, 46), literal(AgeBand.ADULT_36_45.value)),
        (born.is_not(None), literal(AgeBand.OVER_45.value)),
        (year > on.year - 18, literal(AgeBand.UNDER_18.value)),
        (year > on.year - 36, literal(AgeBand.YOUTH_18_35.value)),
        (year > on.year - 46, literal(AgeBand.ADULT_36_45.value)),
        (year.is_not(None), literal(AgeBand.OVER_45.value)),
        else_=literal(AgeBand.UNKNOWN.value),
    )


ROW_COLUMNS = (
    Beneficiary.id,
    Beneficiary.first_name,
    Beneficiary.last_name,
    Beneficiary.name_ar,
    Beneficiary.sex,
    Beneficiary.cin,
    Beneficiary.phone,
    Beneficiary.commune_code,
    Commune.name_fr,
    Commune.name_ar,
    Beneficiary.status,
    Beneficiary.project_stage,
    Beneficiary.sector,
    Beneficiary.registered_on,
)


def not_merged() -> ColumnElement[bool]:
    """The person was not merged into another.  Written as an expression, not
    `merged_into_id IS NULL`: SQLite took that for a selective use of the
    index on merged_into_id and read the 100,000 unmerged people through it
    rather than the few rows asked for by id, CIN or the search index."""
    return func.coalesce(Beneficiary.merged_into_id, "") == ""


def row_select(on: dt.date) -> Select[*tuple[Any, ...]]:
    """The columns of a BeneficiaryRow (age band on `on`), live people only
    (not deleted, not merged)."""
    return (
        select(*ROW_COLUMNS[:5], age_band_sql(on), *ROW_COLUMNS[5:])
        .join(Commune, Commune.code == Beneficiary.commune_code, isouter=True)
        .where(Beneficiary.deleted.is_(False), not_merged())
    )


def make_row(values: Sequence[Any]) -> BeneficiaryRow:
    """A row from the values of `row_select`, in order."""
    return BeneficiaryRow(*values)


_ROW_FIELDS = tuple(field.name for field in fields(BeneficiaryRow))
ROW_WIDTH = len(_ROW_FIELDS)  # the columns of `row_select`, before any added to it
# The same slots, not frozen: its __init__ stores each field directly, where
# the frozen class's goes through object.__setattr__ per field.  A filled
# row then becomes a BeneficiaryRow by changing its class (same layout).
_RowFiller = make_dataclass(
    "_RowFiller", _ROW_FIELDS, slots=True, eq=False, repr=False, match_args=False
)
# Values repeated from row to row (names, codes, dates) are shared, not one
# copy per row: the driver makes a new string for every value it reads.
_SHARED = tuple(
    _ROW_FIELDS.index(name)
    for name in (
        "first_name", "last_name", "sex", "age_band", "commune_code", "status",
        "project_stage", "sector",
    )
)
_COMMUNE, _REGISTERED = _ROW_FIELDS.index("commune_code"), _ROW_FIELDS.index("registered_on")


def list_beneficiary_rows(
    *, session: Session, team_id: str | None = None, today: dt.date | None = None
) -> list[BeneficiaryRow]:
    """Every live beneficiary (of a team), by name, in one query.

    This is the 100,000-row list of the desktop table, so: the driver's plain
    tuples (no SQLAlchemy row processing), commune names from a dict of the
    ~1,500 communes instead of a join, the age band computed by SQLite,
    rows filled without the frozen dataclass's per-field __setattr__ (slots:
    no dict per row), and repeated values (names, codes, dates) shared."""
    on = today or dt.date.today()
    names: dict[str, str] = {}
    names_ar: dict[str, str] = {}
    for code, name_fr, name_ar in session.execute(
        select(Commune.code, Commune.name_fr, Commune.name_ar)
    ):
        names[code], names_ar[code] = name_fr, name_ar
    query = (
        select(
            *ROW_COLUMNS[:5], age_band_sql(on), *ROW_COLUMNS[5:8], null(), null(),
            *ROW_COLUMNS[10:],
        )  # in field order, the commune's names (NULL) filled from `names`, `names_ar`
        .where(Beneficiary.deleted.is_(False), Beneficiary.merged_into_id.is_(None))
        .order_by(Beneficiary.last_name, Beneficiary.first_name, Beneficiary.id)
    )
    if team_id is not None:
        query = query.where(Beneficiary.team_id == team_id)
    shared: dict[Any, Any] = {}
    share = shared.setdefault
    dates: dict[Any, dt.date] = {}
    to_date = dt.date.fromisoformat
    filler, row_class, name_of, name_ar_of = _RowFiller, BeneficiaryRow, names.get, names_ar.get
    rows: list[BeneficiaryRow] = []
    append = rows.append
    # 100,000 new objects would set off full collections that find nothing
    # to free (a fifth of the time): the collector waits until done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        result = session.connection().execute(query)
        try:
            # The DBAPI cursor's plain tuples (values as stored), read as
            # they come: fetching them all first doubled the peak memory.
            for found in cast(Iterable[Sequence[Any]], result.cursor):
                values = list(found)
                for index in _SHARED:
                    values[index] = share(values[index], values[index])
                values[_COMMUNE + 1] = name_of(values[_COMMUNE])
                values[_COMMUNE + 2] = name_ar_of(values[_COMMUNE])
                registered = values[_REGISTERED]
                day = dates.get(registered)
                if day is None:  # SQLite keeps dates as ISO text
                    day = dates[registered] = (
                        to_date(registered) if isinstance(registered, str) else registered
                    )
                values[_REGISTERED] = day
                row = filler(*values)
                row.__class__ = row_class
                append(row)
        finally:
            result.close()
    finally:
        if collecting:
            gc.enable()
    return rows


def name_order() -> tuple[ColumnElement[Any] | InstrumentedAttribute[str], ...]:
    """Alphabetical, by last name then first name (case ignored); the id
    keeps equal names in a stable order."""
    return (func.lower(Beneficiary.last_name), func.lower(Beneficiary.first_name), Beneficiary.id)


def same_cin_or_phone(parsed: ParsedQuery) -> ColumnElement[bool] | None:
    """The people whose CIN or phone is exactly the query (None: the query
    is neither a CIN nor a whole phone number)."""
    if parsed.cin is not None:
        return Beneficiary.cin == parsed.cin
    if parsed.phone is not None:
        return Beneficiary.phone == parsed.phone
    return None


# More matches than this (a letter or two typed at 100,000 people): they are
# not sorted by name, which means reading every match (a tenth of a second
# for "0" or "m"), but listed most recently registered first, and the
# screen asks for more letters.
SORTED_UP_TO = 1000


def rows_by_id(session: Session, on: dt.date, ids: Sequence[str]) -> list[BeneficiaryRow]:
    """The rows of these people, in the order given (live people only)."""
    if not ids:
        return []
    found = {
        row.id: row
        for row in map(make_row, session.execute(row_select(on).where(Beneficiary.id.in_(ids))))
    }
    return [found[key] for key in ids if key in found]


def ranked_matches(
    session: Session,
    parsed: ParsedQuery,
    on: dt.date,
    *,
    limit: int,
    leave_out: ColumnElement[bool] | None = None,
    skip: Sequence[str] = (),
) -> list[BeneficiaryRow]:
    """Up to `limit` people the query finds, beyond `leave_out` and `skip`:
    whole words before beginnings of words, then by name (beyond
    SORTED_UP_TO matches, the most recently registered first); ordered
    before the limit.  Only the keys are read for the order, the rows for
    those kept."""
    chosen: list[str] = []
    # Whole words first, then beginnings of words only.
    for formula, not_whole in ((parsed.whole, False), (parsed.prefix, True)):
        if len(chosen) >= limit:
            break
        keys = select(Beneficiary.id, Beneficiary.last_name, Beneficiary.first_name).where(
            Beneficiary.deleted.is_(False), not_merged()
        )
        if not_whole:
            keys = keys.where(~matches(session, parsed.whole))
        if leave_out is not None:
            keys = keys.where(~leave_out)
        if skip or chosen:
            keys = keys.where(Beneficiary.id.not_in([*skip, *chosen]))
        statement = found_latest_first(session, keys, formula).limit(SORTED_UP_TO + 1)
        people: list[Sequence[Any]] = list(session.execute(statement))
        if len(people) <= SORTED_UP_TO:
            people.sort(key=lambda key: (key[1].lower(), key[2].lower(), key[0]))
        chosen += (key[0] for key in people[: limit - len(chosen)])
    return rows_by_id(session, on, chosen)


def search_beneficiaries(
    *, session: Session, query: str, limit: int = 50, today: dt.date | None = None
) -> list[BeneficiaryRow]:
    """People whose name (Latin or Arabic, accents and harakat ignored), CIN
    or phone starts with every typed word; deleted and merged people excluded.

    Best first: the exact CIN or phone, then `ranked_matches` (whole words,
    then by name), ordered before the limit: the rows kept are the best
    ones, not any `limit` of the matches."""
    on = today or dt.date.today()
    parsed = parse_query(query)
    if parsed is None:
        return []
    session.flush()
    rows: list[BeneficiaryRow] = []
    exact = same_cin_or_phone(parsed)
    if exact is not None:
        rows += map(make_row, session.execute(row_select(on).where(exact).order_by(*name_order())))
    rows = rows[:limit]
    return rows + ranked_matches(
        session, parsed, on, limit=limit - len(rows), skip=[row.id for row in rows]
    )
