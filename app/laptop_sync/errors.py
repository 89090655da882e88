"""What can go wrong when this laptop syncs, as codes (the CLI and the UI
turn them into sentences a trainer understands; see
`app.laptop_sync.messages`).  The base `SyncError` and the errors the server
shares (bundles, storage) are in `app.sync.errors`."""

from __future__ import annotations

from typing import Any

from app.sync.errors import SyncError


class NotJoined(SyncError):
    """This laptop has not joined a server yet (`caravane enroll` first)."""

    code = "sync_not_joined"


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
    """The server does not know this laptop's token (join again)."""

    code = "sync_unknown_device"


class JoiningCodeRefused(SyncError):
    """The joining code is wrong, used or expired."""

    code = "sync_bad_code"


class DeviceTaken(SyncError):
    """When joining: this laptop's id has already joined (the laptop then
    joins again under a new identity, see `client.join_server`)."""

    code = "sync_device_taken"


class JoiningInterrupted(SyncError):
    """The link broke while joining: the server may have used the code.
    The same laptop may retry with the same code for a while."""

    code = "sync_join_interrupted"


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
        return JoiningCodeRefused(params=params)
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
