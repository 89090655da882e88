"""Shared set-up for the screen tests (sessions, beneficiaries, coaching,
figures, conflicts, documents): a real temporary database, a logged-in
coordinator, the real task manager, and helpers to add people."""

from __future__ import annotations

from app.db import Database
from app.services import accounts
from app.services.beneficiaries import BeneficiaryInput, BeneficiaryView, register_beneficiary
from app.ui.context import AppContext
from app.ui.tasks import TaskManager
from tests.conftest import TODAY, FixedClock, consent

ASSILAH = "01.511.01.01"
TANGER = "01.511.01.0"


def make_ctx(db: Database, lang: str = "fr") -> AppContext:
    """A logged-in coordinator's context, its clock at `tests.conftest.NOW`."""
    tasks = TaskManager(db)
    with db.session() as s:
        team = accounts.create_team(session=s, name="Bus 1")
        user = accounts.create_user(
            session=s, team_id=team.id, name="Samira", role="coordinator", password="secret-123"
        )
    ctx = AppContext(db=db, tasks=tasks, lang=lang, team_id=team.id, clock=FixedClock())
    ctx.set_user(user)
    return ctx


def add_person(
    ctx: AppContext,
    first_name: str,
    last_name: str,
    *,
    sex: str = "F",
    commune_code: str | None = ASSILAH,
    cin: str | None = None,
    phone: str | None = None,
    birth_year: int | None = 1990,
    name_ar: str | None = None,
    status: str | None = None,
) -> BeneficiaryView:
    with ctx.db.session() as s:
        result = register_beneficiary(
            session=s,
            data=BeneficiaryInput(
                first_name=first_name,
                last_name=last_name,
                sex=sex,
                commune_code=commune_code,
                cin=cin,
                phone=phone,
                birth_year=birth_year,
                name_ar=name_ar,
                status=status,
            ),
            consent=consent(),
            team_id=ctx.team_id,
            confirm_not_duplicate=True,
            today=TODAY,
        ).value
    return result.beneficiary


def settle(ctx: AppContext) -> None:
    """Let every queued database job deliver its result (and the jobs those
    callbacks queue in turn)."""
    for _ in range(5):
        ctx.tasks.wait_idle()
