"""USB fallback: the laptop's pending changes in a file the CCIS officer
applies on the server (`caravane-server admin import-bundle FILE`), exactly
as a network push would.  This module is the file's format, which both
sides share; the laptop writes it with `app.laptop_sync.bundle_export`.

The file holds the push batches as they would travel, signed with an
HMAC-SHA256 whose key is the SHA-256 of the device token: the laptop knows
the token, the server stores that very hash, nobody else has either.  A
changed byte is refused.  Batches carry their ids, so importing the same
bundle twice, or syncing over the network afterwards, applies nothing twice.
"""

from __future__ import annotations

import gzip
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from app.sync.errors import BundleError

FORMAT = "caravane-bundle"
VERSION = 1


@dataclass(frozen=True)
class BundleContent:
    device_id: str
    batches: list[dict[str, Any]]
    rows: int


def token_key(token: str) -> bytes:
    """The MAC key: what the server stores for the token (its SHA-256)."""
    return hashlib.sha256(token.encode()).hexdigest().encode()


def seal(content: str, key: bytes) -> dict[str, str]:
    data = content.encode()
    return {
        "format": FORMAT,
        "content": content,
        "sha256": hashlib.sha256(data).hexdigest(),
        "hmac": hmac.new(key, data, hashlib.sha256).hexdigest(),
    }


def read_bundle(raw: bytes) -> tuple[dict[str, Any], str]:
    """The sealed envelope and its content, before the MAC is checked
    (the key depends on the device named inside)."""
    try:
        envelope = json.loads(gzip.decompress(raw))
        content = envelope["content"]
        if envelope.get("format") != FORMAT or not isinstance(content, str):
            raise BundleError(params={"reason": "format"})
        if hashlib.sha256(content.encode()).hexdigest() != envelope.get("sha256"):
            raise BundleError(params={"reason": "checksum"})
        inner = json.loads(content)
    except (OSError, EOFError, ValueError, KeyError, TypeError) as exc:
        raise BundleError(params={"reason": "unreadable"}) from exc
    if not isinstance(inner, dict) or inner.get("version") != VERSION:
        raise BundleError(params={"reason": "version"})
    return envelope, content


def verify_bundle(envelope: dict[str, Any], content: str, key: bytes) -> BundleContent:
    expected = hmac.new(key, content.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, str(envelope.get("hmac", ""))):
        raise BundleError(params={"reason": "signature"})
    inner = json.loads(content)
    batches = inner.get("batches")
    if not isinstance(batches, list):
        raise BundleError(params={"reason": "format"})
    rows = sum(
        len(group.get("r", []))
        for batch in batches
        if isinstance(batch, dict)
        for group in batch.get("tables", [])
        if isinstance(group, dict)
    )
    return BundleContent(str(inner.get("device_id")), batches, rows)
