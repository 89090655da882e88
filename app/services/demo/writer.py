"""Where the demo's rows go: buffered per table and written in chunks by the
sync layer's bulk row writer (`app.sync.rowstore.insert_rows`, the one that
stores pulled pages), inside the caller's transaction, each row stamped as a
new local write (`app.core.stamping.new_row_stamp`, what the flush hook sets)
with one clock tick for the whole job: it is one write."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from app.core.errors import CaravaneError
from app.core.stamping import new_row_stamp
from app.sync.rowstore import insert_rows
from app.sync.wire import CODECS

CHUNK = 5000


class DemoCancelled(CaravaneError):
    """The user cancelled the demo; the caller's transaction must roll back."""

    code = "demo_cancelled"


class Writer:
    """Buffers rows per table and inserts them in chunks; `cancel()` is
    polled before each chunk."""

    def __init__(
        self, session: Session, *, hlc: str, device_id: str, cancel: Callable[[], bool] | None
    ) -> None:
        self.session = session
        # Every row is new and not deleted; team_id comes with the row.
        self.stamp = {
            "deleted": False,
            "server_seq": None,
            **new_row_stamp(hlc=hlc, device_id=device_id),
        }
        self.cancel = cancel
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.counts: dict[str, int] = {}

    def add(self, model: type[Any], row: dict[str, Any]) -> None:
        name: str = model.__table__.name
        row.update(self.stamp)
        rows = self.rows.setdefault(name, [])
        rows.append(row)
        self.counts[name] = self.counts.get(name, 0) + 1
        if len(rows) >= CHUNK:
            self.flush(name)

    def flush(self, name: str | None = None) -> None:
        if self.cancel is not None and self.cancel():
            raise DemoCancelled()
        for key in [name] if name else list(self.rows):
            rows = self.rows[key]
            if rows:
                insert_rows(self.session, CODECS[key], rows)
                rows.clear()
