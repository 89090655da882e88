"""What the status bar shows, Qt-free: `sync_status(db)` reads the local
database only; `ping(url)` says whether the server answers ("online" means
the sync server answered, not what the operating system believes)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
from sqlalchemy import func, select

from app.core.stamping import ClockedSessions
from app.laptop_sync import config, outbox
from app.laptop_sync.transport import verify_for
from app.models import Conflict
from app.sync.wire import PROTOCOL_HEADER, PROTOCOL_VERSION


@dataclass(frozen=True)
class SyncStatus:
    joined: bool
    server_url: str | None
    pending_changes: int
    last_sync_at: str | None  # ISO 8601, UTC
    conflicts_waiting: int
    revoked: bool
    tls_cert: str | None = None  # pinned when joining (for `ping`)


def sync_status(db: ClockedSessions) -> SyncStatus:
    with db.session() as session:
        settings = config.load(session)
        waiting = session.scalar(
            select(func.count())
            .select_from(Conflict)
            .where(
                Conflict.resolved.is_(False),
                Conflict.deleted.is_(False),
                Conflict.erased_on.is_(None),
            )
        )
        return SyncStatus(
            joined=settings.joined,
            server_url=settings.server_url,
            pending_changes=outbox.count_pending(session),
            last_sync_at=settings.last_sync_at,
            conflicts_waiting=int(waiting or 0),
            revoked=settings.revoked,
            tls_cert=settings.tls_cert,
        )


# The name the desktop app was told to expect.
status = sync_status


def ping(server_url: str, timeout: float = 3.0, *, tls_cert: str | None = None) -> bool:
    """True when the sync server answers its health check in time (through
    the certificate pinned when joining, when there is one)."""
    try:
        response = httpx.get(
            server_url.rstrip("/") + "/health",
            timeout=timeout,
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
            verify=verify_for(tls_cert),
        )
    except httpx.HTTPError:
        return False
    return response.status_code == 200
