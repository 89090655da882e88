"""Possible duplicates of a person: same CIN, same phone, or a close name
in the same commune, across Latin and Arabic spellings.

Names are compared on a consonant skeleton: Latin spellings are folded
(accents, doubled letters, ou/w, ch/sh, kh, q/k ...) and Arabic letters are
transliterated to the same consonants, so Mohamed, Mohammed, Muhammad and
محمد all give "mhmd", Fatima-Zahra and Fatimazahra both give "ftmzhr".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import or_
from sqlalchemy.orm import Session

from app.models import Beneficiary
from app.models.search_text import fold_arabic, fold_latin
from app.services.search import BeneficiaryRow, make_row, row_select

# How close two skeletons must be (rapidfuzz ratio, 0-100): one letter off
# in a 12-letter full name passes.  Short skeletons must be equal: one
# letter is the whole difference between Mohamed Alami and Ahmed Alami.
NAME_THRESHOLD = 92.0
EXACT_BELOW = 8
# Same name but clearly different ages: a father and son, not one person.
MAX_BIRTH_YEAR_GAP = 2

_ARABIC_TO_LATIN = str.maketrans(
    {
        "ا": "", "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "K", "د": "d",
        "ذ": "d", "ر": "r", "ز": "z", "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t",
        "ظ": "z", "ع": "", "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m",
        "ن": "n", "ه": "h", "و": "", "ي": "", "ء": "", "ڤ": "v", "ڭ": "g", "پ": "p",
        "چ": "S",
    }
)
# Latin digraphs first (order matters), then single letters.
_LATIN_DIGRAPHS = (
    ("sch", "S"), ("ch", "S"), ("sh", "S"), ("kh", "K"), ("gh", "g"), ("dj", "j"),
    ("ph", "f"), ("th", "t"), ("dh", "d"), ("ck", "k"), ("qu", "k"), ("ou", ""),
)
_LATIN_SINGLE = str.maketrans(
    {"q": "k", "c": "k", "x": "ks", "w": "", "y": "", "a": "", "e": "", "i": "", "o": "",
     "u": "", "g": "g", "v": "v", "p": "b"}
)
_ARTICLES = frozenset({"el", "al", "l", "ال"})
_SPLIT = re.compile(r"[^0-9a-zA-Z\u0600-\u06ff]+")
_DOUBLES = re.compile(r"(.)\1+")


def _word_skeleton(word: str) -> str:
    if not word:
        return ""
    if re.search("[\u0600-\u06ff]", word):
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]  # the article, written joined
        if word.endswith("ه"):
            word = word[:-1]  # ta marbuta (folded to ه) is a vowel in speech
        word = word.translate(_ARABIC_TO_LATIN)
    else:
        if word.endswith("h") and len(word) > 3 and word[-2] in "aeiou":
            word = word[:-1]  # Fatimah / Fatima
        for source, target in _LATIN_DIGRAPHS:
            word = word.replace(source, target)
        word = word.translate(_LATIN_SINGLE)
    return word


def name_words(name: str | None) -> list[str]:
    """Folded words of a name without articles (El, Al, ال)."""
    if not name:
        return []
    folded = fold_arabic(fold_latin(name))
    parts = [p for p in _SPLIT.split(folded) if p]
    result: list[str] = []
    for part in parts:
        if part not in _ARTICLES:  # El Idrissi = Idrissi = الإدريسي
            result.append(part)
    return result


def skeleton(words: Iterable[str]) -> str:
    """The joined consonant skeleton of a sequence of name words (doubled
    letters collapse within a word only: Alami+Mohamed must not become
    Alami+Ahmed)."""
    return "".join(_DOUBLES.sub(r"\1", _word_skeleton(w)) for w in words)


def name_keys(first_name: str | None, last_name: str | None, name_ar: str | None) -> set[str]:
    """Skeletons of the full name in every plausible order: first+last,
    last+first, and every rotation of the Arabic name's words (we do not know
    where its first name ends)."""
    keys: set[str] = set()
    first = name_words(first_name)
    last = name_words(last_name)
    if first or last:
        keys.add(skeleton(first + last))
        keys.add(skeleton(last + first))
    arabic = name_words(name_ar)
    for turn in range(len(arabic)):
        keys.add(skeleton(arabic[turn:] + arabic[:turn]))
    keys.discard("")
    return keys


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
        row = make_row(values[:14])
        if row.id == exclude_id:
            return
        rows[row.id] = row
        reasons.setdefault(row.id, []).append(reason)
        scores[row.id] = max(scores.get(row.id, 0.0), score)

    exact = []
    if cin:
        exact.append(Beneficiary.cin == cin)
    if phone:
        exact.append(Beneficiary.phone == phone)
    if exact:
        for values in session.execute(row_select(on).where(or_(*exact))):
            if cin and values[6] == cin:
                note(values, "same_cin", 1.0)
            if phone and values[7] == phone:
                note(values, "same_phone", 0.8)

    keys = name_keys(first_name, last_name, name_ar)
    if commune_code and keys:
        year = _birth_year(birth_date, birth_year)
        query = (
            row_select(on)
            .add_columns(Beneficiary.birth_date, Beneficiary.birth_year)
            .where(Beneficiary.commune_code == commune_code)
        )
        for values in session.execute(query):
            other = name_keys(values[1], values[2], values[3])
            similarity = name_similarity(keys, other)
            if similarity < NAME_THRESHOLD:
                continue
            other_year = _birth_year(values[14], values[15])
            if year is not None and other_year is not None:
                if abs(year - other_year) > MAX_BIRTH_YEAR_GAP:
                    continue
            note(values, "similar_name", 0.7 * similarity / 100)

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

