"""What the laptop remembers about its server, in LocalState."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import LocalState
from app.models.sync_state import SERVER_URL_KEY, read_state, write_state

SERVER_URL = SERVER_URL_KEY  # one key, also read by the certificate (app/services)
TOKEN = "sync.token"  # noqa: S105 - a key name, not a secret
TEAM_ID = "sync.team_id"
CURSOR = "sync.cursor"
SKIP = "sync.skip"  # our own pushed sequence ranges, not to be pulled back
INFLIGHT = "sync.inflight"  # the batch sent and not yet acknowledged
LAST_SYNC_AT = "sync.last_sync_at"
REVOKED = "sync.revoked"
TLS_CERT = "sync.tls_cert"  # the server's certificate pinned when joining (PEM)
ALLOW_HTTP = "sync.allow_http"  # "1": plain http to another machine, said explicitly


_KEYS = (SERVER_URL, TOKEN, TEAM_ID, CURSOR, SKIP, LAST_SYNC_AT, REVOKED, TLS_CERT, ALLOW_HTTP)


@dataclass(frozen=True)
class SyncConfig:
    server_url: str | None
    token: str | None
    team_id: str | None
    cursor: int
    skip: tuple[tuple[int, int], ...]
    last_sync_at: str | None
    revoked: bool
    tls_cert: str | None = None
    allow_http: bool = False

    @property
    def joined(self) -> bool:
        return bool(self.server_url and self.token)


def load(session: Session) -> SyncConfig:
    # One query puts every key in the session's identity map: the reads
    # below cost no statement each (this runs on every round trip).
    session.scalars(select(LocalState).where(LocalState.key.in_(_KEYS))).all()
    skip_raw = read_state(session, SKIP)
    skip = tuple((int(lo), int(hi)) for lo, hi in json.loads(skip_raw)) if skip_raw else ()
    return SyncConfig(
        server_url=read_state(session, SERVER_URL) or None,
        token=read_state(session, TOKEN) or None,
        team_id=read_state(session, TEAM_ID) or None,
        cursor=int(read_state(session, CURSOR) or 0),
        skip=skip,
        last_sync_at=read_state(session, LAST_SYNC_AT) or None,
        revoked=read_state(session, REVOKED) == "1",
        tls_cert=read_state(session, TLS_CERT) or None,
        allow_http=read_state(session, ALLOW_HTTP) == "1",
    )


def save_cursor(session: Session, cursor: int, skip: list[tuple[int, int]]) -> None:
    """The cursor and our pushed ranges still ahead of it."""
    live = sorted((lo, hi) for lo, hi in skip if hi > cursor)
    write_state(session, CURSOR, str(cursor))
    write_state(session, SKIP, json.dumps(live))


def load_inflight(session: Session) -> dict[str, Any] | None:
    raw = read_state(session, INFLIGHT)
    return orjson.loads(raw) if raw else None


def save_inflight(session: Session, batch: dict[str, Any] | None) -> None:
    write_state(session, INFLIGHT, orjson.dumps(batch).decode() if batch else "")
