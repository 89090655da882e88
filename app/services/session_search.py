"""The attendance screen's search: the person the trainer most likely means,
for the session at hand.

Best first, ordered before the limit (the rows kept are the best ones):

1. whoever's CIN or phone is exactly what was typed;
2. people whose name, CIN or phone starts with every typed word: those
   expected at the session first (enrolled, the carried-over cohort
   included: `planning.plan_session` enrols it, and the roster counts the
   same people as expected), then the others; in each group whole words
   before beginnings of words, then by name (`search.ranked_matches`:
   beyond 2,000 matches, the most recently registered first);
3. when that finds few, people with a close name ("drisi" for Drissi,
   app/services/name_vocabulary.py): expected first, then the closest.
   They are marked approximate, for the screen to ask before checking one in.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, case, false, select
from sqlalchemy.orm import Session

from app.models import Beneficiary, Enrolment
from app.services.name_vocabulary import close_words, vocabulary
from app.services.search import (
    BeneficiaryRow,
    make_row,
    name_order,
    ranked_matches,
    row_select,
    same_cin_or_phone,
)
from app.services.search_match import (
    Formula,
    Group,
    ParsedQuery,
    holds,
    matches,
    one_term,
    parse_query,
)

# Fewer name matches than this: look for close names too.
FEW = 5


class MatchKind(StrEnum):
    ID = "id"  # the exact CIN or phone
    NAME = "name"  # beginnings of the name's words (or of the CIN, the phone)
    APPROXIMATE = "approximate"  # a close name


@dataclass(frozen=True)
class SessionSearchHit:
    row: BeneficiaryRow
    expected: bool  # enrolled in the session
    match: MatchKind

    @property
    def approximate(self) -> bool:
        return self.match == MatchKind.APPROXIMATE


def expected_at(session_id: str) -> ColumnElement[bool]:
    """The people enrolled in the session (the roster's "expected")."""
    return Beneficiary.id.in_(
        select(Enrolment.beneficiary_id).where(
            Enrolment.session_id == session_id, Enrolment.deleted.is_(False)
        )
    )


def search_for_session(
    *,
    session: Session,
    query: str,
    session_id: str | None,
    today: dt.date,
    limit: int = 30,
) -> list[SessionSearchHit]:
    """Up to `limit` people for what was typed, best first (see the module's
    notes); `session_id` None: nobody is expected."""
    parsed = parse_query(query)
    if parsed is None or limit <= 0:
        return []
    session.flush()
    hits: list[SessionSearchHit] = []
    expected = expected_at(session_id) if session_id is not None else false()

    def add(rows: Iterable[BeneficiaryRow], is_expected: bool, match: MatchKind) -> None:
        for row in rows:
            if len(hits) < limit:
                hits.append(SessionSearchHit(row, is_expected, match))

    exact = same_cin_or_phone(parsed)
    if exact is not None:
        later = case((expected, 0), else_=1)
        for values in session.execute(
            row_select(today).add_columns(later).where(exact).order_by(later, *name_order())
        ):
            add([make_row(values[:-1])], values[-1] == 0, MatchKind.ID)
    if session_id is not None:
        # The session's few dozen people, tested here rather than among all.
        add(_expected_matches(session, parsed, today, session_id, hits), True, MatchKind.NAME)
    add(
        ranked_matches(
            session, parsed, today, limit=limit - len(hits), leave_out=expected,
            skip=[hit.row.id for hit in hits],
        ),
        False,
        MatchKind.NAME,
    )
    if len(hits) < FEW and len(hits) < limit and parsed.words:
        close = _close_names(session, parsed.words)
        if close is not None:
            formula, closeness = close
            later = case((expected, 0), else_=1)
            statement = (
                row_select(today)
                .add_columns(later)
                .where(matches(session, formula))
                .order_by(later, closeness.desc(), *name_order())
                .limit(limit - len(hits))
            )
            if hits:
                statement = statement.where(Beneficiary.id.not_in([hit.row.id for hit in hits]))
            for values in session.execute(statement):
                add([make_row(values[:-1])], values[-1] == 0, MatchKind.APPROXIMATE)
    return hits


def _expected_matches(
    session: Session,
    parsed: ParsedQuery,
    today: dt.date,
    session_id: str,
    hits: list[SessionSearchHit],
) -> list[BeneficiaryRow]:
    """The people expected at the session that the query finds, whole words
    before beginnings of words, then by name."""
    shown = {hit.row.id for hit in hits}
    found = [
        (not holds(parsed.whole, values[-1]), make_row(values[:-1]))
        for values in session.execute(
            row_select(today).add_columns(Beneficiary.search_text).where(expected_at(session_id))
        )
        if values[0] not in shown and holds(parsed.prefix, values[-1])
    ]
    found.sort(key=lambda item: (item[0], *_name_key(item[1])))
    return [row for _later, row in found]


def _name_key(row: BeneficiaryRow) -> tuple[str, str, str]:
    return (row.last_name.lower(), row.first_name.lower(), row.id)


def _close_names(
    session: Session, words: tuple[str, ...]
) -> tuple[Formula, ColumnElement[float]] | None:
    """Every typed word, or a word close to it; and how close a person's
    name is (the sum over the typed words of the closest found).  None when
    no word has a close one (the search by name already said it all)."""
    known = vocabulary(session)
    groups: list[Group] = []
    closeness: list[ColumnElement[float]] = []
    for word in words:
        options = [(word, True, 100.0)] + [(other, False, score) for other, score in close_words(word, known)]
        groups.append(tuple((term, prefix) for term, prefix, _score in options))
        closeness.append(
            case(
                *((matches(session, one_term(term, prefix)), score)
                  for term, prefix, score in options),
                else_=0.0,
            )
        )
    if all(len(group) == 1 for group in groups):
        return None
    return (tuple(groups),), functools.reduce(operator.add, closeness)
