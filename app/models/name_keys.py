"""Name keys of beneficiaries for the duplicate check: consonant skeletons
of the full name in every plausible word order.

Latin spellings are folded (accents, doubled letters, ou/w, ch/sh, kh,
q/k ...) and Arabic letters are transliterated to the same consonants, so
Mohamed, Mohammed, Muhammad and محمد all give "mhmd", Fatima-Zahra and
Fatimazahra both give "ftmzhr".

The keys are computed locally (never synced) and stored with the person,
indexed with the commune, so that the duplicate check reads the keys of a
commune from the index instead of folding every name in it at each call.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event

from app.models.people import Beneficiary
from app.models.search_text import fold_arabic, fold_latin

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
    return list(_name_words(name))


@functools.lru_cache(maxsize=65_536)  # names repeat: sync applies thousands at once
def _name_words(name: str) -> tuple[str, ...]:
    folded = fold_arabic(fold_latin(name))
    parts = [p for p in _SPLIT.split(folded) if p]
    result: list[str] = []
    for part in parts:
        if part not in _ARTICLES:  # El Idrissi = Idrissi = الإدريسي
            result.append(part)
    return tuple(result)


def skeleton(words: Iterable[str]) -> str:
    """The joined consonant skeleton of a sequence of name words (doubled
    letters collapse within a word only: Alami+Mohamed must not become
    Alami+Ahmed)."""
    return "".join(_collapsed_skeleton(w) for w in words)


@functools.lru_cache(maxsize=65_536)
def _collapsed_skeleton(word: str) -> str:
    return _DOUBLES.sub(r"\1", _word_skeleton(word))


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


def beneficiary_name_keys(
    *, first_name: str | None, last_name: str | None, name_ar: str | None
) -> str:
    """The stored form of `name_keys`: sorted, separated by spaces (a
    skeleton has none)."""
    return " ".join(sorted(name_keys(first_name, last_name, name_ar)))


@event.listens_for(Beneficiary, "before_insert")
@event.listens_for(Beneficiary, "before_update")
def _refresh_name_keys(mapper: Any, connection: Any, target: Beneficiary) -> None:
    target.name_keys = beneficiary_name_keys(
        first_name=target.first_name, last_name=target.last_name, name_ar=target.name_ar
    )
