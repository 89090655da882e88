"""Health: answers without authentication (the laptop's "online" check)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from app.sync.wire import MIN_PROTOCOL_VERSION, PROTOCOL_VERSION

router = APIRouter()


@router.get("/health")
def health() -> dict[str, Any]:
    return {"status": "ok", "protocol": {"min": MIN_PROTOCOL_VERSION, "max": PROTOCOL_VERSION}}
