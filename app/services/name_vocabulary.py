"""The words people's names are made of, for the approximate search: "drisi"
finds Drissi, "mohammed" Mohamed, "youcef" Youssef, "mohamed" محمد.

A typed word is close to a word of the vocabulary when one letter differs
(two in a word of more than five letters: "youcef"/"youssef"), or when
they have the same consonant skeleton (the duplicate check's keys,
app/models/name_keys.py: doubled letters, ou/w, Arabic and Latin spellings
give one skeleton).  How close is rapidfuzz's ratio (0-100).

The vocabulary (a few thousand words at 100,000 people) is read from the
names.  On the laptop it is kept per database and read again when the
search index changed, at most every `REFRESH_AFTER_S` (reading it takes a
fifth of a second at 100,000 people): a name registered meanwhile is found
exactly at once and approximately a little later.  Elsewhere (PostgreSQL,
the server) it is read at each call.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from app.models import Beneficiary
from app.models.name_keys import skeleton
from app.models.search_text import name_tokens

# A typed word shorter than this is only ever a beginning of a word.
MIN_LENGTH = 3
# Letters added, dropped or changed for a word to be close: one up to five
# letters ("drisi"/"drissi"), two beyond ("youcef"/"youssef"), never more
# ("sara" is not "samira").
SHORT_WORD = 5
# Same skeleton but not that close ("idriss" for "drisi"): ranked below.
SAME_SKELETON = 70.0
# Close words kept per typed word, the closest first.
MAX_CLOSE = 8
REFRESH_AFTER_S = 30.0


@dataclass(frozen=True)
class Vocabulary:
    latin: tuple[str, ...]
    arabic: tuple[str, ...]
    by_skeleton: dict[str, tuple[str, ...]] = field(repr=False)

    @classmethod
    def of(cls, terms: Iterable[str]) -> Vocabulary:
        latin: list[str] = []
        arabic: list[str] = []
        by_skeleton: dict[str, list[str]] = {}
        for term in terms:
            if not term or any(c.isdigit() for c in term):
                continue
            (arabic if _is_arabic(term) else latin).append(term)
            key = skeleton([term])
            if len(key) >= 2:
                by_skeleton.setdefault(key, []).append(term)
        return cls(
            tuple(latin), tuple(arabic), {k: tuple(v) for k, v in by_skeleton.items()}
        )


def _is_arabic(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff"


@dataclass
class _Kept:
    vocabulary: Vocabulary
    fingerprint: bytes
    read_at: float


_KEPT: weakref.WeakKeyDictionary[Engine, _Kept] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def _index_fingerprint(session: Session) -> bytes:
    """The FTS5 index's structure record: it changes with every write to the
    index (a new segment, a merge)."""
    block = session.execute(
        text("SELECT block FROM beneficiary_fts_data WHERE id = 10")
    ).scalar_one_or_none()
    return bytes(block or b"")


def _name_terms(session: Session) -> set[str]:
    """The search words of every name (as in the search text, but an Arabic
    name's words are not joined: a whole name run together is no word)."""
    live = Beneficiary.deleted.is_(False)
    terms: set[str] = set()
    for column in (Beneficiary.first_name, Beneficiary.last_name):
        for name in session.scalars(select(column).where(live).distinct()):
            terms.update(name_tokens(name))
    # Tens of thousands of Arabic names, but few distinct words: each is
    # folded once.
    arabic: set[str] = set()
    for written in session.scalars(select(Beneficiary.name_ar).where(live).distinct()):
        if written:
            arabic.update(written.split())
    terms.update(name_tokens(*arabic))
    return terms


def vocabulary(session: Session) -> Vocabulary:
    """The name words of everyone in the database (see the module's notes)."""
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return Vocabulary.of(_name_terms(session))
    engine = bind if isinstance(bind, Engine) else bind.engine
    fingerprint = _index_fingerprint(session)
    with _LOCK:
        kept = _KEPT.get(engine)
    now = time.monotonic()
    if kept is not None and (
        kept.fingerprint == fingerprint or now - kept.read_at < REFRESH_AFTER_S
    ):
        return kept.vocabulary
    known = Vocabulary.of(_name_terms(session))
    with _LOCK:
        _KEPT[engine] = _Kept(known, fingerprint, now)
    return known


def close_words(word: str, known: Vocabulary) -> list[tuple[str, float]]:
    """Words of the vocabulary close to a typed (folded) word, with how close
    (0-100), the closest first; never the word itself."""
    if len(word) < MIN_LENGTH:
        return []
    choices = known.arabic if _is_arabic(word) else known.latin
    edits = 1 if len(word) <= SHORT_WORD else 2
    close = {
        found: fuzz.ratio(word, found)
        for found, _edits, _index in process.extract(
            word, choices, scorer=Levenshtein.distance, score_cutoff=edits, limit=None
        )
    }
    key = skeleton([word])
    # Any script: محمد has the skeleton of Mohamed.
    for found in known.by_skeleton.get(key, ()) if len(key) >= 2 else ():
        close[found] = max(close.get(found, 0.0), SAME_SKELETON)
    close.pop(word, None)
    ranked = sorted(close.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:MAX_CLOSE]
