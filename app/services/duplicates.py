"""Possible duplicates of a person: same CIN, same phone, or a close name
in the same commune, across Latin and Arabic spellings.

Names are compared on consonant skeletons (app.models.name_keys), stored
with each person: Mohamed, Mohammed, Muhammad and محمد all give "mhmd".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Beneficiary
from app.models.name_keys import name_keys, name_words, skeleton
from app.services.search import ROW_WIDTH, BeneficiaryRow, make_row, row_select

__all__ = [
    "DuplicateCandidate",
    "find_duplicate_candidates",
    "name_keys",
    "name_similarity",
    "name_words",
    "skeleton",
]

# How close two skeletons must be (rapidfuzz ratio, 0-100): one letter off
# in a 12-letter full name passes.  Short skeletons must be equal: one
# letter is the whole difference between Mohamed Alami and Ahmed Alami.
NAME_THRESHOLD = 92.0
EXACT_BELOW = 8
# Same name but clearly different ages: a father and son, not one person.
MAX_BIRTH_YEAR_GAP = 2


def name_similarity(left: set[str], right: set[str]) -> float:
    """Best rapidfuzz ratio between any two skeletons (0-100)."""
    best = 0.0
    for a in left:
        for b in right:
            if a == b:
                return 100.0
            if min(len(a), len(b)) >= EXACT_BELOW:
                best = max(best, fuzz.ratio(a, b, score_cutoff=best))
    return best


@dataclass(frozen=True)
class DuplicateCandidate:
    row: BeneficiaryRow
    reasons: tuple[str, ...]  # "same_cin", "same_phone", "similar_name"
    score: float  # 0-1, higher is more likely the same person


def _birth_year(birth_date: dt.date | None, birth_year: int | None) -> int | None:
    return birth_date.year if birth_date is not None else birth_year


def _similar_stored_keys(
    session: Session, commune_code: str, keys: set[str]
) -> dict[str, float]:
    """The stored name keys of the commune (`Beneficiary.name_keys`, read
    from their index) whose `name_similarity` to `keys` reaches the
    threshold, with that similarity.  Same result as comparing every person
    of the commune, but the skeletons are compared once per distinct
    skeleton, by rapidfuzz in bulk."""
    stored = session.scalars(
        select(Beneficiary.name_keys).where(Beneficiary.commune_code == commune_code).distinct()
    )
    holders: dict[str, list[str]] = {}  # one skeleton -> the stored keys it is part of
    for joined in stored:
        for key in joined.split():
            holders.setdefault(key, []).append(joined)
    choices = list(holders)
    similar: dict[str, float] = {}
    for key in keys:
        found = process.extract(
            key, choices, scorer=fuzz.ratio, score_cutoff=NAME_THRESHOLD, limit=None
        )
        for other, score, _index in found:
            # As in name_similarity: short skeletons count only when equal.
            if other != key and min(len(key), len(other)) < EXACT_BELOW:
                continue
            score = 100.0 if other == key else score
            for joined in holders[other]:
                similar[joined] = max(similar.get(joined, 0.0), score)
    return similar


def find_duplicate_candidates(
    session: Session,
    *,
    first_name: str,
    last_name: str,
    name_ar: str | None,
    cin: str | None,
    phone: str | None,
    commune_code: str | None,
    birth_date: dt.date | None,
    birth_year: int | None,
    exclude_id: str | None = None,
    today: dt.date | None = None,
) -> list[DuplicateCandidate]:
    """Candidates for already-normalised values (CIN upper case, phone E.164).

    CIN and phone use their indexes; names are compared only within the same
    commune (none without a commune), which keeps this fast at 100,000 people."""
    on = today or dt.date.today()
    session.flush()
    reasons: dict[str, list[str]] = {}
    scores: dict[str, float] = {}
    rows: dict[str, BeneficiaryRow] = {}

    def note(values: Any, reason: str, score: float) -> None:
        row = make_row(values[:ROW_WIDTH])
        if row.id == exclude_id:
            return
        rows[row.id] = row
        reasons.setdefault(row.id, []).append(reason)
        scores[row.id] = max(scores.get(row.id, 0.0), score)

    # One query per index: with "cin = ? OR phone = ?" SQLite preferred the
    # index on merged_into_id (IS NULL for nearly everyone), a full scan.
    if cin:
        for values in session.execute(row_select(on).where(Beneficiary.cin == cin)):
            note(values, "same_cin", 1.0)
    if phone:
        for values in session.execute(row_select(on).where(Beneficiary.phone == phone)):
            note(values, "same_phone", 0.8)

    keys = name_keys(first_name, last_name, name_ar)
    similar = _similar_stored_keys(session, commune_code, keys) if commune_code and keys else {}
    if similar:
        year = _birth_year(birth_date, birth_year)
        query = (
            row_select(on)
            .add_columns(Beneficiary.birth_date, Beneficiary.birth_year, Beneficiary.name_keys)
            .where(
                Beneficiary.commune_code == commune_code,
                Beneficiary.name_keys.in_(list(similar)),
            )
        )
        for values in session.execute(query):
            other_year = _birth_year(values[ROW_WIDTH], values[ROW_WIDTH + 1])
            if year is not None and other_year is not None:
                if abs(year - other_year) > MAX_BIRTH_YEAR_GAP:
                    continue
            note(values, "similar_name", 0.7 * similar[values[ROW_WIDTH + 2]] / 100)

    candidates = [
        DuplicateCandidate(
            row=rows[key],
            reasons=tuple(dict.fromkeys(reasons[key])),
            # Several reasons together make a duplicate more likely.
            score=min(1.0, scores[key] + 0.1 * (len(set(reasons[key])) - 1)),
        )
        for key in rows
    ]
    candidates.sort(key=lambda c: (-c.score, c.row.last_name, c.row.first_name, c.row.id))
    return candidates

