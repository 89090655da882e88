"""Pure ASGI middleware: gzip-compressed request bodies, size limits and
the protocol version check."""

from __future__ import annotations

import zlib
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.sync.wire import MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION
from server.api.errors import SERVER_TOO_OLD_MESSAGE, UPDATE_MESSAGE, error_response

MAX_BODY = 64 * 1024 * 1024  # uncompressed


class RequestBodyMiddleware:
    """Reads the body once, inflates it when Content-Encoding is gzip, and
    refuses bodies too large (also after inflation: no zip bombs)."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        encoding = headers.get("content-encoding", "identity").lower().strip()
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await error_response(413, "too_large")(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if encoding == "gzip":
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                body = inflater.decompress(body, self.max_body + 1)
            except zlib.error:
                await error_response(400, "bad_gzip")(scope, receive, send)
                return
            if len(body) > self.max_body:
                await error_response(413, "too_large")(scope, receive, send)
                return
            if not inflater.eof:
                await error_response(400, "bad_gzip", "truncated")(scope, receive, send)
                return
        elif encoding not in ("identity", ""):
            await error_response(415, "unsupported_encoding", encoding[:40])(scope, receive, send)
            return
        raw_headers = [
            (k, v)
            for k, v in scope["headers"]
            if k.lower() not in (b"content-encoding", b"content-length")
        ]
        raw_headers.append((b"content-length", str(len(body)).encode()))
        scope = dict(scope, headers=raw_headers)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


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
