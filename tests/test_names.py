"""Names as Moroccan names are written (app/rules/names.py): capitals,
particles, apostrophes, Arabic untouched; who has a name at all; the name a
person is shown and sorted by."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.problems import FieldError
from app.models.people import full_name, name_order
from app.rules.names import capitalise_name, name_problems


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("el mokhtari", "El Mokhtari"),
        ("EL MOKHTARI", "El Mokhtari"),
        ("ben ahmed", "Ben Ahmed"),
        ("ait ouahmane", "Ait Ouahmane"),
        ("AÏT BAHA", "Aït Baha"),
        ("fatima-zahra", "Fatima-Zahra"),
        ("FATIMA-ZAHRA", "Fatima-Zahra"),
        ("ABDELLAH", "Abdellah"),
        ("mOHAMED", "Mohamed"),
        ("el-fassi", "El-Fassi"),
        # Honorifics and particles inside a compound name keep their capital.
        ("moulay abdeslam ould sidi mohamed", "Moulay Abdeslam Ould Sidi Mohamed"),
        ("lalla fatima bou-ali", "Lalla Fatima Bou-Ali"),
        ("sidi ahmed ben el hadj", "Sidi Ahmed Ben El Hadj"),
        # After an apostrophe: O'Brien, but M'hamed and M'barek as Morocco writes them.
        ("o'brien", "O'Brien"),
        ("O’BRIEN", "O’Brien"),
        ("m'hamed", "M'hamed"),
        ("M'HAMED", "M'hamed"),
        ("ben m'barek", "Ben M'barek"),
        ("sa'id", "Sa'id"),
        # Written with care: kept.
        ("McDonald", "McDonald"),
        ("El Mokhtari", "El Mokhtari"),
        # Accents, decomposed accents, spaces.
        ("ÉLODIE", "Élodie"),
        ("he\u0301le\u0300ne", "He\u0301le\u0300ne"),
        ("  el   idrissi  ", "El Idrissi"),
        # Arabic script: untouched.
        ("فاطمة الزهراء الإدريسي", "فاطمة الزهراء الإدريسي"),
        ("", ""),
    ],
)
def test_names_are_capitalised_as_written_in_morocco(typed: str, written: str) -> None:
    assert capitalise_name(typed) == written


def _letters(text: str) -> list[str]:
    return [c for c in text if not c.isspace()]


@given(st.text())
def test_capitalising_is_idempotent(text: str) -> None:
    once = capitalise_name(text)
    assert capitalise_name(once) == once


@given(st.text())
def test_capitalising_changes_nothing_but_case_and_spaces(text: str) -> None:
    before, after = _letters(text), _letters(capitalise_name(text))
    assert len(before) == len(after)
    for old, new in zip(before, after, strict=True):
        assert new in (old, old.upper(), old.lower())


@given(st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)))
def test_arabic_script_is_never_changed(text: str) -> None:
    assert capitalise_name(text) == " ".join(text.split())


@pytest.mark.parametrize(
    ("first", "last", "arabic", "problems"),
    [
        ("Fatima", "Alaoui", None, []),
        ("", "", "فاطمة العلوي", []),
        ("Fatima", "", "فاطمة العلوي", []),  # the Arabic name is enough
        ("Fatima", "", None, [FieldError("last_name", "required")]),
        (" ", "Alaoui", "  ", [FieldError("first_name", "required")]),
        (
            "",
            "",
            "",
            [FieldError("first_name", "name_required"), FieldError("name_ar", "name_required")],
        ),
    ],
)
def test_a_person_needs_a_latin_or_an_arabic_name(
    first: str, last: str, arabic: str | None, problems: list[FieldError]
) -> None:
    assert name_problems(first, last, arabic) == problems


def test_the_name_shown_is_the_latin_one_else_the_arabic_one() -> None:
    assert full_name("Fatima", "Alaoui", "فاطمة العلوي") == "Fatima Alaoui"
    assert full_name("", "", "فاطمة العلوي") == "فاطمة العلوي"
    assert full_name("Fatima", "", "فاطمة العلوي") == "فاطمة العلوي"
    assert full_name("Fatima", "", None) == "Fatima"
    assert full_name("—", "—", None) == "— —"  # an erased person


def test_an_arabic_only_person_is_sorted_by_the_arabic_name_not_first() -> None:
    people = [("Youssef", "Tahiri", None), ("", "", "العلوي فاطمة"), ("Amal", "Alaoui", None)]
    people.sort(key=lambda p: name_order(*p))
    assert [p[1] or p[2] for p in people] == ["Alaoui", "Tahiri", "العلوي فاطمة"]
