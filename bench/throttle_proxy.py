"""A small asyncio TCP proxy that simulates a rural 3G link: limited
bandwidth each way and a round-trip delay.  Used by bench_sync.py.

    python bench/throttle_proxy.py --target 127.0.0.1:8765 --listen 8766 \
        --up-kbit 250 --down-kbit 750 --rtt-ms 300
"""

from __future__ import annotations

import argparse
import asyncio
import threading
import time


class Link:
    """One direction: bytes leave at `kbit` per second and arrive `delay` later."""

    def __init__(self, kbit: float, delay: float) -> None:
        self.rate = kbit * 1000 / 8  # bytes per second
        self.delay = delay
        self.free_at = 0.0
        self.bytes = 0

    async def pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                due, data = await queue.get()
                if not data:
                    break
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()
            writer.close()

        task = asyncio.create_task(deliver())
        try:
            while True:
                data = await reader.read(1460)
                if not data:
                    break
                self.bytes += len(data)
                now = time.monotonic()
                self.free_at = max(now, self.free_at) + len(data) / self.rate
                await queue.put((self.free_at + self.delay, data))
        except (ConnectionError, OSError):
            pass
        await queue.put((0.0, b""))
        try:
            await task
        except (ConnectionError, OSError):
            pass


class ThrottleProxy:
    def __init__(self, target_host: str, target_port: int, *, up_kbit: float, down_kbit: float,
                 rtt_ms: float, listen_port: int = 0) -> None:
        self.target = (target_host, target_port)
        self.up = Link(up_kbit, rtt_ms / 2000)
        self.down = Link(down_kbit, rtt_ms / 2000)
        self.listen_port = listen_port
        self.port = 0

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # Opening the upstream connection costs one round trip, like TCP's handshake.
        await asyncio.sleep(self.up.delay + self.down.delay)
        up_reader, up_writer = await asyncio.open_connection(*self.target)
        await asyncio.gather(self.up.pump(reader, up_writer), self.down.pump(up_reader, writer))

    async def serve(self, ready: threading.Event | None = None) -> None:
        server = await asyncio.start_server(self._handle, "127.0.0.1", self.listen_port)
        self.port = server.sockets[0].getsockname()[1]
        if ready is not None:
            ready.set()
        async with server:
            await server.serve_forever()

    def start_in_thread(self) -> ThrottleProxy:
        ready = threading.Event()
        thread = threading.Thread(target=lambda: asyncio.run(self.serve(ready)), daemon=True)
        thread.start()
        ready.wait(10)
        return self


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--target", required=True, help="host:port of the server")
    parser.add_argument("--listen", type=int, default=8766)
    parser.add_argument("--up-kbit", type=float, default=250)
    parser.add_argument("--down-kbit", type=float, default=750)
    parser.add_argument("--rtt-ms", type=float, default=300)
    args = parser.parse_args()
    host, port = args.target.rsplit(":", 1)
    proxy = ThrottleProxy(host, int(port), up_kbit=args.up_kbit, down_kbit=args.down_kbit,
                          rtt_ms=args.rtt_ms, listen_port=args.listen)
    asyncio.run(proxy.serve())


if __name__ == "__main__":
    main()
