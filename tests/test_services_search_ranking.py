"""Who comes first when a trainer searches: the exact CIN or phone, then the
people expected at the session at hand, then the rest by how well they
match; close names when the search finds few; the order decided before the
limit.  On the laptop's SQLite (FTS5) and on PostgreSQL (LIKE)."""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.core.stamping import ClockedSessions
from app.db import Database
from app.services import attendance, name_vocabulary, planning, search
from app.services.beneficiaries import merge_beneficiaries
from app.services.search import search_beneficiaries
from app.services.session_search import MatchKind, SessionSearchHit, search_for_session
from server.db import ServerDatabase
from tests.sync_helpers import BACKENDS, postgres_schema
from tests.test_services_fixtures import TODAY, crew, person, training


@dataclasses.dataclass(frozen=True)
class Hall:
    """A session today whose cohort was carried over from an earlier one."""

    team_id: str
    session_id: str
    ids: dict[str, str]  # label -> beneficiary id


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ClockedSessions]:
    if request.param == "postgres":
        with postgres_schema() as url:
            server = ServerDatabase(url)
            yield server
            server.dispose()
    else:
        laptop = Database(tmp_path / "laptop")
        yield laptop
        laptop.dispose()


@pytest.fixture
def hall(database: ClockedSessions) -> Hall:
    ids: dict[str, str] = {}
    with database.session() as s:
        team = crew(s).team_id

        def add(label: str, first: str, last: str, **fields: str) -> None:
            ids[label] = person(s, team, first, last, **fields).id

        add("hajar ben ahmed", "Hajar", "Ben Ahmed")
        add("hajar ghailan", "Hajar", "Ghailan")
        for n in range(4):  # the expected one registered last: 4th of 4 by name
            add(f"alaoui {n}", "Mohamed", "Alaoui", sex="M", cin=f"LB1000{n}")
        add("khadija drissi", "Khadija", "Drissi", name_ar="خديجة الدريسي")
        add("short cin", "Omar", "Tazi", sex="M", cin="K12345")
        add("long cin", "Nadia", "Zerouali", cin="K123456")
        add("phone", "Samira", "Bennani", phone="0612345678")
        earlier = training(s, team, day=TODAY.replace(day=1))
        planning.enrol(session=s, session_id=earlier.id, beneficiary_ids=[ids["long cin"]])
        # A walk-in at the earlier session: the cohort carries her over too.
        attendance.check_in(session=s, session_id=earlier.id, beneficiary_id=ids["hajar ghailan"])
        today = training(s, team, cohort_from_id=earlier.id)
        planning.enrol(
            session=s,
            session_id=today.id,
            beneficiary_ids=[ids["alaoui 3"], ids["khadija drissi"]],
        )
    return Hall(team_id=team, session_id=today.id, ids=ids)


def find(s: Session, hall: Hall, query: str, limit: int = 30) -> list[SessionSearchHit]:
    return search_for_session(
        session=s, query=query, session_id=hall.session_id, today=TODAY, limit=limit
    )


def labels(hall: Hall, hits: list[SessionSearchHit]) -> list[str]:
    names = {value: key for key, value in hall.ids.items()}
    return [names[hit.row.id] for hit in hits]


def test_the_expected_hajar_comes_before_the_other(database: ClockedSessions, hall: Hall) -> None:
    with database.session() as s:
        hits = find(s, hall, "hajar")
    assert labels(hall, hits)[:2] == ["hajar ghailan", "hajar ben ahmed"]
    assert [(h.expected, h.match) for h in hits[:2]] == [
        (True, MatchKind.NAME), (False, MatchKind.NAME),
    ]
    # Without a session nobody is expected: by name again.
    with database.session() as s:
        plain = search_for_session(session=s, query="hajar", session_id=None, today=TODAY)
    assert labels(hall, plain)[:2] == ["hajar ben ahmed", "hajar ghailan"]
    assert not any(hit.expected for hit in plain)


def test_the_expected_mohamed_alaoui_comes_first_of_four(
    database: ClockedSessions, hall: Hall
) -> None:
    with database.session() as s:
        hits = find(s, hall, "mohamed alaoui")
        rows = search_beneficiaries(session=s, query="mohamed alaoui", today=TODAY)
    assert labels(hall, hits) == ["alaoui 3", "alaoui 0", "alaoui 1", "alaoui 2"]
    assert [hit.expected for hit in hits] == [True, False, False, False]
    # The Beneficiaries screen's search knows no session: by name, then id.
    assert [row.cin for row in rows] == ["LB10000", "LB10001", "LB10002", "LB10003"]


def test_an_exact_cin_or_phone_comes_before_everyone(
    database: ClockedSessions, hall: Hall
) -> None:
    with database.session() as s:
        by_cin = find(s, hall, "k 12345")
        by_phone = find(s, hall, "+212 6 12 34 56 78")
        rows = search_beneficiaries(session=s, query="K12345", today=TODAY)
    # Nadia (K123456) is expected and her CIN starts with the query; Omar's
    # is the query itself.
    assert labels(hall, by_cin) == ["short cin", "long cin"]
    assert [(h.match, h.expected) for h in by_cin] == [
        (MatchKind.ID, False), (MatchKind.NAME, True),
    ]
    assert labels(hall, by_phone) == ["phone"] and by_phone[0].match == MatchKind.ID
    assert [row.cin for row in rows] == ["K12345", "K123456"]


def test_the_order_is_decided_before_the_limit(database: ClockedSessions, hall: Hall) -> None:
    with database.session() as s:
        # Registered from Z to A: the search index holds them in that order.
        for letter in reversed(string.ascii_uppercase[:12]):
            person(s, hall.team_id, "Amal", f"{letter}ouhami")
        late = person(s, hall.team_id, "Amal", "Zzouhami")
        planning.enrol(session=s, session_id=hall.session_id, beneficiary_ids=[late.id])
    with database.session() as s:
        rows = search_beneficiaries(session=s, query="amal", limit=3, today=TODAY)
        hits = find(s, hall, "amal", limit=3)
    assert [row.last_name for row in rows] == ["Aouhami", "Bouhami", "Couhami"]
    assert [hit.row.last_name for hit in hits] == ["Zzouhami", "Aouhami", "Bouhami"]


def test_beyond_the_sorted_size_the_most_recent_come_first(
    database: ClockedSessions, hall: Hall, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.session() as s:
        for letter in "ABCDE":
            person(s, hall.team_id, "Amal", f"{letter}ouhami")
        person(s, hall.team_id, "Amalia", "Zouhami")  # the word only begins so
    with database.session() as s:
        by_name = search_beneficiaries(session=s, query="amal", limit=3, today=TODAY)
    monkeypatch.setattr(search, "SORTED_UP_TO", 4)
    with database.session() as s:
        recent = search_beneficiaries(session=s, query="amal", limit=6, today=TODAY)
    assert [row.last_name for row in by_name] == ["Aouhami", "Bouhami", "Couhami"]
    # Five whole words, more than 4: the latest registered first; then the
    # beginning of a word.
    assert [row.last_name for row in recent] == [
        "Eouhami", "Douhami", "Couhami", "Bouhami", "Aouhami", "Zouhami",
    ]


def test_whole_words_come_before_beginnings_of_words(
    database: ClockedSessions, hall: Hall
) -> None:
    with database.session() as s:
        person(s, hall.team_id, "Sarah", "Alami")
        person(s, hall.team_id, "Sara", "Zitouni")
    with database.session() as s:
        rows = search_beneficiaries(session=s, query="sara", today=TODAY)
        hits = find(s, hall, "sara")
    assert [row.first_name for row in rows] == ["Sara", "Sarah"]
    assert [hit.row.first_name for hit in hits] == ["Sara", "Sarah"]


def test_a_misspelt_name_finds_the_close_one_marked_approximate(
    database: ClockedSessions, hall: Hall
) -> None:
    with database.session() as s:
        one_word = find(s, hall, "drisi")
        two_words = find(s, hall, "khadija drisi")
        arabic = find(s, hall, "خديجة الدريسى")  # alif maqsura for ya: folded
        nobody = find(s, hall, "zzyzx qwerty")
        exact_only = search_beneficiaries(session=s, query="drisi", today=TODAY)
    for hits in (one_word, two_words):
        assert labels(hall, hits)[:1] == ["khadija drissi"]
        assert hits[0].match == MatchKind.APPROXIMATE and hits[0].approximate
        assert hits[0].expected
    assert labels(hall, arabic) == ["khadija drissi"] and arabic[0].match == MatchKind.NAME
    assert nobody == []
    assert exact_only == []  # the Beneficiaries screen's search stays exact


def test_close_names_come_after_every_exact_match(
    database: ClockedSessions, hall: Hall
) -> None:
    with database.session() as s:
        person(s, hall.team_id, "Hajer", "Sbai")  # close to Hajar, not one
    with database.session() as s:
        hits = find(s, hall, "hajar")
    assert [hit.match for hit in hits] == [
        MatchKind.NAME, MatchKind.NAME, MatchKind.APPROXIMATE,
    ]
    assert hits[2].row.first_name == "Hajer"


def test_a_latin_name_is_found_from_its_arabic_spelling(
    database: ClockedSessions, hall: Hall
) -> None:
    with database.session() as s:
        hits = find(s, hall, "محمد")
    # Nobody has محمد written: the four Mohamed Alaoui share its skeleton.
    assert labels(hall, hits) == ["alaoui 3", "alaoui 0", "alaoui 1", "alaoui 2"]
    assert all(hit.approximate for hit in hits)


def test_merged_and_deleted_people_are_never_found(
    database: ClockedSessions, hall: Hall
) -> None:
    with database.session() as s:
        merge_beneficiaries(
            session=s, keep_id=hall.ids["long cin"], merge_id=hall.ids["short cin"]
        )
    with database.session() as s:
        assert labels(hall, find(s, hall, "K12345")) == ["long cin"]
        assert labels(hall, find(s, hall, "omar")) == []


def test_a_name_registered_later_is_found_approximately_once_the_words_are_read_again(
    database: ClockedSessions, hall: Hall, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.session() as s:
        assert find(s, hall, "ketani") == []  # the words are read (and kept)
        person(s, hall.team_id, "Zoubida", "Kettani")
    monkeypatch.setattr(name_vocabulary, "REFRESH_AFTER_S", 0.0)
    with database.session() as s:
        hits = find(s, hall, "ketani")
    assert [hit.row.last_name for hit in hits] == ["Kettani"]
    assert hits[0].approximate
