"""Hostile bodies against a real server (printed, not asserted): gzip bombs,
deep nesting and element floods, with and without authentication, one and
three at once; the server's peak memory and /health latency during each,
next to its idle memory; then legitimate traffic (a 5,000-row push of
people with every field filled, and its pull) through the same limits.

    .venv/bin/python bench/bench_attacks.py [--backend sqlite|postgres] [--only NAME,...]

Each attack gets a fresh `caravane-server` subprocess (`python -m
server.cli --database-url ... --port ...`), so one attack's memory does not
hide the next one's.  Memory is the resident set summed over the server's
process tree, sampled every 10 ms; /health is asked every 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
import orjson
import psutil
from sqlalchemy import select

from app.db import Database
from app.laptop_sync import client, outbox
from app.models import Beneficiary, Commune
from app.models.sync_state import read_state
from app.sync.wire import PROTOCOL_HEADER, PROTOCOL_VERSION
from server import admin
from server.db import ServerDatabase
from tests.sync_helpers import BACKENDS, ServerProcess, database_url, new_team

MB = 1024 * 1024
BOMB_INFLATED = 63 * MB  # the figure of the finding


def gzip_stream(unit: bytes, total: int, head: bytes = b"", tail: bytes = b"") -> bytes:
    """gzip of head + unit repeated to `total` bytes + tail, built in pieces."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    out = [compressor.compress(head)]
    block = unit * (MB // len(unit))
    written = 0
    while written + len(block) <= total:
        out.append(compressor.compress(block))
        written += len(block)
    out.append(compressor.compress(unit * ((total - written) // len(unit))))
    out.append(compressor.compress(tail))
    out.append(compressor.flush())
    return b"".join(out)


def list_bomb(size: int = BOMB_INFLATED) -> bytes:
    """~64 KB of gzip that inflates to 63 MB of `[],` (21 million empty lists)."""
    return gzip_stream(b"[],", size, b'{"cursor": 0, "batch": {"id": "x", "tables": [', b"[]]}}")


def deep_bomb(depth: int = 10 * MB) -> bytes:
    """`[` `depth` times then `]` as many: nesting ten million deep."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return compressor.compress(b"[" * depth) + compressor.compress(b"]" * depth) + compressor.flush()


def string_flood(size: int = BOMB_INFLATED) -> bytes:
    """Two-letter strings: no container, ~12 times their bytes once parsed."""
    return gzip_stream(b'"ab",', size, b'{"cursor": 0, "skip": [', b'"ab"]}')


def worst_passing() -> bytes:
    """The costliest body the limits let orjson parse: as many values as
    allowed, each a string, up to the inflated limit (then refused as a
    bad payload)."""
    from server.api.middleware import SYNC_LIMITS

    count = SYNC_LIMITS.separators - 10
    width = SYNC_LIMITS.inflated // count - 4
    unit = b'"' + b"x" * width + b'",'
    return gzip_stream(unit, count * len(unit), b'{"cursor": 0, "skip": [', b'"x"]}')


@dataclass
class Probe:
    """Samples the server tree's memory and /health latency in the background."""

    pid: int
    url: str
    rss: list[int] = field(default_factory=list)
    health_ms: list[float] = field(default_factory=list)
    health_failed: int = 0
    stop: threading.Event = field(default_factory=threading.Event)

    def tree_rss(self) -> int:
        try:
            root = psutil.Process(self.pid)
            total: int = root.memory_info().rss
            for child in root.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.NoSuchProcess:
                    pass
            return total
        except psutil.NoSuchProcess:
            return 0

    def _memory(self) -> None:
        while not self.stop.is_set():
            self.rss.append(self.tree_rss())
            time.sleep(0.01)

    def _health(self) -> None:
        with httpx.Client(timeout=30) as http:
            while not self.stop.is_set():
                started = time.perf_counter()
                try:
                    ok = http.get(self.url + "/health").status_code == 200
                except httpx.HTTPError:
                    ok = False
                if ok:
                    self.health_ms.append((time.perf_counter() - started) * 1000)
                else:
                    self.health_failed += 1
                time.sleep(0.05)

    def __enter__(self) -> Probe:
        self.threads = [threading.Thread(target=t, daemon=True) for t in (self._memory, self._health)]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        time.sleep(0.2)  # a last sample after the answer
        self.stop.set()
        for thread in self.threads:
            thread.join(60)


def post(url: str, path: str, body: bytes, token: str | None, *, gz: bool = True) -> str:
    headers = {"Content-Type": "application/json", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    if gz:
        headers["Content-Encoding"] = "gzip"
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        answer = httpx.post(url + path, content=body, headers=headers, timeout=120)
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}"
    try:
        reason = answer.json()
        text = f"{reason.get('error', 'ok')} {reason.get('reason', '')}".strip()
    except ValueError:
        text = answer.text[:40]
    return f"{answer.status_code} {text}"


@dataclass
class Outcome:
    name: str
    answers: list[str]
    idle_mb: float
    peak_mb: float
    health_p50: float
    health_max: float
    health_failed: int
    seconds: float


def enrolled_token(setup: ServerDatabase, url: str, folder: Path) -> str:
    team = new_team(setup)
    db = Database(folder / f"laptop-{uuid.uuid4().hex[:6]}")
    client.join_server(db, url, admin.enroll_code(setup, team=team)[0])
    with db.session() as session:
        token = read_state(session, "sync.token")
    db.dispose()
    assert token
    return token


def attack(
    name: str, backend_url: str, folder: Path, make: Callable[[str, str], list[Callable[[], str]]]
) -> Outcome:
    setup = ServerDatabase(backend_url)
    process = ServerProcess(backend_url).start()
    try:
        token = enrolled_token(setup, process.url, folder)
        assert process.process is not None
        probe = Probe(process.process.pid, process.url)
        time.sleep(0.5)
        idle = probe.tree_rss()
        calls = make(process.url, token)
        answers: list[str] = [""] * len(calls)

        def run(index: int) -> None:
            answers[index] = calls[index]()

        started = time.perf_counter()
        with probe:
            threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(300)
        seconds = time.perf_counter() - started
        health = probe.health_ms or [float("nan")]
        return Outcome(
            name, answers, idle / MB, max(probe.rss or [0]) / MB,
            statistics.median(health), max(health), probe.health_failed, seconds,
        )
    finally:
        process.kill()
        setup.dispose()


def legit(backend_url: str, folder: Path, rows: int) -> tuple[Outcome, int, int, Outcome]:
    """A push of `rows` people with every field filled, then its pull."""
    setup = ServerDatabase(backend_url)
    process = ServerProcess(backend_url).start()
    try:
        team = new_team(setup)
        a = Database(folder / "legit-a")
        b = Database(folder / "legit-b")
        for db in (a, b):
            client.join_server(db, process.url, admin.enroll_code(setup, team=team)[0])
            client.sync(db)
        user = admin.add_user(setup, team=team, name="Formatrice", role="trainer", password="x" * 12)
        fill_full(a, team, rows, user.id)
        with a.session() as session:
            batch = outbox.build_batch(session)
            assert batch is not None
            raw = orjson.dumps(outbox.wire_batch(batch))
            session.rollback()
        inflated, compressed = len(raw), len(gzip.compress(raw, 6))
        outcomes = []
        for label, db in ((f"legit push of {rows} full people", a),
                          (f"legit pull of {rows} full people", b)):
            assert process.process is not None
            probe = Probe(process.process.pid, process.url)
            idle = probe.tree_rss()
            started = time.perf_counter()
            with probe:
                try:
                    report = client.sync(db)
                    answer = f"pushed {report.pushed} pulled {report.pulled}"
                except Exception as exc:  # noqa: BLE001 - printed as the outcome
                    answer = f"FAILED {type(exc).__name__} {getattr(exc, 'params', '')}"
            health = probe.health_ms or [float("nan")]
            outcomes.append(Outcome(
                label, [answer], idle / MB, max(probe.rss or [0]) / MB,
                statistics.median(health), max(health), probe.health_failed,
                time.perf_counter() - started,
            ))
        a.dispose()
        b.dispose()
        return outcomes[0], inflated, compressed, outcomes[1]
    finally:
        process.kill()
        setup.dispose()


NOTES = (
    "Porteuse de projet motivée, a déjà une clientèle au souk hebdomadaire ; "
    "besoin d'un accompagnement sur la comptabilité simple et les prix de revient. "
    "Rappeler après la récolte. Intéressée par la coopérative des femmes du douar, "
    "a demandé des informations sur Intelaka et sur l'auto-entrepreneur (CNSS, impôts). "
)


def fill_full(db: Database, team_id: str, rows: int, user_id: str) -> None:
    """People with every synced field filled, as long as a careful trainer writes them."""
    rng = random.Random(rows)
    with db.session() as session:
        communes = list(session.scalars(select(Commune.code).where(Commune.region_code == "01")))
        people = []
        for n in range(rows):
            birth = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(15000))
            people.append(Beneficiary(
                team_id=team_id,
                first_name=f"Fatima-Zahra {n}", last_name=f"El Ouazzani Bennani {n % 97}",
                name_ar="فاطمة الزهراء الوزاني بناني",
                sex=rng.choice("FM"), birth_date=birth, birth_year=birth.year,
                cin=f"{rng.choice('KLABGH')}{rng.randrange(100000, 999999)}",
                phone=f"+2126{rng.randrange(10**7, 10**8)}",
                commune_code=rng.choice(communes),
                douar=f"Douar Aït Ben Haddou n° {n % 40}",
                education_level="secondary", status="cooperative", sector="agrifood",
                project_stage="pre_creation", prior_support=["indh", "intelaka", "anapec"],
                registered_on=dt.date(2026, 3, 3), registered_by=user_id,
                notes=NOTES[: 200 + n % 150],
            ))
        session.add_all(people)


def print_outcome(outcome: Outcome) -> None:
    answers = ", ".join(sorted(set(outcome.answers)))
    print(
        f"{outcome.name:<44} idle {outcome.idle_mb:6.0f} MB  peak {outcome.peak_mb:7.0f} MB  "
        f"/health p50 {outcome.health_p50:7.1f} ms max {outcome.health_max:7.1f} ms"
        f"{f' ({outcome.health_failed} failed)' if outcome.health_failed else ''}  "
        f"{outcome.seconds:5.1f} s  -> {answers}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backend", default="sqlite", choices=BACKENDS)
    parser.add_argument("--only", default="", help="comma-separated attack names")
    parser.add_argument("--rows", type=int, default=5000, help="rows of the legitimate push")
    args = parser.parse_args()
    bombs = {
        "list": list_bomb(),
        "deep": deep_bomb(),
        "strings": string_flood(),
        "list-15": list_bomb(15 * MB),
        "deep-7": deep_bomb(7 * MB),
        "strings-15": string_flood(15 * MB),
        "worst": worst_passing(),
        "plain-8": b'{"cursor": 0, "skip": "' + b"x" * (8 * MB - 40) + b'"}',
    }
    for name, body in bombs.items():
        print(f"{name} body: {len(body) / 1024:.0f} KB as sent")

    def one(path: str, body: str, auth: bool = True) -> Callable[[str, str], list[Callable[[], str]]]:
        return lambda url, token: [lambda: post(url, path, bombs[body], token if auth else None)]

    def three(path: str, body: str, auth: bool = True) -> Callable[[str, str], list[Callable[[], str]]]:
        return lambda url, token: [
            lambda: post(url, path, bombs[body], token if auth else None) for _ in range(3)
        ]

    attacks: dict[str, Callable[[str, str], list[Callable[[], str]]]] = {
        "sync-bomb": one("/v1/sync", "list"),
        "enroll-bomb": one("/v1/enroll", "list", auth=False),
        "sync-bomb-no-token": one("/v1/sync", "list", auth=False),
        "three-sync-bombs": three("/v1/sync", "list"),
        "three-enroll-bombs": three("/v1/enroll", "list", auth=False),
        "deep-nesting": one("/v1/sync", "deep"),
        "string-flood": one("/v1/sync", "strings"),
        "list-bomb-15MB": one("/v1/sync", "list-15"),
        "deep-nesting-7M": one("/v1/sync", "deep-7"),
        "string-flood-15MB": one("/v1/sync", "strings-15"),
        "worst-passing": one("/v1/sync", "worst"),
        "three-worst-passing": three("/v1/sync", "worst"),
        "everything-at-once": lambda url, token: [
            *three("/v1/sync", "list")(url, token),
            *three("/v1/enroll", "list", auth=False)(url, token),
            *three("/v1/sync", "worst")(url, token),
            *[lambda: post(url, "/v1/sync", bombs["plain-8"], token, gz=False) for _ in range(10)],
        ],
    }
    chosen = [n for n in args.only.split(",") if n] or [*attacks, "legit"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in chosen:
            with database_url(args.backend, folder / f"server-{name}") as url:
                if name == "legit":
                    push, inflated, compressed, pull = legit(url, folder, args.rows)
                    print(f"legit batch of {args.rows} full people: {inflated / MB:.2f} MB JSON, "
                          f"{compressed / MB:.2f} MB gzip ({inflated / args.rows:.0f} B/row)")
                    print_outcome(push)
                    print_outcome(pull)
                else:
                    print_outcome(attack(name, url, folder, attacks[name]))


if __name__ == "__main__":
    main()
