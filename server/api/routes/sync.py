"""A laptop joining (`/v1/enroll`) and the sync round trip (push a batch, pull a page).

Bodies are read here, not by the middleware, so that `/v1/sync` checks the
bearer token (the `current_device` dependency) before a byte of its body
is read, and both routes parse under their limits off the event loop
(`server.api.middleware.read_json`)."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy.exc import DataError, IntegrityError
from starlette.concurrency import run_in_threadpool

from app.sync.batches import decode_push
from app.sync.gcpause import collection_paused
from app.sync.wire import PROTOCOL_VERSION, WireError, check_id
from server import clock_guard, joining
from server.api.deps import current_device, get_db
from server.api.errors import ApiError
from server.api.middleware import (
    ENROLL_LIMITS,
    HEAVY_AT_ONCE,
    MAX_PUSH_ROWS,
    READING_AT_ONCE,
    SYNC_LIMITS,
    HeavyGate,
    parse_json,
    read_body,
    read_json,
)
from server.db import ServerDatabase, utcnow
from server.models import ServerDevice
from server.sync_service import MAX_SKIP_RANGES, PAGE_LIMIT, apply_push, pull_page

router = APIRouter(prefix="/v1")
DatabaseDep = Annotated[ServerDatabase, Depends(get_db)]

BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
}


READING = HeavyGate(READING_AT_ONCE)
HEAVY = HeavyGate(HEAVY_AT_ONCE)


def _int(value: Any, name: str, *, low: int = 0, high: int = 2**62) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ApiError(422, "bad_payload", name)
    return value


def _skip(raw: Any) -> list[tuple[int, int]]:
    if raw is None:
        return []
    if not isinstance(raw, list) or len(raw) > MAX_SKIP_RANGES:
        raise ApiError(422, "bad_payload", "skip")
    ranges = []
    for entry in raw:
        if not isinstance(entry, list) or len(entry) != 2:
            raise ApiError(422, "bad_payload", "skip")
        lo, hi = _int(entry[0], "skip"), _int(entry[1], "skip")
        ranges.append((lo, hi))
    return ranges


def _dump(payload: dict[str, Any]) -> Response:
    return Response(orjson.dumps(payload), media_type="application/json")


@router.post("/enroll", openapi_extra=BODY_DOC)
async def enroll_route(request: Request, db: DatabaseDep) -> Response:
    payload = await read_json(request, ENROLL_LIMITS)
    code = payload.get("code")
    name = payload.get("device_name", "")
    if not isinstance(code, str) or not 1 <= len(code) <= 64:
        raise ApiError(422, "bad_payload", "code")
    if not isinstance(name, str) or len(name) > 120:
        raise ApiError(422, "bad_payload", "device_name")
    try:
        device_id = check_id(payload.get("device_id"))
    except WireError:
        raise ApiError(422, "bad_payload", "device_id") from None

    def work() -> joining.Joined:
        with db.session() as session:
            return joining.join(session, code=code, device_id=device_id, device_name=name)

    done = await run_in_threadpool(work)
    return _dump(
        {
            "protocol": PROTOCOL_VERSION,
            "token": done.token,
            "team_id": done.team_id,
            "team_name": done.team_name,
            "users": done.users,
        }
    )


def sync_round(db: ServerDatabase, device_id: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Apply the pushed batch (if any), then serve the next page."""
    cursor = _int(payload.get("cursor", 0), "cursor")
    skip = _skip(payload.get("skip"))
    limit = _int(payload.get("limit", PAGE_LIMIT), "limit", low=1, high=PAGE_LIMIT)
    batch = payload.get("batch")
    ack: dict[str, Any] | None = None
    if batch is not None:
        if not isinstance(batch, dict):
            raise ApiError(422, "bad_payload", "batch")
        batch_id = batch.get("id")
        if not isinstance(batch_id, str) or not 1 <= len(batch_id) <= 64:
            raise ApiError(422, "bad_payload", "batch.id")
        try:
            rows = decode_push(batch.get("tables"))
        except WireError as exc:
            raise ApiError(422, "bad_payload", str(exc)[:200]) from None
        try:
            with db.session() as session:
                device = session.get(ServerDevice, device_id, with_for_update=True)
                if device is None or device.revoked_at is not None:
                    raise ApiError(403, "device_revoked")
                clock_guard.check_push(session, device_id=device.id, batch_id=batch_id, rows=rows)
                outcome = apply_push(
                    session, device=device, batch_id=batch_id, rows=rows, cursor=cursor, skip=skip
                )
                device.last_sync_at = utcnow()
        except (IntegrityError, DataError) as exc:
            # A value the database refuses (e.g. an unknown commune code).
            raise ApiError(422, "refused_by_database", type(exc.orig).__name__) from None
        ack = outcome.as_json()
        if outcome.first_seq is not None and not outcome.duplicate:
            assert outcome.last_seq is not None
            skip.append((outcome.first_seq, outcome.last_seq))
    with db.session() as session:
        device = session.get(ServerDevice, device_id)
        assert device is not None
        page = pull_page(session, team_id=device.team_id, cursor=cursor, skip=skip, limit=limit)
        if ack is None:
            device.last_sync_at = utcnow()
    return {
        "protocol": PROTOCOL_VERSION,
        "server_time": clock_guard.server_millis(),  # the laptop's reference (clock bound)
        "ack": ack,
        "pull": {"rows": page.groups, "cursor": page.cursor, "more": page.more},
    }


def _count_rows(payload: dict[str, Any]) -> None:
    """Refuse an oversized batch before decoding a single row of it."""
    batch = payload.get("batch")
    tables = batch.get("tables") if isinstance(batch, dict) else None
    if not isinstance(tables, list):
        return  # decode_push says what is wrong with it
    rows = sum(len(g["r"]) for g in tables if isinstance(g, dict) and isinstance(g.get("r"), list))
    if rows > MAX_PUSH_ROWS:
        raise ApiError(413, "too_many_rows", f"more than {MAX_PUSH_ROWS} rows in one batch")


def _sync_answer(
    db: ServerDatabase, device_id: str, body: bytes | bytearray, encoding: str
) -> bytes:
    """Everything heavy of one round trip, in a worker thread."""
    with collection_paused():  # decoding, merging and encoding thousands of rows
        payload = parse_json(body, encoding, SYNC_LIMITS)
        del body
        _count_rows(payload)
        return orjson.dumps(sync_round(db, device_id, payload))


@router.post("/sync", openapi_extra=BODY_DOC)
async def sync_route(
    request: Request,
    device: Annotated[ServerDevice, Depends(current_device)],
    db: DatabaseDep,
) -> Response:
    # The token was checked (dependency) before we get here; only then is
    # the body read, by a few requests at a time, and parsed by fewer.
    async with READING.semaphore():
        body = await read_body(request, SYNC_LIMITS)
        encoding = request.headers.get("content-encoding", "identity")
        async with HEAVY.semaphore():
            answer = await run_in_threadpool(_sync_answer, db, device.id, body, encoding)
    return Response(answer, media_type="application/json")
