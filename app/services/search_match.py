"""What a typed query matches, written once for both databases.

A query becomes words (or a CIN, or phone digits) to find as prefixes of a
person's search text (`Beneficiary.search_text`, app/models/search_text.py),
and the same words as whole words (a better match).  The test is a small
formula: any of several clauses, each needing all of its groups, each group
any of its terms.  On the laptop (SQLite) it is one FTS5 query on the index
`beneficiary_fts`; elsewhere (PostgreSQL) LIKE on the search text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    column,
    literal,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session

from app.models import Beneficiary
from app.models.search_text import digits, words
from app.rules.fields import cin_text, phone_e164

Term = tuple[str, bool]  # (folded word, matched as a prefix?)
Group = tuple[Term, ...]  # any of these terms
Clause = tuple[Group, ...]  # all of these groups
Formula = tuple[Clause, ...]  # any of these clauses

_DIGITS_QUERY = re.compile(r"^[\s+().\-0-9]+$")
_CIN_QUERY = re.compile(r"^[A-Za-z]{1,2}[\s\-]?[0-9]{2,6}$")
_FTS = table("beneficiary_fts", column("rowid"))


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[str, ...]  # folded name words; empty for a CIN or a phone
    prefix: Formula  # what the query finds
    whole: Formula  # the same as whole words: a better match
    cin: str | None  # the CIN as stored, when the query has a CIN's shape
    phone: str | None  # E.164, when the query is a whole mobile number


def _formula(alternatives: list[list[str]], prefix: bool) -> Formula:
    return tuple(tuple(((term, prefix),) for term in terms) for terms in alternatives)


def parse_query(query: str) -> ParsedQuery | None:
    """The query's formulas; None when there is nothing to look for.

    Names: the words as typed, and hyphenated/multi-word names joined
    (Fatima-Zahra finds Fatimazahra).  Numbers: the digits, with 06...
    for +2126... .  A CIN: its letters and digits run together."""
    stripped = query.strip()
    name_words: tuple[str, ...] = ()
    cin = phone = None
    if _DIGITS_QUERY.match(stripped):
        number = digits(stripped)
        if not number:
            return None
        if stripped.startswith("+") or number.startswith("00"):
            number = number.lstrip("0")
        alternatives = [[number]]
        if number.startswith("212") and len(number) > 3:
            alternatives.append(["0" + number[3:]])
        phone, problem = phone_e164(stripped)
        if problem is not None:
            phone = None
    elif _CIN_QUERY.match(stripped):
        alternatives = [[re.sub(r"[\s\-]", "", stripped).lower()]]
        cin = cin_text(stripped)
    else:
        terms = words(stripped)
        if not terms:
            return None
        name_words = tuple(terms)
        alternatives = [terms]
        if len(terms) > 1:
            alternatives.append(["".join(terms)])
    return ParsedQuery(
        words=name_words,
        prefix=_formula(alternatives, prefix=True),
        whole=_formula(alternatives, prefix=False),
        cin=cin,
        phone=phone,
    )


def one_term(term: str, prefix: bool) -> Formula:
    """The formula of a single term."""
    return ((((term, prefix),),),)


def fts_query(formula: Formula) -> str:
    """The formula as an FTS5 query: every term a quoted phrase."""

    def phrase(term: Term) -> str:
        text, prefix = term
        return '"' + text.replace('"', '""') + '"' + ("*" if prefix else "")

    return " OR ".join(
        "(" + " AND ".join("(" + " OR ".join(map(phrase, group)) + ")" for group in clause) + ")"
        for clause in formula
    )


def holds(formula: Formula, search_text: str) -> bool:
    """The formula tested in Python on one search text (the same answer as
    the database's: its words are already folded and space separated)."""
    tokens = search_text.split()

    def found(term: Term) -> bool:
        text, prefix = term
        return any(token.startswith(text) if prefix else token == text for token in tokens)

    return any(all(any(map(found, group)) for group in clause) for clause in formula)


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_term(term: Term) -> ColumnElement[bool]:
    text, prefix = term
    word = _like_escaped(text)
    searched = Beneficiary.search_text
    if prefix:  # a word of the search text (space separated) starts with it
        return or_(
            searched.like(word + "%", escape="\\"), searched.like("% " + word + "%", escape="\\")
        )
    spaced = literal(" ") + searched + literal(" ")
    return spaced.like("% " + word + " %", escape="\\")


def matches(session: Session, formula: Formula) -> ColumnElement[bool]:
    """The people whose search text satisfies the formula."""
    if session.get_bind().dialect.name == "sqlite":
        found: Select[*tuple[Any, ...]] = select(_FTS.c.rowid).where(
            literal_column("beneficiary_fts").op("MATCH")(fts_query(formula))
        )
        return literal_column("beneficiary.rowid").in_(found)
    return or_(
        *(and_(*(or_(*(_like_term(term) for term in group)) for group in clause))
          for clause in formula)
    )


def found_latest_first(
    session: Session, statement: Select[*tuple[Any, ...]], formula: Formula
) -> Select[*tuple[Any, ...]]:
    """`statement` (over Beneficiary) narrowed to the people the formula
    finds, the most recently written first.  On SQLite the index is read in
    that order, only as far as the statement's limit: a letter typed at
    100,000 people reads a few hundred entries, not 90,000.  Elsewhere the
    ids (UUIDv7, in time order) give the order."""
    if session.get_bind().dialect.name == "sqlite":
        return (
            statement.join_from(
                Beneficiary, _FTS, literal_column("beneficiary.rowid") == _FTS.c.rowid
            )
            .where(literal_column("beneficiary_fts").op("MATCH")(fts_query(formula)))
            .order_by(_FTS.c.rowid.desc())
        )
    return statement.where(matches(session, formula)).order_by(Beneficiary.id.desc())
