"""What the clock bound costs (docs/sync.md, "Clock bound"): opening a
laptop database (which now brings back clocks beyond the bound), the
recovery run before every sync, and the server's check of a pushed batch.

    .venv/bin/python bench/bench_clock_bound.py [--rows 10000] [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import Database
from app.laptop_sync import clock_recovery, outbox
from app.sync.batches import decode_push
from server import clock_guard
from tests.sync_helpers import add_people


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms (min {min(samples) * 1000:.1f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp()) / "laptop"
    db = Database(folder)
    add_people(db, args.rows, "Bench", None)
    db.dispose()
    opens: list[float] = []
    for _ in range(args.runs):
        started = time.perf_counter()
        again = Database(folder)
        opens.append(time.perf_counter() - started)
        again.dispose()
    db = Database(folder)
    recoveries: list[float] = []
    for _ in range(args.runs):
        with db.session() as session:
            started = time.perf_counter()
            clock_recovery.recover(session, db.clock)
            recoveries.append(time.perf_counter() - started)
    with db.session() as session:
        batch = outbox.build_batch(session)
    assert batch is not None
    rows = decode_push(outbox.wire_batch(batch)["tables"])
    checks: list[float] = []
    for _ in range(args.runs):
        started = time.perf_counter()
        clock_guard.latest_clock(rows)
        checks.append(time.perf_counter() - started)
    db.dispose()
    print(f"open a laptop database ({args.rows} pending rows): {median_ms(opens)}")
    print(f"recover before a sync: {median_ms(recoveries)}")
    print(f"server check of a {len(rows)}-row batch: {median_ms(checks)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
