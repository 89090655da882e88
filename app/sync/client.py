"""The laptop's sync client: `enroll` once, then `sync` whenever the server
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
import socket
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import httpx

from app.db import Database, write_state
from app.sync import config, enrolment, outbox, refusals
from app.sync.apply import apply_rows
from app.sync.batches import decode_full
from app.sync.errors import DeviceRevoked, NotEnrolled, ServerError, SyncCancelled
from app.sync.gcpause import collection_paused
from app.sync.transport import SyncTransport, Traffic
from app.sync.wire import WireError

Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]


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
class EnrolmentReport:
    team_id: str
    team_name: str
    rows_joined: int
    users_merged: int


def _utc_now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def enroll(
    db: Database,
    server_url: str,
    code: str,
    *,
    device_name: str | None = None,
    http: httpx.Client | None = None,
) -> EnrolmentReport:
    """Enroll this laptop with a one-time code; its local data joins the team."""
    with SyncTransport(server_url, client=http) as transport:
        answer = transport.post(
            "/v1/enroll",
            {
                "code": code.strip(),
                "device_id": db.device_id,
                "device_name": device_name or socket.gethostname()[:120],
            },
        )
    try:
        token = str(answer["token"])
        team_id = str(answer["team_id"])
        team_name = str(answer.get("team_name", ""))
        users = [(str(u["id"]), str(u["name"])) for u in answer.get("users", [])]
    except (KeyError, TypeError) as exc:
        raise ServerError(params={"reason": "bad_enrolment_answer"}) from exc
    with db.session() as session:
        joined, merged = enrolment.join_team(session, team_id=team_id, server_users=users)
        write_state(session, config.SERVER_URL, server_url.rstrip("/"))
        write_state(session, config.TOKEN, token)
        write_state(session, config.TEAM_ID, team_id)
        write_state(session, config.REVOKED, "")
    return EnrolmentReport(team_id, team_name, joined, merged)


def sync(
    db: Database,
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
    with db.session() as session:
        settings = config.load(session)
        if settings.server_url is None and server_url is None or settings.token is None:
            raise NotEnrolled()
        url = server_url or settings.server_url
        assert url is not None
        assert settings.team_id is not None
        enrolment.adopt_orphans(session, team_id=settings.team_id)
        total_pending = outbox.count_pending(session)
    pushed = pulled = conflicts = rejected = 0
    refused: list[refusals.Refusal] = []
    need_pull = True  # a first request always asks what changed
    # While a pulled page is applied here, the next one is already asked for
    # (pulls only: the request is exactly the one the next turn would send).
    ahead: Future[dict[str, Any]] | None = None
    ahead_body: dict[str, Any] | None = None
    with (
        SyncTransport(url, token=settings.token, client=http) as transport,
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as requests,
    ):
        try:
            while True:
                if cancel is not None and cancel():
                    raise SyncCancelled()
                with collection_paused(), db.session() as session:
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
                    answer = transport.post("/v1/sync", body)
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
            with db.session() as session:
                write_state(session, config.REVOKED, "1")
            raise
        finally:
            if ahead is not None and not ahead.cancel():
                ahead.exception()  # wait: never left running past the transport
    with db.session() as session:
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
    db: Database,
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
    with db.session() as session:
        session.info["applying_remote"] = True
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
