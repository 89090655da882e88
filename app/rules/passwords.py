"""The stored password hash: "scrypt$n$r$p$salt_hex$hash_hex", with bounded
key-derivation parameters.

The parameters travel inside the hash, so whoever writes a hash chooses
what verifying it costs: a hash with p=200 made one login take 8 s.  Every
hash is therefore parsed here, at login and when a laptop pushes one, and
refused outside these bounds before any hashing is done.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.problems import FieldError

SCHEME = "scrypt"
# What this version writes: ~50 ms on a modest laptop, 16 MiB of memory.
DEFAULT_N, DEFAULT_R, DEFAULT_P = 2**14, 8, 1
MIN_N, MAX_N = 2**10, 2**16
MAX_R, MAX_P = 16, 4
MAX_MEMORY_BLOCKS = 2**17  # n * r: 128 * n * r bytes = 16 MiB at most
MAX_MEMORY = 2 * 128 * MAX_MEMORY_BLOCKS  # what scrypt may allocate (with its own extra)
MAX_COST = 2 * DEFAULT_N * DEFAULT_R * DEFAULT_P  # n * r * p: twice today's cost
SALT_BYTES = (8, 64)
HASH_BYTES = (16, 64)
MAX_LENGTH = 200  # the column


@dataclass(frozen=True)
class ScryptHash:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        return f"{SCHEME}${self.n}${self.r}${self.p}${self.salt.hex()}${self.digest.hex()}"


def _small_int(text: str) -> int | None:
    if not text.isdigit() or len(text) > 6:
        return None
    return int(text)


def _hex(text: str, bounds: tuple[int, int]) -> bytes | None:
    if len(text) % 2 or not bounds[0] * 2 <= len(text) <= bounds[1] * 2:
        return None
    try:
        return bytes.fromhex(text)
    except ValueError:
        return None


def parse_hash(stored: str) -> ScryptHash | None:
    """The hash and its parameters, or None when malformed or out of bounds
    (then nothing may be derived from it)."""
    if not isinstance(stored, str) or len(stored) > MAX_LENGTH:
        return None
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    n, r, p = (_small_int(x) for x in parts[1:4])
    if n is None or r is None or p is None:
        return None
    if not MIN_N <= n <= MAX_N or n & (n - 1) or not 1 <= r <= MAX_R or not 1 <= p <= MAX_P:
        return None
    if n * r > MAX_MEMORY_BLOCKS or n * r * p > MAX_COST:
        return None
    salt = _hex(parts[4], SALT_BYTES)
    digest = _hex(parts[5], HASH_BYTES)
    if salt is None or digest is None:
        return None
    return ScryptHash(n, r, p, salt, digest)


def check_password_hash(value: str | None) -> FieldError | None:
    """Empty (no password yet: nobody can log in) or a bounded scrypt hash."""
    if value is None or value == "":
        return None
    if parse_hash(value) is None:
        return FieldError("password_hash", "bad_password_hash")
    return None
