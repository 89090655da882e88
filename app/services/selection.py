"""Programmes (calls such as an INDH equipment call), the selection funnel
(received -> shortlisted -> selected / rejected) and support delivered."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.core.errors import FieldError, NotFoundError, StateError
from app.models import Application, Beneficiary, Enterprise, Programme, SupportDelivered
from app.models.enums import ApplicationStatus, SupportKind
from app.models.people import full_name
from app.services.validation import (
    check_code,
    check_length,
    check_period,
    check_required,
    length_problems,
    raise_if_any,
)

# Forward through the funnel, plus one step back to correct a mistake.
_TRANSITIONS: dict[str, frozenset[str]] = {
    ApplicationStatus.RECEIVED: frozenset({"shortlisted", "rejected"}),
    ApplicationStatus.SHORTLISTED: frozenset({"selected", "rejected", "received"}),
    ApplicationStatus.SELECTED: frozenset({"shortlisted"}),
    ApplicationStatus.REJECTED: frozenset({"received", "shortlisted"}),
}


@dataclass(frozen=True)
class ProgrammeView:
    id: str
    team_id: str | None
    name: str
    funder: str | None
    starts_on: dt.date | None
    ends_on: dt.date | None
    description: str | None


@dataclass(frozen=True)
class ApplicationView:
    id: str
    team_id: str | None
    programme_id: str
    programme_name: str
    beneficiary_id: str
    beneficiary_name: str
    enterprise_id: str | None
    status: str
    received_on: dt.date
    decided_on: dt.date | None
    score: float | None
    notes: str | None


@dataclass(frozen=True)
class SupportView:
    id: str
    team_id: str | None
    kind: str
    delivered_on: dt.date
    beneficiary_id: str | None
    enterprise_id: str | None
    programme_id: str | None
    description: str
    value_mad: float | None
    delivered_by: str | None
    serial: str | None
    revoked: bool


def _programme_view(row: Programme) -> ProgrammeView:
    return ProgrammeView(
        id=row.id,
        team_id=row.team_id,
        name=row.name,
        funder=row.funder,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        description=row.description,
    )


def _support_view(row: SupportDelivered) -> SupportView:
    return SupportView(
        id=row.id,
        team_id=row.team_id,
        kind=row.kind,
        delivered_on=row.delivered_on,
        beneficiary_id=row.beneficiary_id,
        enterprise_id=row.enterprise_id,
        programme_id=row.programme_id,
        description=row.description,
        value_mad=row.value_mad,
        delivered_by=row.delivered_by,
        serial=row.serial,
        revoked=row.revoked,
    )


def create_programme(
    *,
    session: Session,
    name: str,
    team_id: str | None = None,
    funder: str | None = None,
    starts_on: dt.date | None = None,
    ends_on: dt.date | None = None,
    description: str | None = None,
) -> ProgrammeView:
    """A programme; team_id None makes it shared by every team."""
    errors: list[FieldError | None] = [check_required("name", name)]
    errors += length_problems("programme", {"name": name, "funder": funder,
                                            "description": description})
    if starts_on is not None and ends_on is not None:
        errors.append(check_period(starts_on, ends_on))
    raise_if_any(errors)
    row = Programme(
        team_id=team_id,
        name=name.strip(),
        funder=funder,
        starts_on=starts_on,
        ends_on=ends_on,
        description=description,
    )
    session.add(row)
    session.flush()
    return _programme_view(row)


def _live_programme(session: Session, programme_id: str) -> Programme:
    row = session.get(Programme, programme_id)
    if row is None or row.deleted:
        raise NotFoundError("programme", programme_id)
    return row


def _applications_query() -> Select[Application, str, str, str, str | None]:
    return (
        select(
            Application, Programme.name, Beneficiary.first_name, Beneficiary.last_name,
            Beneficiary.name_ar,
        )
        .join(Programme, Programme.id == Application.programme_id, isouter=True)
        .join(Beneficiary, Beneficiary.id == Application.beneficiary_id, isouter=True)
        .where(Application.deleted.is_(False))
    )


def _application_view(
    row: Application,
    programme: str | None,
    first: str | None,
    last: str | None,
    name_ar: str | None,
) -> ApplicationView:
    return ApplicationView(
        id=row.id,
        team_id=row.team_id,
        programme_id=row.programme_id,
        programme_name=programme or "",
        beneficiary_id=row.beneficiary_id,
        beneficiary_name=full_name(first, last, name_ar),
        enterprise_id=row.enterprise_id,
        status=row.status,
        received_on=row.received_on,
        decided_on=row.decided_on,
        score=row.score,
        notes=row.notes,
    )


def get_application(*, session: Session, application_id: str) -> ApplicationView:
    session.flush()
    found = session.execute(
        _applications_query().where(Application.id == application_id)
    ).first()
    if found is None:
        raise NotFoundError("application", application_id)
    return _application_view(*found)


def list_applications(
    *,
    session: Session,
    programme_id: str | None = None,
    beneficiary_id: str | None = None,
    status: str | None = None,
) -> list[ApplicationView]:
    query = _applications_query()
    if programme_id is not None:
        query = query.where(Application.programme_id == programme_id)
    if beneficiary_id is not None:
        query = query.where(Application.beneficiary_id == beneficiary_id)
    if status is not None:
        query = query.where(Application.status == status)
    query = query.order_by(Application.received_on, Application.id)
    return [_application_view(*found) for found in session.execute(query)]


def receive_application(
    *,
    session: Session,
    team_id: str,
    programme_id: str,
    beneficiary_id: str,
    received_on: dt.date,
    enterprise_id: str | None = None,
    score: float | None = None,
    notes: str | None = None,
) -> ApplicationView:
    """A candidate applies; one live application per person and programme."""
    _live_programme(session, programme_id)
    errors: list[FieldError | None] = [check_length("application", "notes", notes)]
    person = session.get(Beneficiary, beneficiary_id)
    if person is None or person.deleted:
        errors.append(FieldError("beneficiary_id", "unknown_beneficiary"))
    if enterprise_id is not None:
        enterprise = session.get(Enterprise, enterprise_id)
        if enterprise is None or enterprise.deleted:
            errors.append(FieldError("enterprise_id", "unknown_enterprise"))
    raise_if_any(errors)
    existing = session.scalar(
        select(Application.id).where(
            Application.programme_id == programme_id,
            Application.beneficiary_id == beneficiary_id,
            Application.deleted.is_(False),
        )
    )
    if existing is not None:
        raise StateError("already_applied", {"application_id": existing})
    row = Application(
        team_id=team_id,
        programme_id=programme_id,
        beneficiary_id=beneficiary_id,
        enterprise_id=enterprise_id,
        status=ApplicationStatus.RECEIVED.value,
        received_on=received_on,
        score=score,
        notes=notes,
    )
    session.add(row)
    session.flush()
    return get_application(session=session, application_id=row.id)


def set_application_status(
    *,
    session: Session,
    application_id: str,
    status: str,
    decided_on: dt.date | None = None,
    score: float | None = None,
) -> ApplicationView:
    """Move an application through the funnel; raises StateError
    "invalid_transition" for a jump the funnel does not allow (e.g.
    received -> selected).  `decided_on` is kept for selected/rejected."""
    raise_if_any([check_code("status", status, ApplicationStatus)])
    row = session.get(Application, application_id)
    if row is None or row.deleted:
        raise NotFoundError("application", application_id)
    if status != row.status:
        if status not in _TRANSITIONS[row.status]:
            raise StateError("invalid_transition", {"from": row.status, "to": status})
        row.status = status
    final = status in (ApplicationStatus.SELECTED, ApplicationStatus.REJECTED)
    new_decided = (decided_on or dt.date.today()) if final else None
    if row.decided_on != new_decided:
        row.decided_on = new_decided
    if score is not None and row.score != score:
        row.score = score
    session.flush()
    return get_application(session=session, application_id=application_id)


def funnel(*, session: Session, programme_id: str) -> dict[str, int]:
    """Applications of a programme by current status (every status present,
    zeros included), in funnel order."""
    counts = {
        str(status): int(count)
        for status, count in session.execute(
            select(Application.status, func.count())
            .where(Application.programme_id == programme_id, Application.deleted.is_(False))
            .group_by(Application.status)
        )
    }
    return {status.value: int(counts.get(status.value, 0)) for status in ApplicationStatus}


def record_support(
    *,
    session: Session,
    team_id: str,
    kind: str,
    delivered_on: dt.date,
    beneficiary_id: str | None = None,
    enterprise_id: str | None = None,
    programme_id: str | None = None,
    description: str = "",
    value_mad: float | None = None,
    serial: str | None = None,
    delivered_by: str | None = None,
) -> SupportView:
    """Equipment handed over, a referral, a certificate issued (to a person
    and/or an enterprise)."""
    errors: list[FieldError | None] = [check_code("kind", kind, SupportKind)]
    if beneficiary_id is None and enterprise_id is None:
        errors.append(FieldError("beneficiary_id", "required"))
    if beneficiary_id is not None:
        person = session.get(Beneficiary, beneficiary_id)
        if person is None or person.deleted:
            errors.append(FieldError("beneficiary_id", "unknown_beneficiary"))
    if enterprise_id is not None:
        enterprise = session.get(Enterprise, enterprise_id)
        if enterprise is None or enterprise.deleted:
            errors.append(FieldError("enterprise_id", "unknown_enterprise"))
    if programme_id is not None:
        programme = session.get(Programme, programme_id)
        if programme is None or programme.deleted:
            errors.append(FieldError("programme_id", "unknown_programme"))
    if value_mad is not None and value_mad < 0:
        errors.append(FieldError("value_mad", "must_be_positive"))
    raise_if_any(errors)
    row = SupportDelivered(
        team_id=team_id,
        kind=kind,
        delivered_on=delivered_on,
        beneficiary_id=beneficiary_id,
        enterprise_id=enterprise_id,
        programme_id=programme_id,
        description=description,
        value_mad=value_mad,
        serial=serial,
        delivered_by=delivered_by,
        revoked=False,
    )
    session.add(row)
    session.flush()
    return _support_view(row)


def list_support(
    *,
    session: Session,
    beneficiary_id: str | None = None,
    enterprise_id: str | None = None,
    programme_id: str | None = None,
) -> list[SupportView]:
    query = select(SupportDelivered).where(SupportDelivered.deleted.is_(False))
    if beneficiary_id is not None:
        query = query.where(SupportDelivered.beneficiary_id == beneficiary_id)
    if enterprise_id is not None:
        query = query.where(SupportDelivered.enterprise_id == enterprise_id)
    if programme_id is not None:
        query = query.where(SupportDelivered.programme_id == programme_id)
    query = query.order_by(SupportDelivered.delivered_on, SupportDelivered.id)
    return [_support_view(row) for row in session.scalars(query)]


def revoke_support(*, session: Session, support_id: str) -> SupportView:
    """Revoke a certificate (it stays on record, marked revoked)."""
    row = session.get(SupportDelivered, support_id)
    if row is None or row.deleted:
        raise NotFoundError("support", support_id)
    if not row.revoked:
        row.revoked = True
    session.flush()
    return _support_view(row)
