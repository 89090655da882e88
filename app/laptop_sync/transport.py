"""HTTP for sync: JSON bodies gzip-compressed both ways, the protocol
version on every request, server answers turned into `SyncError`s; the
address checked and the certificate verified (or pinned) before the token
leaves the laptop (`app.laptop_sync.tls`)."""

from __future__ import annotations

import functools
import gzip
import os
import ssl
from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from app.laptop_sync.errors import NetworkError, OfflineError, ServerError, from_answer
from app.laptop_sync.tls import (
    CertificateMismatch,
    CertificateUntrusted,
    check_url,
    pinned_context,
    tls_failure,
)
from app.sync.errors import SyncError
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


def verify_for(tls_cert: str | None) -> ssl.SSLContext:
    """httpx's `verify`: the pinned certificate only, or the usual authorities
    (which `SSL_CERT_FILE` / `SSL_CERT_DIR` may name, as httpx allows)."""
    return _context(tls_cert, os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.lru_cache(maxsize=8)
def _context(tls_cert: str | None, cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    # One context per process and trust setting: loading the authorities
    # took ~50 ms, paid by every sync (a third of a small sync's time).
    return pinned_context(tls_cert) if tls_cert else httpx.create_ssl_context()


def _header_bytes(headers: httpx.Headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.raw)


def unreachable(exc: httpx.TransportError, *, pinned: bool) -> SyncError:
    """The error for a request that got no answer: a refused certificate is
    said as such (never "offline"), the rest is the network's."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
        failure = tls_failure(exc)
        if isinstance(failure, ssl.SSLCertVerificationError):
            error = CertificateMismatch if pinned else CertificateUntrusted
            return error(params={"reason": str(failure.verify_message)[:80]})
        return OfflineError(params={"reason": type(exc).__name__})
    return NetworkError(params={"reason": type(exc).__name__})


class SyncTransport:
    """One HTTP client for one sync run (never shared across threads).

    `tls_cert` is the certificate pinned when joining (PEM): when given,
    the server must present exactly it.  A plain-http address that is not
    this machine is refused unless `allow_http`.  A `client` passed in is
    used as is (tests); the address is checked all the same."""

    def __init__(
        self,
        server_url: str,
        *,
        token: str | None = None,
        client: httpx.Client | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        tls_cert: str | None = None,
        allow_http: bool = False,
    ) -> None:
        self.base = server_url.rstrip("/")
        check_url(self.base, allow_http=allow_http)
        self.token = token
        self.pinned = tls_cert is not None
        self._own = client is None
        self.client = client or httpx.Client(timeout=timeout, verify=verify_for(tls_cert))
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
        except httpx.TransportError as exc:
            raise unreachable(exc, pinned=self.pinned) from exc
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
        except httpx.TransportError as exc:
            raise unreachable(exc, pinned=self.pinned) from exc
