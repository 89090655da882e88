"""The pull cursor never skips a change, even with concurrent pushers:
several laptops push at once to a two-worker server while another laptop
pulls continuously with its cursor; at the end it has every row."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from app.laptop_sync import client
from app.models import Beneficiary
from server.db import ServerDatabase
from tests.sync_helpers import (
    BACKENDS,
    Cluster,
    ServerProcess,
    add_people,
    database_url,
    new_team,
)


@pytest.mark.parametrize("backend", BACKENDS)
def test_concurrent_pushers_and_a_puller_miss_nothing(backend: str, tmp_path: Path) -> None:
    with database_url(backend, tmp_path / "server") as url:
        setup = ServerDatabase(url)
        team = new_team(setup)
        process = ServerProcess(url, extra=("--workers", "2")).start()
        try:
            c = Cluster(setup, process.url, team)
            pushers = [c.laptop(tmp_path / f"push{n}") for n in range(4)]
            puller = c.laptop(tmp_path / "pull")
            expected: set[str] = set()
            for n, laptop in enumerate(pushers):
                expected |= add_people(laptop, 200, f"Pousse{n}", team)
            stop = threading.Event()
            errors: list[BaseException] = []

            def push(laptop: object) -> None:
                try:
                    client.sync(laptop, batch_rows=20)  # type: ignore[arg-type]
                except BaseException as exc:  # noqa: BLE001 - reported below
                    errors.append(exc)

            def pull() -> None:
                while not stop.is_set():
                    try:
                        client.sync(puller, page_rows=25)
                    except BaseException as exc:  # noqa: BLE001
                        errors.append(exc)
                        return

            threads = [threading.Thread(target=push, args=(p,)) for p in pushers]
            reader = threading.Thread(target=pull)
            reader.start()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(120)
            stop.set()
            reader.join(60)
            assert not errors
            client.sync(puller)  # one last pull from where the cursor stands
            with puller.session() as session:
                got = set(session.scalars(select(Beneficiary.id)))
            assert got == expected
        finally:
            process.kill()
            setup.dispose()
