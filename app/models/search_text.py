"""Normalised search text for beneficiaries (Latin and Arabic script).

Computed locally (never synced) and indexed by FTS5 on the laptop so that a
trainer finds a person by any part of the name, accents and harakat ignored,
or by CIN or phone digits.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import event

from app.models.people import Beneficiary

_HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, dagger alif, tatweel
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
_LATIN_FOLD = {"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d"}
_SEPARATORS = re.compile(r"[\s\-_'’`.,;:/()\"]+")
_ARABIC_CHAR = re.compile("[\u0600-\u06ff]")


def fold_latin(text: str) -> str:
    """Lower case, accents removed, ligatures spelled out."""
    text = text.lower()
    for src, dst in _LATIN_FOLD.items():
        text = text.replace(src, dst)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c) or _ARABIC_CHAR.match(c))


def fold_arabic(text: str) -> str:
    """Harakat and tatweel stripped, alif/ya/ta marbuta variants folded."""
    return _HARAKAT.sub("", text).translate(_ARABIC_FOLD)


def normalize(text: str) -> str:
    """Fold any mix of scripts for comparison and search."""
    return fold_arabic(fold_latin(unicodedata.normalize("NFC", text)))


def words(text: str) -> list[str]:
    return [w for w in _SEPARATORS.split(normalize(text)) if w]


def name_tokens(*names: str | None) -> list[str]:
    """Search tokens of names: each word, hyphenated names also joined
    (Fatima-Zahra finds Fatimazahra), Arabic words also without "ال"."""
    tokens: list[str] = []
    for name in names:
        if not name:
            continue
        parts = words(name)
        tokens.extend(parts)
        if len(parts) > 1:
            tokens.append("".join(parts))
        for part in parts:
            if part.startswith("ال") and len(part) > 3:
                tokens.append(part[2:])
    return list(dict.fromkeys(tokens))


def digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


def beneficiary_search_text(
    *,
    first_name: str | None,
    last_name: str | None,
    name_ar: str | None,
    cin: str | None,
    phone: str | None,
) -> str:
    tokens = name_tokens(first_name, last_name, name_ar)
    if cin:
        tokens.append(cin.lower())
    phone_digits = digits(phone)
    if phone_digits:
        tokens.append(phone_digits)
        if phone_digits.startswith("212"):
            tokens.append("0" + phone_digits[3:])  # as people say it: 06...
    return " ".join(tokens)


@event.listens_for(Beneficiary, "before_insert")
@event.listens_for(Beneficiary, "before_update")
def _refresh_search_text(mapper: Any, connection: Any, target: Beneficiary) -> None:
    target.search_text = beneficiary_search_text(
        first_name=target.first_name,
        last_name=target.last_name,
        name_ar=target.name_ar,
        cin=target.cin,
        phone=target.phone,
    )
