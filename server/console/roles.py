"""The console's roles and what they are called on screen."""

from __future__ import annotations

from enum import StrEnum


class ConsoleRole(StrEnum):
    ADMIN = "admin"  # everything, officers included
    OFFICER = "officer"  # teams, laptops, figures, exports
    VIEWER = "viewer"  # figures and reports only
    COORDINATOR = "coordinator"  # one team's figures and laptops


ALL_ROLES = tuple(ConsoleRole)
# French source of each role's label (server.console.i18n translates it).
ROLE_LABELS = {
    ConsoleRole.ADMIN: "Administrateur",
    ConsoleRole.OFFICER: "Agent",
    ConsoleRole.VIEWER: "Lecteur",
    ConsoleRole.COORDINATOR: "Coordinateur",
}
