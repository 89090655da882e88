"""A push batch over the server's body limits (people with very long notes)
is rebuilt smaller by the laptop instead of being resent as is forever:
nothing stuck, nothing lost."""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import func, select

from app.db import Database
from app.laptop_sync import client, outbox
from app.models import Beneficiary
from tests.sync_helpers import Cluster, add_people

pytest_plugins = ["tests.sync_helpers"]  # the live_server and cluster fixtures

NOTE_CHARS = 90_000  # under the wire's 100,000 per text field
PEOPLE = 200  # 200 x 90,000 characters: over the 16 MB a sync body may inflate to


def test_a_batch_over_the_server_limits_is_split_and_sent(cluster: Cluster, tmp_path: Path) -> None:
    laptop: Database = cluster.laptop(tmp_path / "long-notes")
    try:
        ids = add_people(laptop, PEOPLE, "Notes", cluster.team_id)
        letters = random.Random(8)
        with laptop.session() as session:
            for person in session.scalars(select(Beneficiary).where(Beneficiary.id.in_(ids))):
                person.notes = "".join(letters.choices("abcdefghij klmnop", k=NOTE_CHARS))

        report = client.sync(laptop)

        assert report.pushed >= PEOPLE
        with laptop.session() as session:
            assert outbox.count_pending(session) == 0
        with cluster.server.session() as session:
            held = session.scalar(
                select(func.count()).select_from(Beneficiary).where(Beneficiary.id.in_(ids))
            )
            longest = session.scalar(
                select(func.min(func.length(Beneficiary.notes))).where(Beneficiary.id.in_(ids))
            )
        assert held == PEOPLE
        assert longest == NOTE_CHARS
        # The next sync has nothing left to send.
        assert client.sync(laptop).pushed == 0
    finally:
        laptop.dispose()
