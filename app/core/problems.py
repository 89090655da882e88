"""A problem with one field, as a code the interface translates."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: `code` is stable ("required",
    "cin_format", ...), `params` fill the translated sentence.  Also used for
    non-blocking warnings returned in result objects."""

    field: str
    code: str
    params: dict[str, Any] = dataclass_field(default_factory=dict)

    @property
    def reason(self) -> str:
        """The short text the server gives for a refused row: "code:field"."""
        return f"{self.code}:{self.field}"
