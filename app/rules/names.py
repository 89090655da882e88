"""People's names: written the way Moroccan names are written, and who has
a name at all.

Latin-script names follow the civil-status way of writing them in proper
case: every word and every part of a hyphenated word takes a capital,
particles and honorifics included ("El Mokhtari", "Ben Ahmed",
"Ait Ouahmane", "Moulay Abdeslam Ould Sidi Mohamed", "Fatima-Zahra"), names
typed in capitals lose them ("ABDELLAH" -> "Abdellah").  After an
apostrophe, "O'Brien" keeps its capital but "M'hamed" and "M'barek" do not,
as Morocco writes them.  A word written with capitals inside it on purpose
("McDonald") is kept.  Arabic script has no case: it is never changed.

Only the case of letters changes (and runs of spaces become one): never a
letter, never an accent.
"""

from __future__ import annotations

import unicodedata

from app.core.problems import FieldError

# The particles and honorifics of Moroccan names: all take a capital, like
# any other word (listed for the reader and the tests, not special-cased).
PARTICLES = ("El", "Ben", "Bent", "Ait", "Aït", "Ou", "Ould", "Bou", "Moulay", "Sidi", "Lalla")
_APOSTROPHES = frozenset("'’ʼ`´")
# O'Brien, O'Neill: the one letter before an apostrophe that leaves a capital after it.
_CAPITAL_AFTER = frozenset({"o"})


def _upper(char: str) -> str:
    upper = char.upper()
    return upper if len(upper) == 1 else char  # "ß" stays "ß", never "SS"


def _lower(char: str) -> str:
    lower = char.lower()
    return lower if len(lower) == 1 else char  # "İ" stays one letter


def _capitalised(word: str) -> str:
    return _upper(word[0]) + "".join(_lower(c) for c in word[1:])


def _written_with_care(word: str) -> bool:
    """Capitals inside a word in lower case ("McDonald", "DeSouza"): each
    capital followed by a small letter, and one after the first letter."""
    if not word[0].isupper():
        return False
    inner = False
    for position, char in enumerate(word):
        if char.isupper():
            following = word[position + 1] if position + 1 < len(word) else ""
            if not following.islower():
                return False
            inner = inner or position > 0
    return inner


def _in_word(char: str) -> bool:
    # Accents typed as combining marks belong to their letter.
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _pieces(text: str) -> list[tuple[bool, str]]:
    """(is a word, text) in order: words are runs of letters, digits and marks."""
    pieces: list[tuple[bool, str]] = []
    for char in text:
        inside = _in_word(char)
        if pieces and pieces[-1][0] == inside:
            pieces[-1] = (inside, pieces[-1][1] + char)
        else:
            pieces.append((inside, char))
    return pieces


def capitalise_name(text: str) -> str:
    """A first or last name in Latin script as Moroccan names are written
    (see the module's docstring); Arabic script and other letters without
    case are left as they are."""
    pieces = _pieces(" ".join(text.split()))
    written: list[str] = []
    for index, (is_word, piece) in enumerate(pieces):
        if not is_word:
            written.append(piece)
            continue
        before = pieces[index - 1][1] if index >= 1 else ""
        word_before = pieces[index - 2][1] if index >= 2 else ""
        if before in _APOSTROPHES and word_before:
            if len(word_before) == 1 and word_before.lower() in _CAPITAL_AFTER:
                written.append(_capitalised(piece))  # O'Brien
            else:
                written.append("".join(_lower(c) for c in piece))  # M'hamed, Sa'id
        elif _written_with_care(piece):
            written.append(piece)
        else:
            written.append(_capitalised(piece))
    return "".join(written)


def name_problems(first_name: str, last_name: str, name_ar: str | None) -> list[FieldError]:
    """A person needs a name: first and last name in Latin letters, or the
    name in Arabic (someone known only by it).  A Latin name begun without
    an Arabic one must be complete."""
    first, last, arabic = first_name.strip(), last_name.strip(), (name_ar or "").strip()
    if arabic or (first and last):
        return []
    if not first and not last:
        return [FieldError("first_name", "name_required"), FieldError("name_ar", "name_required")]
    return [FieldError("last_name" if first else "first_name", "required")]
