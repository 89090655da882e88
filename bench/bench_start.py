"""Start to the login window, on a 2,000-person demo (printed, not asserted).

From just before the `caravane` process is launched to the moment the
window has painted with its login page showing (`CARAVANE_STARTUP_PROBE`,
app/ui/main.py), over several runs; p50 and p95.  Offscreen, and under Xvfb
with a window manager (openbox) when they are installed — a real X server,
so the window is mapped and exposed as on a laptop.  Target: under 1.5 s.

    .venv/bin/python bench/bench_start.py [--runs 20] [--platform offscreen|xvfb|both]
    .venv/bin/python bench/bench_start.py --importtime   # what is imported before login

The demo database is built once in bench/out/start-demo2k with the real
command (`caravane demo --beneficiaries 2000`) and reused.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository, for `bench`

from bench.common import OUT, ROOT, percentile

FOLDER = OUT / "start-demo2k"
PEOPLE = 2000
TARGET_S = 1.5


def prepare(folder: Path, people: int) -> None:
    if (folder / "caravane.sqlite3").exists():
        return
    print(f"building a {people}-person demo database in {folder} …", flush=True)
    subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(folder), "demo",
         "--beneficiaries", str(people)],
        check=True, cwd=ROOT, capture_output=True,
    )


def base_env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), CARAVANE_STARTUP_PROBE="1")
    # Preferences of their own: no saved data folder or language interferes.
    env["CARAVANE_CONFIG_DIR"] = tempfile.mkdtemp(prefix="caravane-bench-start-")
    return env


def one_start(folder: Path, env: dict[str, str], *extra: str) -> float:
    """Seconds from launching the process to the login window painted."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, *extra, "-m", "app", "--data-dir", str(folder)],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    ).stdout
    fields = next(line.split() for line in out.splitlines() if line.startswith("first-paint"))
    if fields[2:] != ["login"]:
        raise SystemExit(f"the first window was not the login page: {fields}")
    return float(fields[1]) - started


@contextmanager
def x_display() -> Iterator[dict[str, str]]:
    """An Xvfb server with openbox on a free display, for the duration."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("Xvfb is not installed (apt-get install -y xvfb openbox)")
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    display = f":{number}"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manager = None
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline:
                raise SystemExit("Xvfb did not start")
            time.sleep(0.05)
        env = dict(os.environ, DISPLAY=display)
        if shutil.which("openbox"):
            manager = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            time.sleep(0.5)
        yield {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)


def measure(label: str, folder: Path, env: dict[str, str], runs: int) -> list[float]:
    one_start(folder, env)  # warm the disk cache: a laptop has started Caravane before
    times = [one_start(folder, env) for _ in range(runs)]
    p50, p95 = statistics.median(times), percentile(times, 0.95)
    verdict = "ok" if p95 < TARGET_S else "MISSED"
    print(
        f"start to login window, {label:<9} n={runs:<3} p50 {p50 * 1000:6.0f} ms   "
        f"p95 {p95 * 1000:6.0f} ms   min {min(times) * 1000:6.0f} ms   "
        f"max {max(times) * 1000:6.0f} ms   (target < {TARGET_S:g} s: {verdict})",
        flush=True,
    )
    return times


def import_profile(folder: Path, env: dict[str, str], top: int) -> None:
    """`python -X importtime` of one start: the slowest top-level imports."""
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "app", "--data-dir", str(folder)],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )
    rows: list[tuple[int, int, str]] = []  # (depth, cumulative µs, module)
    for line in run.stderr.splitlines():
        if not line.startswith("import time:") or line.count("|") != 2:
            continue
        _, spent, module = line[len("import time:"):].split("|")
        if spent.strip().isdigit():
            depth = (len(module) - len(module.lstrip()) - 1) // 2
            rows.append((depth, int(spent), module.strip()))
    total = sum(c for d, c, _ in rows if d == 0)
    print(f"imports before the login window: {total / 1000:.0f} ms in all; the slowest "
          "(cumulative, at depth 0 and 1):")
    slowest = sorted((r for r in rows if r[0] <= 1), key=lambda r: -r[1])[:top]
    for depth, cumulative, name in slowest:
        print(f"  {cumulative / 1000:7.1f} ms  {'  ' * depth}{name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--people", type=int, default=PEOPLE)
    parser.add_argument("--data-dir", type=Path, default=FOLDER)
    parser.add_argument("--platform", choices=["offscreen", "xvfb", "both"],
                        default="both" if shutil.which("Xvfb") else "offscreen")
    parser.add_argument("--importtime", action="store_true",
                        help="print the slowest imports of one start and stop")
    args = parser.parse_args()
    prepare(args.data_dir, args.people)
    env = base_env()
    if args.importtime:
        import_profile(args.data_dir, {**env, "QT_QPA_PLATFORM": "offscreen"}, top=25)
        return 0
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}; {args.people} people", flush=True)
    if args.platform in ("offscreen", "both"):
        measure("offscreen", args.data_dir, {**env, "QT_QPA_PLATFORM": "offscreen"}, args.runs)
    if args.platform in ("xvfb", "both"):
        with x_display() as display:
            measure("Xvfb", args.data_dir, {**env, **display}, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
