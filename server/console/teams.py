"""The Teams page: the buses with their counts, a new team, and each team's
people (trainers, coordinators) who log in on its laptops: add one, reset a
password, deactivate or reactivate — the laptops learn it at their next
sync.  Admins and officers change; a coordinator reads their own team."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from server.console import accounts, auth, team_people
from server.console.accounts import OfficerError
from server.console.auth import Visitor, db_session, posted_form, require
from server.console.render import page
from server.console.roles import ConsoleRole

router = APIRouter(prefix="/console")

Reader = Annotated[Visitor, Depends(require(
    ConsoleRole.ADMIN, ConsoleRole.OFFICER, ConsoleRole.COORDINATOR))]
Manager = Annotated[Visitor, Depends(require(ConsoleRole.ADMIN, ConsoleRole.OFFICER))]
Form = Annotated[dict[str, str], Depends(posted_form)]
DbSession = Annotated[Session, Depends(db_session)]

ROLE_LABELS = {"trainer": "Formateur", "coordinator": "Coordinateur"}
SEX_LABELS = {"F": "Femme", "M": "Homme"}
# What the table calls a woman (as the desktop app does).
WOMEN_LABELS = {"trainer": "Formatrice", "coordinator": "Coordinatrice"}


def _own_team(session: Session, visitor: Visitor) -> str | None:
    return accounts.team_seen_by(session, officer_id=visitor.officer_id, role=visitor.role)


def _can_manage(visitor: Visitor) -> bool:
    return visitor.role in (ConsoleRole.ADMIN, ConsoleRole.OFFICER)


# ---------------------------------------------------------------- the list


def _teams_page(request: Request, session: Session, visitor: Visitor, *, status: int = 200,
                error: Any = None, notice: Any = None, name: str = "") -> HTMLResponse:
    return page(request, "teams.html", status=status, error=error, notice=notice,
                teams=team_people.list_teams(session, only=_own_team(session, visitor)),
                can_manage=_can_manage(visitor), team_name=name[:120])


@router.get("/teams")
def teams(request: Request, visitor: Reader, session: DbSession) -> HTMLResponse:
    return _teams_page(request, session, visitor)


@router.post("/teams")
def create_team(request: Request, visitor: Manager, form: Form,
                session: DbSession) -> HTMLResponse:
    try:
        created = team_people.create_team(
            session, name=form.get("name", ""), now=auth.now(request), by=visitor.officer_id,
            address=auth.client_address(request))
    except OfficerError as error:
        session.rollback()
        return _teams_page(request, session, visitor, status=400, name=form.get("name", ""),
                           error=(error.sentence, error.params))
    session.commit()
    return _teams_page(request, session, visitor,
                       notice=("Équipe {team} créée.", {"team": created.name}))


# ---------------------------------------------------------------- one team


def _team_page(request: Request, session: Session, visitor: Visitor, team_id: str, *,
               status: int = 200, error: Any = None, notice: Any = None,
               form: dict[str, str] | None = None) -> HTMLResponse:
    try:
        team = team_people.find_team(session, team_id)
    except OfficerError as refused:
        return _teams_page(request, session, visitor, status=400,
                           error=(refused.sentence, refused.params))
    own = _own_team(session, visitor)
    if own is not None and own != team.id:
        return page(request, "message.html", status=403, title="Accès refusé",
                    error="Cette équipe n'est pas la vôtre.")
    counts = team_people.list_teams(session, only=team.id)[0]
    return page(request, "team.html", status=status, error=error, notice=notice, team=counts,
                people=team_people.people(session, team.id), can_manage=_can_manage(visitor),
                form=form or {}, person_roles=ROLE_LABELS, women_roles=WOMEN_LABELS,
                sexes=SEX_LABELS)


@router.get("/teams/{team_id}")
def team(team_id: str, request: Request, visitor: Reader, session: DbSession) -> HTMLResponse:
    return _team_page(request, session, visitor, team_id)


def _team_action(request: Request, session: Session, visitor: Visitor, team_id: str,
                 action: Callable[[], team_people.Person], done: str,
                 kept: dict[str, str] | None = None) -> HTMLResponse:
    """One change; a refusal shows its sentence and changes nothing."""
    try:
        person = action()
    except OfficerError as error:
        session.rollback()
        return _team_page(request, session, visitor, team_id, status=400,
                          error=(error.sentence, error.params), form=kept)
    session.commit()
    return _team_page(request, session, visitor, team_id, notice=(done, {"name": person.name}))


@router.post("/teams/{team_id}/people")
def add_person(team_id: str, request: Request, visitor: Manager, form: Form,
               session: DbSession) -> HTMLResponse:
    kept = {key: form.get(key, "")[:120] for key in ("name", "role", "sex")}
    return _team_action(request, session, visitor, team_id, lambda: team_people.add_person(
        session, team_id=team_id, name=form.get("name", ""), role=form.get("role", ""),
        sex=form.get("sex", ""), password=form.get("password", ""),
        confirm=form.get("confirm", ""), now=auth.now(request), by=visitor.officer_id,
        address=auth.client_address(request)),
        "Compte de {name} ajouté ; les ordinateurs de l'équipe l'apprendront à leur prochaine "
        "synchronisation.", kept)


@router.post("/teams/{team_id}/people/{user_id}/password")
def reset_password(team_id: str, user_id: str, request: Request, visitor: Manager,
                   form: Form, session: DbSession) -> HTMLResponse:
    return _team_action(request, session, visitor, team_id, lambda: team_people.reset_password(
        session, team_id=team_id, user_id=user_id, password=form.get("password", ""),
        confirm=form.get("confirm", ""), now=auth.now(request), by=visitor.officer_id,
        address=auth.client_address(request)),
        "Mot de passe de {name} réinitialisé ; les ordinateurs de l'équipe l'apprendront à "
        "leur prochaine synchronisation.")


@router.post("/teams/{team_id}/people/{user_id}/active")
def set_active(team_id: str, user_id: str, request: Request, visitor: Manager,
               form: Form, session: DbSession) -> HTMLResponse:
    active = form.get("active") == "1"
    return _team_action(request, session, visitor, team_id, lambda: team_people.set_active(
        session, team_id=team_id, user_id=user_id, active=active, now=auth.now(request),
        by=visitor.officer_id, address=auth.client_address(request)),
        "Compte de {name} réactivé." if active else
        "Compte de {name} désactivé ; les ordinateurs de l'équipe refuseront sa connexion après "
        "leur prochaine synchronisation.")
