"""Pseudonymous ids for de-identified exports.

A person's pseudonym is an HMAC-SHA256 of their id under a secret key,
not a plain hash: anyone holding the real ids (an identified export, a JSON
backup, another laptop of the team) could hash them again and re-identify a
plain-hashed file, while an HMAC cannot be recomputed without the key.  The
same key gives the same pseudonym in every export, so an officer can follow
a person from one quarter's file to the next without ever seeing who it is.

The key is this laptop's own (made at its first de-identified export, kept
in `local_state`: inside the encrypted database, never synced, never
exported), or the CCIS's, handed to every laptop as a key file so that the
exports of every bus give one person the same pseudonym.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.orm import Session

from app.core.changes import Changes, Done
from app.core.errors import ValidationError
from app.models.sync_state import read_state, write_state

KEY_STATE = "exports.pseudonym_key"
KEY_BYTES = 32
MIN_KEY_BYTES = 16  # 128 bits: a key file shorter than this is refused
PREFIX = "P-"
DIGITS = 16  # hex digits kept: 64 bits, no collision in a million people


def laptop_key(*, session: Session) -> Done[bytes]:
    """This laptop's pseudonym key, made on first use.  Writing it changes
    nothing a screen shows (local_state)."""
    stored = read_state(session, KEY_STATE)
    if stored is not None:
        return Done(bytes.fromhex(stored), Changes())
    key = secrets.token_bytes(KEY_BYTES)
    write_state(session, KEY_STATE, key.hex())
    session.flush()
    return Done(key, Changes())


def key_from_file(content: bytes) -> bytes:
    """A CCIS key file: 64 hex digits (what `secrets.token_hex(32)` prints),
    or raw bytes; at least 16 bytes either way."""
    text = content.strip()
    try:
        key = bytes.fromhex(text.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        key = text
    if len(key) < MIN_KEY_BYTES:
        raise ValidationError.single("pseudonym_key", "key_too_short", min=MIN_KEY_BYTES)
    return key


def pseudonym(key: bytes, beneficiary_id: str) -> str:
    digest = hmac.new(key, beneficiary_id.encode("ascii"), hashlib.sha256).hexdigest()
    return PREFIX + digest[:DIGITS]
