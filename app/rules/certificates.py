"""A certificate of participation as both sides read it: where it is
verified (the laptop prints the address in its QR code, the server serves
the page there) and what its support record's description holds (the
modules it covers, by code, and a tag naming the training).

The description is "Attestation de participation : AE-STATUT, BUSINESS-PLAN
[training:0123abcd...]": the codes let the server show the modules' titles
(never the codes) on the verification page; the tag lets the laptop find
the certificate of the same training again to re-print it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The server's verification page; the QR code of a laptop that joined the
# server carries `{server_url}/certificates/{serial}`.
VERIFY_ROUTE = "/certificates/{serial}"

_PREFIX = "Attestation de participation : "
TRAINING_TAG = "[training:{key}]"
_TAG = re.compile(r"\s*\[training:[0-9a-f]+\]\s*$")
_SERIAL_NOISE = re.compile(r"[^A-Z0-9-]")


def normalize_serial(raw: str) -> str:
    """A serial as typed or scanned: upper case, spaces and stray characters
    dropped ("crv-2026-aaaaa-bbbbb " is CRV-2026-AAAAA-BBBBB)."""
    return _SERIAL_NOISE.sub("", raw.strip().upper())


def verification_url(server_url: str | None, serial: str) -> str | None:
    """The page a phone opens from the QR code; None before the laptop has
    joined a server (there is no address to give)."""
    if not server_url:
        return None
    return server_url.rstrip("/") + VERIFY_ROUTE.format(serial=serial)


def describe(module_codes: Iterable[str], key: str) -> str:
    """The description of the support record a certificate is issued as."""
    return _PREFIX + ", ".join(module_codes) + " " + TRAINING_TAG.format(key=key)


def without_tag(description: str) -> str:
    """The description as a person may read it (the training tag dropped)."""
    return _TAG.sub("", description)


def module_codes(description: str) -> list[str]:
    """The codes of the modules a certificate covers, from its description
    (none when the description is not one a certificate was issued with)."""
    text = without_tag(description)
    if not text.startswith(_PREFIX):
        return []
    return [code.strip() for code in text.removeprefix(_PREFIX).split(",") if code.strip()]
