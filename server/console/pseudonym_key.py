"""The server's pseudonym key, for the console's de-identified exports.

A laptop keeps its key in `local_state`, which the server has not; the
server keeps its own in `server_secret` (32 random bytes, made at the first
de-identified export), so every worker process, on every machine, gives a
person the same pseudonym, export after export.  A database backup carries
it: guard the backups as the data they hold."""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.services.exports import pseudonyms
from server.models import ServerSecret

NAME = "pseudonym_key"


def server_key(session: Session, *, now: dt.datetime) -> bytes:
    """The key, made on first use (two workers racing: the first one wins)."""
    stored = session.get(ServerSecret, NAME)
    if stored is None:
        try:
            with session.begin_nested():
                session.add(ServerSecret(name=NAME, value=secrets.token_hex(pseudonyms.KEY_BYTES),
                                         created_at=now))
        except IntegrityError:
            pass  # another worker made it at the same moment: use theirs
        stored = session.get(ServerSecret, NAME, populate_existing=True)
        assert stored is not None
    return bytes.fromhex(stored.value)
