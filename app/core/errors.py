"""Errors of the domain, as codes (never sentences): the UI and the CLI
translate them.  A service that raises has changed nothing."""

from __future__ import annotations

from typing import Any

# One problem with one field; defined with the rules (app.rules), below the services.
from app.core.problems import FieldError

__all__ = [
    "AuthError",
    "CaravaneError",
    "ConfirmationNeeded",
    "FieldError",
    "NotFoundError",
    "PossibleDuplicatesError",
    "StateError",
    "ValidationError",
]


class CaravaneError(Exception):
    """Base of every domain error: a stable `code` plus `params`."""

    code: str = "error"

    def __init__(self, code: str | None = None, params: dict[str, Any] | None = None) -> None:
        if code is not None:
            self.code = code
        self.params: dict[str, Any] = dict(params or {})
        super().__init__(self.code, self.params)


class ValidationError(CaravaneError):
    """The input was refused; `errors` names every faulty field."""

    code = "validation"

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("validation", {"fields": [e.field for e in self.errors]})

    @classmethod
    def single(cls, field_name: str, code: str, **params: Any) -> ValidationError:
        return cls([FieldError(field_name, code, params)])

    def codes(self) -> dict[str, str]:
        """{field: code} of the first error per field (handy for forms and tests)."""
        result: dict[str, str] = {}
        for error in self.errors:
            result.setdefault(error.field, error.code)
        return result


class NotFoundError(CaravaneError):
    """No live row of `kind` with this `id` (or it was deleted / merged)."""

    code = "not_found"

    def __init__(self, kind: str, id: str) -> None:  # noqa: A002 - the domain's word
        self.kind = kind
        self.id = id
        super().__init__("not_found", {"kind": kind, "id": id})


class AuthError(CaravaneError):
    """Login refused: "wrong_password", "locked", "inactive", "unknown_user"."""

    code = "auth"

    def __init__(self, code: str, params: dict[str, Any] | None = None) -> None:
        super().__init__(code, params)


class PossibleDuplicatesError(CaravaneError):
    """Registration stopped because the person may already be registered;
    call again with `confirm_not_duplicate=True` once a trainer checked.
    `candidates` are `DuplicateCandidate`s (app.services.beneficiaries)."""

    code = "possible_duplicates"

    def __init__(self, candidates: list[Any]) -> None:
        self.candidates = list(candidates)
        super().__init__("possible_duplicates", {"count": len(self.candidates)})


class ConfirmationNeeded(CaravaneError):
    """The input is valid but looks like a mistake (e.g. a next step due in
    the past): nothing was written.  `warnings` name what looks wrong; call
    again with the service's confirm flag once the user has confirmed."""

    code = "confirmation_needed"

    def __init__(self, warnings: list[FieldError]) -> None:
        self.warnings = list(warnings)
        super().__init__("confirmation_needed", {"fields": [w.field for w in self.warnings]})


class StateError(CaravaneError):
    """The operation does not apply to the row in its current state
    (e.g. "session_cancelled", "already_merged", "invalid_transition")."""

    code = "state"

    def __init__(self, code: str, params: dict[str, Any] | None = None) -> None:
        super().__init__(code, params)
