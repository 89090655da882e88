"""Requests per client under a limit: a token bucket per client address.

Used by the public certificate page, which anyone may call: a phone that
scans a certificate makes one or two requests, a script guessing serials
makes hundreds (found: 300 guesses in 5 s).  Each client may make `burst`
requests at once, then one more every `60 / per_minute` seconds.

The buckets are this process's memory, on purpose: a limit is not data
(losing it at a restart loses nothing), and a request refused costs no
database work.  With several server processes a client may get up to one
bucket per process, still a few dozen guesses a minute.  The client is
`request.client.host`: behind a reverse proxy on the same machine, uvicorn
takes it from `X-Forwarded-For` (its `--forwarded-allow-ips`, 127.0.0.1 by
default).  IPv6 clients are counted by /64 network, the block one
subscriber gets, so rotating addresses within it does not reset the limit.
"""

from __future__ import annotations

import ipaddress
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from starlette.requests import Request


def client_key(request: Request) -> str:
    """Who is asking: the client's IPv4 address, or its IPv6 /64 network."""
    host = request.client.host if request.client else ""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host  # a name (test clients), counted as it is
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


class RateLimiter:
    """A token bucket per client; thread-safe (sync routes run in a pool)."""

    def __init__(
        self,
        *,
        burst: int,
        per_minute: float,
        max_clients: int = 20_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.burst = burst
        self.rate = per_minute / 60.0  # tokens per second
        self.max_clients = max_clients
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # tokens, when
        self._lock = threading.Lock()

    def wait(self, client: str) -> int:
        """0 and one request counted when `client` may go on; otherwise the
        whole seconds until it may (for Retry-After), nothing counted."""
        now = self.clock()
        with self._lock:
            tokens, then = self._buckets.pop(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - then) * self.rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self._buckets[client] = (tokens, now)  # most recently seen last
            while len(self._buckets) > self.max_clients:
                # The least recently seen client goes: at worst it starts
                # again with a full bucket, which the limit already allows.
                self._buckets.popitem(last=False)
        if allowed:
            return 0
        return max(1, math.ceil((1.0 - tokens) / self.rate))
