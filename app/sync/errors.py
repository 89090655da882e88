"""What can go wrong with a sync, as codes (the CLI and the UI turn them
into sentences a trainer understands; see `app.sync.messages`)."""

from __future__ import annotations

from typing import Any

from app.services.errors import CaravaneError


class SyncError(CaravaneError):
    """Base of every sync failure.  Local data is never touched by one."""

    code = "sync_failed"


class NotEnrolled(SyncError):
    """This laptop has no server yet (`caravane enroll` first)."""

    code = "sync_not_enrolled"


class OfflineError(SyncError):
    """The server did not answer at all (no network, wrong address, down)."""

    code = "sync_offline"


class NetworkError(SyncError):
    """The link broke in the middle of an exchange; retry later, nothing lost."""

    code = "sync_network"


class DeviceRevoked(SyncError):
    """The CCIS revoked this laptop; its local data is kept."""

    code = "sync_revoked"


class DeviceUnknown(SyncError):
    """The server does not know this laptop's token (re-enroll)."""

    code = "sync_unknown_device"


class EnrolmentRefused(SyncError):
    """The enrolment code is wrong, used or expired."""

    code = "sync_bad_code"


class DeviceTaken(SyncError):
    """At enrolment: this laptop's id is already enrolled (the laptop then
    re-joins under a new identity, see `client.enroll`)."""

    code = "sync_device_taken"


class EnrolmentInterrupted(SyncError):
    """The link broke during enrolment: the server may have used the code.
    The same laptop may retry with the same code for a while."""

    code = "sync_enrol_interrupted"


class UpdateRequired(SyncError):
    """The server needs a newer Caravane on this laptop."""

    code = "sync_update_required"


class ServerTooOld(SyncError):
    """This laptop speaks a newer protocol than the server."""

    code = "sync_server_too_old"


class ServerError(SyncError):
    """The server failed (5xx) or answered something unreadable."""

    code = "sync_server_error"


class ClockAhead(SyncError):
    """This laptop's clock is further ahead of the server's time than the
    bound (docs/sync.md, "Clock bound"): nothing was sent, nothing is lost;
    once the date is right, the next sync sends everything.  `params` carry
    `server_time` and `laptop_time` (ms since 1970, UTC)."""

    code = "sync_clock_ahead"
class ServerStorageError(SyncError):
    """The server cannot write right now (its disk is full, read-only...)."""

    code = "sync_server_storage"


class BatchTooLarge(SyncError):
    """A push batch over the server's body limits (very long notes): the
    client rebuilds it with fewer rows; only a single row too large is
    reported."""

    code = "sync_batch_too_large"


class BatchReused(SyncError):
    """The server already applied another batch with this id (a laptop
    restored from a backup): the client rebuilds the batch under a new id."""

    code = "sync_batch_reused"


class SyncCancelled(SyncError):
    code = "sync_cancelled"


class BundleError(SyncError):
    """A USB bundle that is damaged, tampered with or not for this server."""

    code = "bundle_invalid"


def from_answer(status: int, body: dict[str, Any]) -> SyncError:
    """The error matching a server's error answer."""
    error = str(body.get("error", ""))
    reason = str(body.get("reason", ""))
    params: dict[str, Any] = {"status": status, "error": error, "reason": reason}
    if error == "update_required":
        return UpdateRequired(params=params)
    if error == "server_too_old":
        return ServerTooOld(params=params)
    if error == "device_revoked":
        return DeviceRevoked(params=params)
    if error in ("unknown_device", "missing_token"):
        return DeviceUnknown(params=params)
    if error in ("invalid_code", "device_in_other_team"):
        return EnrolmentRefused(params=params)
    if error == "clock_ahead" and reason.isdigit():
        return ClockAhead(params={**params, "server_time": int(reason)})
    if error == "device_taken":
        return DeviceTaken(params=params)
    if error == "server_storage":
        return ServerStorageError(params=params)
    if error == "batch_reused":
        return BatchReused(params=params)
    if status == 413 and error in ("too_large", "too_complex", "too_many_rows"):
        return BatchTooLarge(params=params)
    return ServerError(params=params)


# ---- storage: this computer's database or disk -------------------------


class StorageError(SyncError):
    """This laptop's database could not be written or read (disk full,
    read-only, locked by another program).  The transaction was rolled
    back: nothing recorded is lost; free the disk and run it again."""

    code = "storage_failed"


class StorageFull(StorageError):
    code = "storage_full"


class StorageReadOnly(StorageError):
    code = "storage_read_only"


class StorageLocked(StorageError):
    code = "storage_locked"


# SQLite's primary result codes (sqlite3 errors carry `sqlite_errorname`).
_SQLITE_KINDS: dict[str, type[StorageError]] = {
    "SQLITE_FULL": StorageFull,
    "SQLITE_READONLY": StorageReadOnly,
    "SQLITE_BUSY": StorageLocked,
    "SQLITE_LOCKED": StorageLocked,
    "SQLITE_IOERR": StorageError,
    "SQLITE_CANTOPEN": StorageError,
    "SQLITE_CORRUPT": StorageError,
    "SQLITE_NOTADB": StorageError,
    "SQLITE_PERM": StorageReadOnly,
}
# PostgreSQL SQLSTATEs (psycopg errors carry `sqlstate`).
_SQLSTATE_KINDS: dict[str, type[StorageError]] = {
    "53100": StorageFull,  # disk_full
    "53200": StorageFull,  # out_of_memory
    "25006": StorageReadOnly,  # read_only_sql_transaction
    "55P03": StorageLocked,  # lock_not_available
}
# Drivers without `sqlite_errorname` (e.g. sqlcipher3): SQLite's own messages.
_SQLITE_MESSAGES = {
    "database or disk is full": "SQLITE_FULL",
    "attempt to write a readonly database": "SQLITE_READONLY",
    "database is locked": "SQLITE_BUSY",
    "disk i/o error": "SQLITE_IOERR",
    "unable to open database file": "SQLITE_CANTOPEN",
}
_ERRNO_KINDS: dict[int, type[StorageError]] = {28: StorageFull, 122: StorageFull, 30: StorageReadOnly}


def _sqlite_name(error: BaseException) -> str | None:
    if "sqlite" not in type(error).__module__:
        return None
    return _SQLITE_MESSAGES.get(str(error).strip().lower())


def storage_error(exc: BaseException) -> StorageError | None:
    """The storage failure behind `exc` (a SQLAlchemy/driver error or an
    OSError), or None when it is something else.  Carries no SQL, no
    parameters and no file content: only what kind of failure it was."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        orig = getattr(current, "orig", None)  # SQLAlchemy's DBAPIError
        for candidate in (current, orig):
            if candidate is None:
                continue
            name = getattr(candidate, "sqlite_errorname", None) or _sqlite_name(candidate)
            if isinstance(name, str):
                kind = _SQLITE_KINDS.get("_".join(name.split("_")[:2]))  # SQLITE_IOERR_WRITE...
                if kind is not None:
                    return kind(params={"kind": name})
            state = getattr(candidate, "sqlstate", None)
            if isinstance(state, str) and (state in _SQLSTATE_KINDS or state.startswith("53")):
                return _SQLSTATE_KINDS.get(state, StorageFull)(params={"kind": state})
            if isinstance(candidate, OSError) and candidate.errno in _ERRNO_KINDS:
                return _ERRNO_KINDS[candidate.errno](params={"kind": f"errno {candidate.errno}"})
        current = current.__cause__ or current.__context__
    return None
