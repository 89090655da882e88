"""Health: answers without authentication (the laptop's "online" check).

An `async` route: it answers on the event loop itself, never queued behind
the worker threads that parse and apply big pushes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from app.sync.wire import MIN_PROTOCOL_VERSION, PROTOCOL_VERSION

router = APIRouter()


@router.get("/health")
async def health() -> dict[str, Any]:
    return {"status": "ok", "protocol": {"min": MIN_PROTOCOL_VERSION, "max": PROTOCOL_VERSION}}
