"""HTTP for sync: JSON bodies gzip-compressed both ways, the protocol
version on every request, server answers turned into `SyncError`s."""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from app.sync.errors import NetworkError, OfflineError, ServerError, from_answer
from app.sync.gcpause import collection_paused
from app.sync.wire import PROTOCOL_HEADER, PROTOCOL_VERSION

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
GZIP_LEVEL = 6


@dataclass
class Traffic:
    """What went over the wire (bodies as sent, compressed, plus headers)."""

    requests: int = 0
    bytes_up: int = 0
    bytes_down: int = 0


def _header_bytes(headers: httpx.Headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.raw)


class SyncTransport:
    """One HTTP client for one sync run (never shared across threads)."""

    def __init__(
        self,
        server_url: str,
        *,
        token: str | None = None,
        client: httpx.Client | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    ) -> None:
        self.base = server_url.rstrip("/")
        self.token = token
        self._own = client is None
        self.client = client or httpx.Client(timeout=timeout)
        self.traffic = Traffic()

    def close(self) -> None:
        if self._own:
            self.client.close()

    def __enter__(self) -> SyncTransport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        raw = orjson.dumps(payload)
        body = gzip.compress(raw, compresslevel=GZIP_LEVEL)
        headers = {
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
            "Accept-Encoding": "gzip",
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
        }
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = self.client.post(self.base + path, content=body, headers=headers)
            content = response.read()
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise OfflineError(params={"reason": type(exc).__name__}) from exc
        except httpx.TransportError as exc:
            raise NetworkError(params={"reason": type(exc).__name__}) from exc
        self.traffic.requests += 1
        self.traffic.bytes_up += len(body) + _header_bytes(response.request.headers) + 40
        self.traffic.bytes_down += response.num_bytes_downloaded + _header_bytes(response.headers)
        try:
            with collection_paused():  # a pulled page is thousands of lists and dicts
                answer = orjson.loads(content) if content else {}
        except orjson.JSONDecodeError as exc:
            raise ServerError(params={"status": response.status_code}) from exc
        if not isinstance(answer, dict):
            raise ServerError(params={"status": response.status_code})
        if response.status_code >= 400:
            raise from_answer(response.status_code, answer)
        return answer

    def get(self, path: str) -> httpx.Response:
        try:
            return self.client.get(self.base + path, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)})
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise OfflineError(params={"reason": type(exc).__name__}) from exc
        except httpx.TransportError as exc:
            raise NetworkError(params={"reason": type(exc).__name__}) from exc
