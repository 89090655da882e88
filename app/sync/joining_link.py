"""The joining link's writer, shared: the CCIS console (server) writes it,
the laptop (`app.laptop_sync.joining.parse_joining_link`) reads it.

    caravane://join?url=https%3A%2F%2Fccis.example.ma%3A8443&code=ABCD-EFGH-JKMN&fp=3f2a…

`fp`, the SHA-256 fingerprint of a self-signed certificate, is optional."""

from __future__ import annotations

from urllib.parse import urlencode

JOINING_SCHEME = "caravane"
JOIN_PATH = "join"


def joining_link(server_url: str, code: str, fingerprint: str | None = None) -> str:
    """The `caravane://join?…` text for these three values (a fingerprint
    typed in groups, '3F2A 9B1C …' or '3F:2A:…', is written as 64 lowercase
    hex digits; the reader checks it)."""
    query = {"url": server_url.rstrip("/"), "code": code}
    if fingerprint:
        query["fp"] = "".join(c for c in fingerprint.lower() if c not in " :-.\t")
    return f"{JOINING_SCHEME}://{JOIN_PATH}?{urlencode(query)}"
