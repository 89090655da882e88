"""The laptop's sync client: `join_server` once (`caravane enroll`), then `sync` whenever the server
answers.  Qt-free; the desktop app calls `sync` from its worker thread (it
opens its own sessions and HTTP client, see docs/sync.md).

One round trip carries a push batch (if any) and asks for a pull page, so a
sync with nothing to do is exactly one request.  Every answer is applied in
one local transaction: the acknowledgement of the batch, the rows of the
page and the new cursor commit together, so a cut link or a killed process
resumes where it stopped.
"""

from __future__ import annotations

import datetime as dt
import functools
import socket
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

import httpx
from sqlalchemy.exc import DBAPIError

from app.core.clock import node_from_device_id
from app.core.stamping import ClockedSessions
from app.laptop_sync import clock_recovery, config, joining, outbox, refusals
from app.laptop_sync.apply import apply_rows
from app.laptop_sync.errors import (
    BatchReused,
    BatchTooLarge,
    ClockAhead,
    DeviceRevoked,
    DeviceTaken,
    JoiningInterrupted,
    NetworkError,
    NotJoined,
    ServerError,
    SyncCancelled,
)
from app.laptop_sync.tls import check_url, pin_certificate
from app.laptop_sync.transport import SyncTransport, Traffic
from app.models.ids import new_id
from app.models.sync_state import write_state
from app.sync.batches import decode_full
from app.sync.errors import storage_error
from app.sync.gcpause import collection_paused
from app.sync.wire import WireError

P = ParamSpec("P")
R = TypeVar("R")
Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]
# Pushes refused for their clocks and re-stamped in one sync, at most (a
# second refusal means edits are still being stamped with a wrong clock).
MAX_CLOCK_RETRIES = 2


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    pulled: int
    conflicts: int
    rejected: int
    requests: int
    bytes_up: int
    bytes_down: int
    duration: float
    # Why each refused row was refused (also kept in LocalState, `refusals`).
    refused: tuple[refusals.Refusal, ...] = ()


@dataclass(frozen=True)
class JoinReport:
    team_id: str
    team_name: str
    rows_joined: int
    users_merged: int
    # (local user id, the server's user of the same name it became)
    merged_into: tuple[tuple[str, str], ...] = ()


def _utc_now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _storage_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """This laptop's database failing (disk full, read-only, locked) is a
    `StorageError` with a code, never a raw SQL error (whose text would
    carry SQL, and without `hide_parameters` personal data)."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except DBAPIError as exc:
            failure = storage_error(exc)
            if failure is None:
                raise
            raise failure from exc

    return wrapper


@_storage_errors
def join_server(
    db: ClockedSessions,
    server_url: str,
    code: str,
    *,
    device_name: str | None = None,
    http: httpx.Client | None = None,
    fingerprint: str | None = None,
    allow_http: bool = False,
) -> JoinReport:
    """This laptop joins the server with a one-time code; its local data joins
    the team.

    `fingerprint` (SHA-256 of the CCIS certificate, given with the code)
    pins a self-signed certificate: it is checked before the code is sent
    and kept for every later request.  `allow_http` lets the token travel
    in clear to another machine (refused otherwise)."""
    check_url(server_url, allow_http=allow_http)
    tls_cert = pin_certificate(server_url, fingerprint) if fingerprint else None
    return _join_server(
        db, server_url, code, device_name=device_name, http=http, tls_cert=tls_cert,
        allow_http=allow_http,
    )


def _join_server(
    db: ClockedSessions,
    server_url: str,
    code: str,
    *,
    device_name: str | None,
    http: httpx.Client | None,
    tls_cert: str | None,
    allow_http: bool,
) -> JoinReport:
    with SyncTransport(
        server_url, client=http, tls_cert=tls_cert, allow_http=allow_http
    ) as transport:

        def ask() -> dict[str, Any]:
            payload = {
                "code": code.strip(),
                "device_id": db.device_id,
                "device_name": device_name or socket.gethostname()[:120],
            }
            try:
                return transport.post("/v1/enroll", payload)
            except NetworkError as exc:
                # The server may have used the code: only the same laptop can
                # retry with it, for a while (server.joining.RETRY_MINUTES).
                raise JoiningInterrupted(params=exc.params) from exc

        try:
            answer = ask()
        except (DeviceRevoked, DeviceTaken):
            # This id is spent on the server (revoked, or joined with a token
            # this laptop never got): re-join under a new one, keeping the data.
            _new_identity(db)
            answer = ask()
    try:
        token = str(answer["token"])
        team_id = str(answer["team_id"])
        team_name = str(answer.get("team_name", ""))
        users = [(str(u["id"]), str(u["name"])) for u in answer.get("users", [])]
    except (KeyError, TypeError) as exc:
        raise ServerError(params={"reason": "bad_joining_answer"}) from exc
    with db.session(write=True) as session:
        joined, merged = joining.join_team(session, team_id=team_id, server_users=users)
        write_state(session, config.SERVER_URL, server_url.rstrip("/"))
        write_state(session, config.TOKEN, token)
        write_state(session, config.TEAM_ID, team_id)
        write_state(session, config.REVOKED, "")
        write_state(session, config.TLS_CERT, tls_cert or "")
        write_state(session, config.ALLOW_HTTP, "1" if allow_http else "")
    return JoinReport(team_id, team_name, joined, len(merged), tuple(merged.items()))


def _new_identity(db: ClockedSessions) -> None:
    """A new device id for this laptop, and its clock's node with it (the
    node is the id's tail).  Rows already written keep their stamps; the
    clock stays above them, so no write is ordered before an older one."""
    device_id = new_id()
    with db.session(write=True) as session:
        write_state(session, "device_id", device_id)
    db.device_id = device_id
    db.clock.node = node_from_device_id(device_id)


@_storage_errors
def sync(
    db: ClockedSessions,
    server_url: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    http: httpx.Client | None = None,
    batch_rows: int = outbox.BATCH_ROWS,
    page_rows: int | None = None,
) -> SyncReport:
    """Push the outbox and pull what changed; raises a `SyncError` on failure
    (local data is never lost by one: run it again)."""
    started = time.perf_counter()
    with db.session(write=True) as session:
        settings = config.load(session)
        if settings.server_url is None and server_url is None or settings.token is None:
            raise NotJoined()
        url = server_url or settings.server_url
        assert url is not None
        assert settings.team_id is not None
        joining.adopt_orphans(session, team_id=settings.team_id)
        # Edits stamped while the clock was wrong, now that it may be right.
        clock_recovery.recover(session, db.clock)
        # Counting the outbox scans every table: only for a progress bar.
        total_pending = outbox.count_pending(session) if progress is not None else 0
    pushed = pulled = conflicts = rejected = 0
    clock_retries = 0
    refused: list[refusals.Refusal] = []
    need_pull = True  # a first request always asks what changed
    # While a pulled page is applied here, the next one is already asked for
    # (pulls only: the request is exactly the one the next turn would send).
    ahead: Future[dict[str, Any]] | None = None
    ahead_body: dict[str, Any] | None = None
    reissued: set[str] = set()  # in-flight batches rebuilt under a new id
    with (
        SyncTransport(
            url, token=settings.token, client=http, tls_cert=settings.tls_cert,
            allow_http=settings.allow_http,
        ) as transport,
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as requests,
    ):
        try:
            while True:
                if cancel is not None and cancel():
                    raise SyncCancelled()
                with collection_paused(), db.session(write=True) as session:
                    settings = config.load(session)
                    batch = config.load_inflight(session) or outbox.build_batch(
                        session, limit=batch_rows
                    )
                    if batch is None and not need_pull:
                        break
                    if batch is not None:
                        config.save_inflight(session, batch)
                body: dict[str, Any] = {
                    "cursor": settings.cursor,
                    "skip": [list(r) for r in settings.skip],
                    "batch": outbox.wire_batch(batch) if batch else None,
                }
                if page_rows:
                    body["limit"] = page_rows
                if ahead is not None and body == ahead_body:
                    answer = ahead.result()
                else:
                    if ahead is not None:
                        # Not what this turn sends (a push came first): unused.
                        ahead.exception()
                    try:
                        answer = transport.post("/v1/sync", body)
                    except ClockAhead as too_far:
                        retry = clock_retries < MAX_CLOCK_RETRIES
                        if not _clock_refused(db, too_far, retry=retry):
                            raise
                        clock_retries += 1
                        ahead = ahead_body = None
                        continue  # re-stamped: the same edits, sent again
                    except BatchTooLarge:
                        if batch is None or len(batch["rows"]) <= 1:
                            raise
                        # Over the server's limits (long notes): rebuilt with
                        # half the rows, never resent as is.
                        batch_rows = max(1, len(batch["rows"]) // 2)
                        with db.session(write=True) as session:
                            config.save_inflight(session, None)
                        ahead = ahead_body = None
                        continue
                    except BatchReused:
                        if batch is None or batch["id"] in reissued:
                            raise
                        reissued.add(batch["id"])
                        # Its id was used for other content (a restored backup):
                        # its rows are still pending, rebuilt under a new id.
                        with db.session(write=True) as session:
                            config.save_inflight(session, None)
                        ahead = ahead_body = None
                        continue
                ahead = ahead_body = None
                if batch is None:
                    ahead_body = _next_pull(body, answer)
                    if ahead_body is not None:
                        ahead = requests.submit(transport.post, "/v1/sync", ahead_body)
                with collection_paused():
                    counts = _apply_answer(db, batch, answer, settings, refused)
                pushed += counts[0]
                pulled += counts[1]
                conflicts += counts[2]
                rejected += counts[3]
                if progress is not None:
                    progress("push" if batch else "pull", pushed + pulled, total_pending)
                need_pull = bool(answer["pull"]["more"])
        except DeviceRevoked:
            with db.session(write=True) as session:
                write_state(session, config.REVOKED, "1")
            raise
        finally:
            if ahead is not None and not ahead.cancel():
                ahead.exception()  # wait: never left running past the transport
    with db.session(write=True) as session:
        write_state(session, config.LAST_SYNC_AT, _utc_now_iso())
        write_state(session, config.REVOKED, "")
    traffic: Traffic = transport.traffic
    return SyncReport(
        pushed=pushed,
        pulled=pulled,
        conflicts=conflicts,
        rejected=rejected,
        requests=traffic.requests,
        bytes_up=traffic.bytes_up,
        bytes_down=traffic.bytes_down,
        duration=time.perf_counter() - started,
        refused=tuple(refused),
    )


def _clock_refused(db: ClockedSessions, refused: ClockAhead, *, retry: bool) -> bool:
    """The server refused the batch's clocks (beyond its time plus the
    bound).  It applied nothing (it refuses only a batch it has no receipt
    of), so the batch is dropped; its rows are still pending.  When this
    laptop's clock is right now, its edits stamped while it was wrong are
    re-stamped and True says "send again"; else the error goes to the user
    with what the laptop believes the time is."""
    server_time = int(refused.params["server_time"])
    limit = server_time + db.clock.max_ahead
    with db.session(write=True) as session:
        config.save_inflight(session, None)
        clock_recovery.save_server_time(session, db.clock, server_time)
        laptop_time = db.clock.wall()
        refused.params["laptop_time"] = laptop_time
        if laptop_time > limit or not retry:
            return False
        clock_recovery.recover(session, db.clock, limit_ms=limit)
    return True


def _next_pull(body: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any] | None:
    """The request the next turn will send after this pull-only answer is
    applied (its cursor and skip saved as `config.save_cursor` does), or None
    when there is no next page."""
    try:
        pull = answer["pull"]
        if pull["more"] is not True:
            return None
        cursor = max(int(pull["cursor"]), int(body["cursor"]))
    except (KeyError, TypeError, ValueError):
        return None  # a bad answer: applying it raises
    ahead = dict(body)
    ahead["cursor"] = cursor
    ahead["skip"] = sorted([lo, hi] for lo, hi in body["skip"] if hi > cursor)
    return ahead


def _apply_answer(
    db: ClockedSessions,
    batch: dict[str, Any] | None,
    answer: dict[str, Any],
    settings: config.SyncConfig,
    refused: list[refusals.Refusal],
) -> tuple[int, int, int, int]:
    """One local transaction per answer: ack, pulled page and cursor."""
    try:
        pull = answer["pull"]
        page = decode_full(pull["rows"])
        cursor = int(pull["cursor"])
        ack = answer.get("ack")
        merged = decode_full(ack["merged"]) if ack else []
    except (KeyError, TypeError, ValueError, WireError) as exc:
        raise ServerError(params={"reason": "bad_answer"}) from exc
    pushed = conflicts = rejected = 0
    server_time = answer.get("server_time")
    with db.session(write=True) as session:
        session.info["applying_remote"] = True
        if isinstance(server_time, int) and not isinstance(server_time, bool) and server_time > 0:
            # Before the rows: what the server sent is within its time plus the bound.
            clock_recovery.save_server_time(session, db.clock, server_time)
        skip = list(config.load(session).skip)
        if batch is not None and ack is not None:
            if ack.get("batch") != batch["id"]:
                raise ServerError(params={"reason": "ack_mismatch"})
            outbox.acknowledge(session, batch, ack.get("rejected") or [])
            config.save_inflight(session, None)
            pushed = len(batch["rows"])
            rejected = len(ack.get("rejected") or [])
            refused.extend(refusals.remember(session, ack.get("rejected") or []))
            conflicts += int(ack.get("conflicts") or 0)
            if ack.get("range") and not ack.get("duplicate"):
                lo, hi = ack["range"]
                skip.append((int(lo), int(hi)))
            apply_rows(session, merged, device_id=db.device_id, clock=db.clock)
        _, local_conflicts = apply_rows(session, page, device_id=db.device_id, clock=db.clock)
        conflicts += local_conflicts
        config.save_cursor(session, max(cursor, settings.cursor), skip)
    return pushed, len(page), conflicts, rejected
