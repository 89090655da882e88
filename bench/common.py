"""Helpers shared by the benchmark scripts: timing, percentiles, demo
databases kept in bench/out/ (git-ignored) and reused between runs."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def percentile(samples: list[float], share: float) -> float:
    """Nearest-rank percentile (share in 0..1) of a non-empty list."""
    ordered = sorted(samples)
    rank = max(1, round(share * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def millis(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """`with stopwatch() as t: ...` then t[0] holds the seconds taken."""
    box: list[float] = []
    start = time.perf_counter()
    try:
        yield box
    finally:
        box.append(time.perf_counter() - start)


def line(label: str, samples_ms: list[float], target_ms: float | None = None) -> str:
    median = statistics.median(samples_ms)
    p95 = percentile(samples_ms, 0.95)
    text = (
        f"{label:<44} n={len(samples_ms):<5} median {median:8.2f} ms   p95 {p95:8.2f} ms"
        f"   max {max(samples_ms):8.2f} ms"
    )
    if target_ms is not None:
        text += f"   (target p95 < {target_ms:g} ms: {'ok' if p95 < target_ms else 'MISSED'})"
    return text


def demo_folder(name: str) -> Path:
    return OUT / name


def database_size(folder: Path) -> int:
    """Bytes on disk of the SQLite file with its WAL and shared memory."""
    return sum(p.stat().st_size for p in folder.glob("caravane.sqlite3*"))


def run_cli(folder: Path, *args: str) -> float:
    """Seconds taken by one real `caravane` command on the database in `folder`."""
    command = [sys.executable, "-m", "app", "--data-dir", str(folder), *args]
    start = time.perf_counter()
    subprocess.run(command, check=False, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def build_demo(folder: Path, beneficiaries: int, seed: int = 1) -> float:
    """Run the real command `caravane demo` into an empty folder; seconds taken."""
    folder.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable, "-m", "app", "--data-dir", str(folder),
        "demo", "--beneficiaries", str(beneficiaries), "--seed", str(seed),
    ]
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start
