"""Shared fixtures: a real temporary laptop database per test, a private
preferences folder, a clock that stands still, and the sync fixtures."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db import Database
from app.services.beneficiaries import ConsentInput

if TYPE_CHECKING:
    from app.ui.context import AppContext

# Loaded here, before any test module imports it, so that pytest rewrites
# its asserts: the live_server and cluster fixtures.
pytest_plugins = ["tests.sync_helpers"]

# "Now" for tests where the date matters: a fixed morning, so that nothing
# depends on the day the suite runs or on running across midnight.
NOW = dt.datetime(2026, 3, 15, 10, 30)
TODAY = NOW.date()


class FixedClock:
    """A wall clock that stands still (app.ui.context.WallClock's shape)."""

    def __init__(self, moment: dt.datetime = NOW) -> None:
        self.moment = moment

    def now(self) -> dt.datetime:
        return self.moment

    def today(self) -> dt.date:
        return self.moment.date()


def consent(given_on: dt.date = TODAY, collected_by: str = "Samira") -> ConsentInput:
    """Paper consent recorded at registration."""
    return ConsentInput(
        notice_version="2026-01", given_on=given_on, collected_by=collected_by, method="paper"
    )


@pytest.fixture(autouse=True)
def _config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Preferences go to the test's folder, never to the user's."""
    monkeypatch.setenv("CARAVANE_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "laptop")
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database, qtbot: object) -> Iterator[AppContext]:
    """A logged-in coordinator's screen context (`screens_support.make_ctx`)."""
    from tests.screens_support import make_ctx

    context = make_ctx(db)
    yield context
    context.tasks.wait_idle()
    context.tasks.shutdown()
