"""Errors both sides of sync share, as codes: the base `SyncError`, a USB
bundle refused (`BundleError`) and a database or disk that cannot be
written (`StorageError`, on the laptop or on the server).  The laptop's own
(a server that does not answer, a revoked laptop...) are in
`app.laptop_sync.errors`; the CLI and the UI turn codes into sentences."""

from __future__ import annotations

from app.core.errors import CaravaneError


class SyncError(CaravaneError):
    """Base of every sync failure.  Local data is never touched by one."""

    code = "sync_failed"


class BundleError(SyncError):
    """A USB bundle that is damaged, tampered with or not for this server."""

    code = "bundle_invalid"


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
    """SQLite's result name, from the driver or (sqlcipher3, or an error
    raised inside a trigger as a plain SQLITE_ERROR) from SQLite's message."""
    module = type(error).__module__
    if "sqlite" not in module and "sqlcipher" not in module:
        return None
    name = getattr(error, "sqlite_errorname", None)
    if isinstance(name, str) and _kind(name) is not None:
        return name
    return _SQLITE_MESSAGES.get(str(error).strip().lower(), name if isinstance(name, str) else None)


def _kind(name: str) -> type[StorageError] | None:
    return _SQLITE_KINDS.get("_".join(name.split("_")[:2]))  # SQLITE_IOERR_WRITE...


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
            name = _sqlite_name(candidate)
            kind = _kind(name) if name is not None else None
            if name is not None and kind is not None:
                return kind(params={"kind": name})
            state = getattr(candidate, "sqlstate", None)
            if isinstance(state, str) and (state in _SQLSTATE_KINDS or state.startswith("53")):
                return _SQLSTATE_KINDS.get(state, StorageFull)(params={"kind": state})
            if isinstance(candidate, OSError) and candidate.errno in _ERRNO_KINDS:
                return _ERRNO_KINDS[candidate.errno](params={"kind": f"errno {candidate.errno}"})
        current = current.__cause__ or current.__context__
    return None
