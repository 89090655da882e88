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
    return ServerError(params=params)
