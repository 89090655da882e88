"""Row identifiers: device-generated UUIDv7, and deterministic ids where two
laptops must converge on one row."""

from __future__ import annotations

import uuid

import uuid6

# Fixed namespace so that every laptop and the server derive the same ids.
CARAVANE_NAMESPACE = uuid.UUID("6f1d4c2e-8a57-4e0b-9a43-1c2b7d5e9f10")


def new_id() -> str:
    """A time-ordered UUIDv7, generated on the device (never autoincrement)."""
    return str(uuid6.uuid7())


def derived_id(kind: str, *parts: str) -> str:
    """A deterministic id from its natural key (UUIDv5 in Caravane's namespace)."""
    return str(uuid.uuid5(CARAVANE_NAMESPACE, kind + ":" + ":".join(parts)))


def attendance_id(session_id: str, beneficiary_id: str) -> str:
    """Two laptops marking the same person present converge on one row."""
    return derived_id("attendance", session_id, beneficiary_id)


def enrolment_id(session_id: str, beneficiary_id: str) -> str:
    return derived_id("enrolment", session_id, beneficiary_id)


def membership_id(enterprise_id: str, beneficiary_id: str) -> str:
    return derived_id("membership", enterprise_id, beneficiary_id)
