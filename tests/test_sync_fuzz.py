"""Mutation fuzzer: valid pushes with wrong types, shapes and sizes put into
their fields, against the real server application on SQLite and PostgreSQL.

Whatever arrives: never a 5xx; a value the wire cannot read refuses the
batch (4xx) and changes nothing; a value the domain's rules refuse is
refused row by row, changes nothing and leaves the rest of the batch
applied; a value accepted is stored exactly as sent."""

from __future__ import annotations

import datetime as dt
import itertools
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, event, find, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from starlette.testclient import TestClient

from app.rules import rows
from app.sync.wire import CODECS, PROTOCOL_HEADER, PROTOCOL_VERSION, WireError
from server import admin
from server.app import create_app
from server.db import ServerDatabase, utcnow
from tests import sync_value_strategies as strategies
from tests.sync_helpers import BACKENDS, database_url

NODE = "00000000000f0f0f"
_counter = itertools.count()


def next_hlc() -> str:
    """A clock later than every earlier one (so each write wins its field)."""
    return f"{time.time_ns() // 1_000_000:012x}{next(_counter) % 0xFFFF:04x}{NODE}"


class Fuzzed:
    """A server, its enrolled device and one stored row of every table."""

    def __init__(self, db: ServerDatabase, client: TestClient) -> None:
        self.db = db
        self.client = client
        self.team = admin.create_team(db, "Fuzz").id
        code = admin.enroll_code(db, team=self.team)[0]
        enrolled = client.post(
            "/v1/enroll",
            json={"code": code, "device_id": "01900000-0000-7000-8000-0000000000f1",
                  "device_name": "fuzz"},
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
        )
        assert enrolled.status_code == 200
        client.headers.update(
            {"Authorization": f"Bearer {enrolled.json()['token']}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        )
        self.stored: dict[str, str] = {}

    def seed(self, data: dict[str, tuple[str, dict[str, Any]]]) -> None:
        groups = [full_group(table, row_id, values) for table, (row_id, values) in data.items()]
        answer = self.push(groups)
        assert answer.status_code == 200 and answer.json()["ack"]["rejected"] == []
        self.stored = {table: row_id for table, (row_id, _) in data.items()}

    def push(self, groups: list[dict[str, Any]]) -> Any:
        batch = {"id": uuid.uuid4().hex, "tables": groups}
        return self.client.post("/v1/sync", json={"cursor": 0, "batch": batch})

    def row(self, table: str, row_id: str) -> dict[str, Any] | None:
        codec = CODECS[table]
        with self.db.session() as session:
            found = session.execute(
                select(codec.table).where(codec.table.c.id == row_id)
            ).mappings().first()
            return None if found is None else {f: found[f] for f in codec.fields}


def full_group(table: str, row_id: str, values: dict[str, Any], *, encoded: bool = False
               ) -> dict[str, Any]:
    codec = CODECS[table]
    cells = values if encoded else {f: codec.encode(f, v) for f, v in values.items()}
    return {"t": table, "f": list(codec.fields), "n": 1,
            "r": [[row_id, 0, next_hlc(), 0, ""] + [cells[f] for f in codec.fields]]}


def partial_group(table: str, row_id: str, cells: dict[str, Any]) -> dict[str, Any]:
    hlc = next_hlc()
    return {"t": table, "f": list(cells), "n": 0, "r": [[row_id, hlc, hlc, *cells.values()]]}


@pytest.fixture(scope="module", params=BACKENDS)
def fuzzed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[Fuzzed]:
    with database_url(request.param, tmp_path_factory.mktemp("fuzz")) as url:
        db = ServerDatabase(url)
        with TestClient(create_app(db), raise_server_exceptions=False) as client:
            fuzzed = Fuzzed(db, client)
            # One stored row per table for the edits to change.
            fuzzed.seed({t: find(strategies.valid_rows(t, fuzzed.team), lambda _: True,
                                 settings=FIRST_FOUND) for t in TABLES})
            yield fuzzed
        db.dispose()


TABLES = sorted(str(t) for t in CODECS)
FIRST_FOUND = settings(database=None, phases=[Phase.generate], max_examples=1)


@st.composite
def mutations(draw: st.DrawFn, team: str) -> tuple[str, bool, str | None, dict[str, Any]]:
    """(table, whole row?, id or None for a stored row, wire cells) with one
    to three fields given wrong values."""
    table = draw(st.sampled_from(TABLES))
    codec = CODECS[table]
    row_id, values = draw(strategies.valid_rows(table, team))
    cells = {f: codec.encode(f, v) for f, v in values.items()}
    fields = [f for f in codec.fields if f != "team_id"]
    wrong = draw(st.lists(st.sampled_from(fields), min_size=1, max_size=3, unique=True))
    for name in wrong:
        cells[name] = draw(strategies.wrong_for(codec.table.columns[name]))
    whole = draw(st.booleans())
    if whole:
        return table, True, row_id, cells
    carried = {name: cells[name] for name in wrong}
    return table, False, None, carried


def expected_refusal(table: str, row_id: str, cells: dict[str, Any]) -> str:
    """"wire" when the batch must be refused, "rules" when the row must be,
    "" when the rules accept its values (other refusals may still apply)."""
    codec = CODECS[table]
    try:
        decoded = {name: codec.decode(name, value) for name, value in cells.items()}
    except WireError:
        return "wire"
    context = rows.Context(
        today=utcnow().date() + rows.FUTURE_MARGIN,
        communes=set(strategies.COMMUNES),
        regions=set(strategies.REGIONS),
    )
    if rows.row_problems(table, decoded, context=context, row_id=row_id):
        return "rules" if set(cells) != {"deleted"} else ""
    return ""


@settings(max_examples=500, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.data())
def test_wrong_values_in_every_field_never_a_5xx_and_change_nothing(
    fuzzed: Fuzzed, data: st.DataObject
) -> None:
    table, whole, new_id, cells = data.draw(mutations(fuzzed.team), label="mutation")
    row_id = new_id if whole and new_id is not None else fuzzed.stored[table]
    if whole and table in rows.DERIVED_IDS:
        row_id = str(uuid.uuid4())  # its references are random: any id is as good
    control_id = fuzzed.stored["beneficiary"]
    note = f"note {next(_counter)}"
    target_before = fuzzed.row(table, row_id)
    control_before = fuzzed.row("beneficiary", control_id)
    group = (full_group(table, row_id, cells, encoded=True) if whole
             else partial_group(table, row_id, cells))
    groups = [group]
    if not (table == "beneficiary" and row_id == control_id):
        groups.append(partial_group("beneficiary", control_id, {"notes": note}))
    answer = fuzzed.push(groups)

    assert answer.status_code < 500, answer.text
    expected = expected_refusal(table, row_id, cells)
    event(f"{expected or 'accepted by the rules'} -> {answer.status_code}")
    target_after = fuzzed.row(table, row_id)
    if answer.status_code >= 400:
        assert answer.json()["error"]
        assert expected == "wire", (answer.json(), cells)
        assert target_after == target_before
        assert fuzzed.row("beneficiary", control_id) == control_before
        return
    assert expected != "wire", cells
    rejected = {(t, i): reason for t, i, reason in answer.json()["ack"]["rejected"]}
    if expected == "rules":
        assert (table, row_id) in rejected, (cells, answer.json()["ack"])
    if (table, row_id) in rejected:
        assert target_after == target_before  # a refused row changed nothing
    else:
        codec = CODECS[table]
        assert target_after is not None
        # An erased row (by an earlier example, or its person's erasure)
        # keeps its personal fields blank whatever arrives: erasure wins.
        blank = getattr(codec.model, "erasure_blank", {})
        erased = target_after.get("erased_on") is not None
        for name, value in cells.items():
            sent = blank[name] if erased and name in blank else codec.decode(name, value)
            assert target_after[name] == sent, name
    if len(groups) > 1:  # never blocked the rest of the batch
        control = fuzzed.row("beneficiary", control_id)
        assert control is not None
        # (erased by an earlier example: its notes stay blank, erasure wins)
        assert control["notes"] == (None if control.get("erased_on") else note)


def test_the_fuzzer_knows_a_wrong_value_from_a_right_one() -> None:
    """The oracle itself: finding 4's values are refused, today's are not."""
    person = str(uuid.uuid4())
    assert expected_refusal("beneficiary", person, {"sex": "Z"}) == "rules"
    assert expected_refusal("beneficiary", person, {"sex": "F"}) == ""
    assert expected_refusal("training_session", person, {"capacity": -5}) == "rules"
    assert expected_refusal("training_session", person, {"capacity": "5"}) == "wire"
    assert expected_refusal("beneficiary", person, {"registered_on": "9999-12-31"}) == "rules"
    assert expected_refusal("beneficiary", person, {"merged_into_id": person}) == "rules"
    assert expected_refusal("attendance", person, {"hours_attended": 1e15}) == "rules"
    assert expected_refusal(
        "beneficiary", person, {"registered_on": dt.date.today().isoformat()}
    ) == ""
