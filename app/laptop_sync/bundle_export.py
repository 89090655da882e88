"""The laptop's pending changes written to a USB bundle (`caravane bundle
export`), for when there is no network: the CCIS officer applies the file on
the server as a network push would.  The file's format is `app.sync.bundle`."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from app.core.stamping import ClockedSessions
from app.laptop_sync import config, outbox
from app.laptop_sync.errors import NotJoined
from app.sync.bundle import FORMAT, VERSION, seal, token_key


def export_bundle(db: ClockedSessions, path: Path) -> int:
    """Write every pending change to `path`; returns the number of rows."""
    with db.session() as session:
        settings = config.load(session)
        if not settings.token:
            raise NotJoined()
        batches: list[dict[str, Any]] = []
        inflight = config.load_inflight(session)
        if inflight is not None:
            batches.append(outbox.wire_batch(inflight))
        everything = outbox.build_batch(session, limit=None)
        if everything is not None:
            batches.append(outbox.wire_batch(everything))
            # A later network sync resends this very batch first; the server
            # then answers "already applied" if the bundle got there before.
            config.save_inflight(session, everything)
        rows = len(everything["rows"]) if everything else 0
    content = json.dumps(
        {"format": FORMAT, "version": VERSION, "device_id": db.device_id, "batches": batches},
        separators=(",", ":"),
        ensure_ascii=False,
        sort_keys=True,
    )
    sealed = seal(content, token_key(settings.token))
    path.write_bytes(gzip.compress(json.dumps(sealed).encode()))
    return rows
