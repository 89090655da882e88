"""Request bodies under limits before any work, and the protocol version check.

A body costs the server memory and time in three steps: reading it,
inflating it (gzip) and parsing it (JSON into Python objects, ~20 times
the bytes for `[],`).  Each step is bounded before or while it runs, with
limits per endpoint (`PATH_LIMITS`):

* `RequestBodyMiddleware` refuses, from the headers alone, an encoding we
  do not speak and a declared length over the endpoint's limit;
* `read_json` (called by the routes, *after* authentication for
  `/v1/sync`) reads at most the compressed limit, inflates at most the
  inflated limit, counts `[`/`{` and `,` (upper bounds of lists, objects and
  elements; a C-speed scan) and only then lets orjson parse, off the event
  loop;
* `HeavyGate`s let only a few requests receive their bodies (6) and one
  inflate, parse and apply its body at a time per process, so attacks
  arriving together do not add up (the others wait with their bodies still
  in the socket: uvicorn stops reading a socket nobody reads).

Routes that take a body read it with `await read_json(request, LIMITS)`;
the middleware no longer inflates bodies for them.
"""

from __future__ import annotations

import asyncio
import weakref
import zlib
from dataclasses import dataclass
from typing import Any

import orjson
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from app.sync.wire import MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION
from server.api.errors import (
    SERVER_TOO_OLD_MESSAGE,
    UPDATE_MESSAGE,
    ApiError,
    error_response,
)

KB = 1024
MB = 1024 * KB


@dataclass(frozen=True)
class BodyLimits:
    compressed: int  # bytes as received
    inflated: int  # bytes of JSON once gunzipped
    containers: int  # `[` and `{` bytes: at least as many as lists and objects
    separators: int  # `,` bytes: at least as many as elements, less one per container

    def scan(self, body: bytes | bytearray) -> None:
        """Refuse a body whose parse would cost far more than its bytes."""
        if body.count(b"[") + body.count(b"{") > self.containers:
            raise ApiError(413, "too_complex", f"more than {self.containers} lists and objects")
        if body.count(b",") > self.separators:
            raise ApiError(413, "too_complex", f"more than {self.separators} values")


# A push of 5,000 people with every field filled is 3.5 MB of JSON with
# 10,003 `[` and 150,722 `,` (bench/bench_attacks.py); a batch holds at most
# MAX_PUSH_ROWS rows.  The limits leave 2.6-10 times that, and keep the worst
# body that passes them under ~70 MB once parsed (docs/sync.md, "Limits
# before work").
SYNC_LIMITS = BodyLimits(compressed=8 * MB, inflated=16 * MB, containers=100_000,
                         separators=400_000)
MAX_PUSH_ROWS = 10_000
# Anyone may call /v1/enroll: a code, an id and a name (~150 bytes).
ENROLL_LIMITS = BodyLimits(compressed=4 * KB, inflated=4 * KB, containers=256, separators=256)
# Any other path (no route of ours takes a bigger body).
OTHER_LIMITS = BodyLimits(compressed=64 * KB, inflated=64 * KB, containers=4096,
                          separators=16_384)
PATH_LIMITS = {"/v1/enroll": ENROLL_LIMITS, "/v1/sync": SYNC_LIMITS}
# Per server process: bodies being received (a slow rural upload holds one
# for seconds) and bodies being inflated, parsed and applied.
READING_AT_ONCE = 6
HEAVY_AT_ONCE = 1  # measured: 2 gained ~5 % on bench_server_load, cost ~40 MB at worst


def limits_for(path: str) -> BodyLimits:
    return PATH_LIMITS.get(path.rstrip("/") or "/", OTHER_LIMITS)


class RequestBodyMiddleware:
    """Refuses from the headers alone what no route would read: an unknown
    Content-Encoding (415) or a declared Content-Length over the path's
    limit (413), before a byte of the body is read."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        encoding = headers.get("content-encoding", "identity").lower().strip()
        if encoding not in ("gzip", "identity", ""):
            await error_response(415, "unsupported_encoding", encoding[:40])(scope, receive, send)
            return
        limits = limits_for(str(scope.get("path", "")))
        declared = headers.get("content-length")
        if declared is not None:
            try:
                length = int(declared)
            except ValueError:
                await error_response(400, "bad_length")(scope, receive, send)
                return
            if length > limits.compressed:
                await error_response(413, "too_large", f"body over {limits.compressed} bytes")(
                    scope, receive, send
                )
                return
        await self.app(scope, receive, send)


async def read_body(request: Request, limits: BodyLimits) -> bytearray:
    """The body as received, refused as soon as it passes the limit (one
    growing buffer: no second copy when the chunks are joined)."""
    body = bytearray()
    async for chunk in request.stream():
        if len(body) + len(chunk) > limits.compressed:
            raise ApiError(413, "too_large", f"body over {limits.compressed} bytes")
        body += chunk
    return body


def inflate(body: bytes | bytearray, encoding: str, limits: BodyLimits) -> bytes | bytearray:
    """Gunzip at most `limits.inflated` bytes (one more tells it is too big)."""
    if encoding.lower().strip() != "gzip":
        if len(body) > limits.inflated:
            raise ApiError(413, "too_large", f"body over {limits.inflated} bytes")
        return body
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        inflated = inflater.decompress(body, limits.inflated + 1)
    except zlib.error:
        raise ApiError(400, "bad_gzip") from None
    if len(inflated) > limits.inflated:
        raise ApiError(413, "too_large", f"inflated body over {limits.inflated} bytes")
    if not inflater.eof:
        raise ApiError(400, "bad_gzip", "truncated")
    return inflated


def parse_json(body: bytes | bytearray, encoding: str, limits: BodyLimits) -> dict[str, Any]:
    """Inflate, scan, parse: the blocking part of `read_json` (run it in a thread)."""
    text = inflate(body, encoding, limits)
    del body
    limits.scan(text)
    try:
        payload = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise ApiError(400, "bad_json", str(exc)[:80]) from None
    if not isinstance(payload, dict):
        raise ApiError(422, "bad_payload", "expected an object")
    return payload


async def read_json(request: Request, limits: BodyLimits) -> dict[str, Any]:
    """The request's JSON object, every step under `limits`, parsed off the event loop."""
    body = await read_body(request, limits)
    encoding = request.headers.get("content-encoding", "identity")
    return await run_in_threadpool(parse_json, body, encoding, limits)


class HeavyGate:
    """At most `size` heavy requests at once (one semaphore per event loop:
    tests run the same app under several loops)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore]
        self._by_loop = weakref.WeakKeyDictionary()

    def semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        found = self._by_loop.get(loop)
        if found is None:
            found = self._by_loop[loop] = asyncio.Semaphore(self.size)
        return found


class ProtocolMiddleware:
    """Every /v1 request names its protocol version; an old laptop is told
    to update (426) instead of being misunderstood."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope.get("path", "")).startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        raw = Headers(scope=scope).get(PROTOCOL_HEADER.lower())
        version: Any
        try:
            version = int(raw) if raw is not None else None
        except ValueError:
            version = None
        if version is None or version < MIN_PROTOCOL_VERSION:
            await error_response(426, "update_required", f"protocol {raw}", UPDATE_MESSAGE)(
                scope, receive, send
            )
            return
        if version > PROTOCOL_VERSION:
            await error_response(426, "server_too_old", f"protocol {raw}", SERVER_TOO_OLD_MESSAGE)(
                scope, receive, send
            )
            return
        await self.app(scope, receive, send)
