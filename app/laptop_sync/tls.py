"""Transport security of sync (docs/sync.md, "TLS").

* Plain `http://` only to this machine (127.0.0.0/8, ::1, localhost), unless
  the user said so explicitly when joining (`caravane enroll --allow-http`):
  the bearer token would otherwise cross the network in clear.
* `https://` is verified the usual way (the system's and certifi's
  authorities), or, for a CCIS with a self-signed certificate, against the
  certificate pinned when joining by its SHA-256 fingerprint: the officer
  reads the fingerprint with the joining code, the laptop fetches the
  certificate, compares and keeps it, and from then on trusts that
  certificate only. A different one fails the TLS handshake, before a byte
  of HTTP (the token) is written.
"""

from __future__ import annotations

import ipaddress
import ssl
from urllib.parse import urlsplit

from app.laptop_sync.errors import OfflineError
from app.sync.errors import SyncError
from app.sync.fingerprint import certificate_fingerprint

FINGERPRINT_HEX = 64


class InsecureServer(SyncError):
    """A plain-http address that is not this machine (or not http(s) at all)."""

    code = "sync_insecure_url"


class BadFingerprint(SyncError):
    """What was typed is not a SHA-256 fingerprint (64 hexadecimal digits)."""

    code = "sync_bad_fingerprint"


class CertificateMismatch(SyncError):
    """The server's certificate is not the one whose fingerprint was given."""

    code = "sync_certificate_mismatch"


class CertificateUntrusted(SyncError):
    """The server's certificate is signed by no known authority (self-signed?)."""

    code = "sync_certificate_untrusted"


def normalize_fingerprint(text: str) -> str:
    """'SHA256:3F:2A…', '3f2a 9b1c …' -> 64 lowercase hex digits."""
    cleaned = text.strip().lower()
    for prefix in ("sha256:", "sha-256:", "sha256=", "sha256"):
        if cleaned.startswith(prefix):
            cleaned = cleaned[len(prefix):]
            break
    digits = "".join(c for c in cleaned if c not in " :-.\t")
    if len(digits) != FINGERPRINT_HEX or digits.strip("0123456789abcdef"):
        raise BadFingerprint(params={"length": len(digits)})
    return digits


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str, *, allow_http: bool = False) -> None:
    """Refuse, before any connection, an address the token must not go to."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureServer(params={"reason": "not_http"})
    if parts.scheme == "http" and not allow_http and not is_loopback(parts.hostname):
        raise InsecureServer(params={"reason": "http"})


def fetch_certificate(url: str, *, timeout: float = 10.0) -> str:
    """The certificate an https server presents (PEM), not verified: the
    caller compares it with the fingerprint it was given."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise InsecureServer(params={"reason": "pin_needs_https"})
    try:
        return ssl.get_server_certificate(
            (parts.hostname, parts.port or 443), timeout=timeout
        )
    except (OSError, ssl.SSLError) as exc:
        raise OfflineError(params={"reason": type(exc).__name__}) from exc


def pin_certificate(url: str, fingerprint: str, *, timeout: float = 10.0) -> str:
    """The server's certificate (PEM) if its fingerprint is `fingerprint`."""
    wanted = normalize_fingerprint(fingerprint)
    pem = fetch_certificate(url, timeout=timeout)
    if certificate_fingerprint(pem) != wanted:
        raise CertificateMismatch()
    return pem


def pinned_context(pem: str) -> ssl.SSLContext:
    """A client context that trusts exactly this certificate.  No host name
    check: the pin names the server (a CCIS certificate rarely carries the
    address a laptop uses on a local network)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cadata=pem)
    # The pinned certificate is the trust anchor even when it is a leaf.
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    context.verify_flags &= ~ssl.VERIFY_X509_STRICT
    return context


def tls_failure(exc: BaseException) -> ssl.SSLError | None:
    """The TLS error behind an httpx connection error, if it is one."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None
