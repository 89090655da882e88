"""FastAPI dependencies.  Routes (ours and the certificates router) get the
server database and one session per request from here:

    from server.api.deps import get_session
    @router.get("/x")
    def x(session: Session = Depends(get_session)) -> ...: ...

The session commits when the request handler returns without error."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.api.errors import ApiError
from server.db import ServerDatabase
from server.models import ServerDevice


def get_db(request: Request) -> ServerDatabase:
    db: ServerDatabase = request.app.state.db
    return db


def get_session(request: Request) -> Iterator[Session]:
    with get_db(request).session() as session:
        yield session


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def current_device(request: Request) -> ServerDevice:
    """The non-revoked device (a laptop that joined) presenting the bearer token."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "missing_token")
    with get_db(request).session() as session:
        device = session.scalar(
            select(ServerDevice).where(ServerDevice.token_hash == token_hash(token.strip()))
        )
        if device is None:
            raise ApiError(401, "unknown_device")
        if device.revoked_at is not None:
            raise ApiError(403, "device_revoked", message="Cet ordinateur a été révoqué.")
        session.expunge(device)
        return device
