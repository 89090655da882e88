"""The SHA-256 fingerprint of the server's certificate: the server's
command line prints it (`caravane-server admin enroll-code --tls-cert`), the
officer reads it out with the joining code, and the laptop pins the
certificate whose fingerprint it is (`app.laptop_sync.tls`)."""

from __future__ import annotations

import hashlib
import ssl


def show_fingerprint(digits: str) -> str:
    """Groups of four, easy to read over the phone: '3F2A 9B1C …'."""
    upper = digits.upper()
    return " ".join(upper[i : i + 4] for i in range(0, len(upper), 4))


def certificate_fingerprint(pem: str) -> str:
    """SHA-256 of the first certificate of a PEM text (the server's own)."""
    start = pem.index("-----BEGIN CERTIFICATE-----")
    end = pem.index("-----END CERTIFICATE-----", start) + len("-----END CERTIFICATE-----")
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem[start:end])).hexdigest()
