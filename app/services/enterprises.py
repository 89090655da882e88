"""Enterprises and projects (AE, TPE, cooperatives...), their members and
their stage over time (the latest assessment is the current stage)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.changes import NOTHING, Changes, Done, Topic
from app.core.errors import FieldError, NotFoundError, ValidationError
from app.models import Beneficiary, Commune, Enterprise, EnterpriseMember, EnterpriseStage
from app.models.enums import LegalForm, ProjectStage, Sector
from app.models.ids import membership_id
from app.services.validation import (
    check_code,
    check_length,
    check_required,
    length_problems,
    raise_if_any,
    validate_ice,
)


@dataclass(frozen=True)
class EnterpriseView:
    id: str
    team_id: str | None
    name: str
    legal_form: str
    ice: str | None
    sector: str | None
    commune_code: str | None
    commune_name: str | None
    created_on: dt.date | None
    notes: str | None
    stage: str | None  # current (latest assessment)
    stage_assessed_on: dt.date | None
    member_count: int


@dataclass(frozen=True)
class MemberView:
    beneficiary_id: str
    first_name: str
    last_name: str
    name_ar: str | None
    role: str | None


@dataclass(frozen=True)
class StageView:
    id: str
    stage: str
    assessed_on: dt.date
    assessed_by: str | None


@dataclass(frozen=True)
class EnterpriseDetail:
    enterprise: EnterpriseView
    members: list[MemberView]
    stages: list[StageView]  # oldest first


def _live(session: Session, enterprise_id: str) -> Enterprise:
    row = session.get(Enterprise, enterprise_id)
    if row is None or row.deleted:
        raise NotFoundError("enterprise", enterprise_id)
    return row


def _latest_stage(session: Session, enterprise_id: str) -> EnterpriseStage | None:
    return session.scalars(
        select(EnterpriseStage)
        .where(EnterpriseStage.enterprise_id == enterprise_id, EnterpriseStage.deleted.is_(False))
        .order_by(EnterpriseStage.assessed_on.desc(), EnterpriseStage.hlc.desc())
        .limit(1)
    ).first()


def _view(session: Session, row: Enterprise) -> EnterpriseView:
    commune = session.get(Commune, row.commune_code) if row.commune_code else None
    latest = _latest_stage(session, row.id)
    members = session.scalar(
        select(func.count())
        .select_from(EnterpriseMember)
        .where(EnterpriseMember.enterprise_id == row.id, EnterpriseMember.deleted.is_(False))
    )
    return EnterpriseView(
        id=row.id,
        team_id=row.team_id,
        name=row.name,
        legal_form=row.legal_form,
        ice=row.ice,
        sector=row.sector,
        commune_code=row.commune_code,
        commune_name=commune.name_fr if commune else None,
        created_on=row.created_on,
        notes=row.notes,
        stage=latest.stage if latest else None,
        stage_assessed_on=latest.assessed_on if latest else None,
        member_count=int(members or 0),
    )


def create_enterprise(
    *,
    session: Session,
    team_id: str,
    name: str,
    legal_form: str,
    ice: str | None = None,
    sector: str | None = None,
    commune_code: str | None = None,
    member_ids: Sequence[str] = (),
    stage: str | None = None,
    created_on: dt.date | None = None,
    assessed_on: dt.date | None = None,
    assessed_by: str | None = None,
    notes: str | None = None,
) -> Done[EnterpriseView]:
    """A new enterprise with its members; `stage` is its first assessment
    (dated `assessed_on`, default today)."""
    errors: list[FieldError | None] = [
        check_required("name", name),
        *length_problems("enterprise", {"name": name, "ice": ice, "notes": notes}),
        check_code("legal_form", legal_form, LegalForm),
        check_code("sector", sector, Sector),
        check_code("stage", stage, ProjectStage),
    ]
    if commune_code is not None and session.get(Commune, commune_code) is None:
        errors.append(FieldError("commune_code", "unknown_commune"))
    clean_ice: str | None = None
    if ice is not None and ice.strip() and check_length("enterprise", "ice", ice) is None:
        try:
            clean_ice = validate_ice(ice)
        except ValidationError as exc:
            errors.extend(exc.errors)
    for member_id in member_ids:
        person = session.get(Beneficiary, member_id)
        if person is None or person.deleted:
            errors.append(FieldError("member_ids", "unknown_beneficiary", {"id": member_id}))
    raise_if_any(errors)
    row = Enterprise(
        team_id=team_id,
        name=name.strip(),
        legal_form=legal_form,
        ice=clean_ice,
        sector=sector,
        commune_code=commune_code,
        created_on=created_on,
        notes=notes,
    )
    session.add(row)
    session.flush()
    for member_id in dict.fromkeys(member_ids):
        add_member(session=session, enterprise_id=row.id, beneficiary_id=member_id)
    if stage is not None:
        assess_stage(
            session=session,
            enterprise_id=row.id,
            stage=stage,
            assessed_on=assessed_on or dt.date.today(),
            assessed_by=assessed_by,
        )
    session.flush()
    return Done(_view(session, row), Changes.of(Topic.ENTERPRISE))


def add_member(
    *, session: Session, enterprise_id: str, beneficiary_id: str, role: str | None = None
) -> Done[MemberView]:
    """Idempotent (deterministic id); revives a removed membership."""
    raise_if_any([check_length("enterprise_member", "role", role)])
    enterprise = _live(session, enterprise_id)
    person = session.get(Beneficiary, beneficiary_id)
    if person is None or person.deleted:
        raise NotFoundError("beneficiary", beneficiary_id)
    key = membership_id(enterprise_id, beneficiary_id)
    member = session.get(EnterpriseMember, key)
    changes = Changes.of(Topic.ENTERPRISE)
    if member is None:
        member = EnterpriseMember(
            id=key,
            team_id=enterprise.team_id,
            enterprise_id=enterprise_id,
            beneficiary_id=beneficiary_id,
            role=role,
        )
        session.add(member)
    else:
        if member.deleted:
            member.deleted = False
        if role is not None and member.role != role:
            member.role = role
        if not session.is_modified(member):
            changes = NOTHING  # already a member, in that role
    session.flush()
    view = MemberView(
        beneficiary_id=person.id,
        first_name=person.first_name,
        last_name=person.last_name,
        name_ar=person.name_ar,
        role=member.role,
    )
    return Done(view, changes)


def remove_member(*, session: Session, enterprise_id: str, beneficiary_id: str) -> Done[None]:
    member = session.get(EnterpriseMember, membership_id(enterprise_id, beneficiary_id))
    if member is None or member.deleted:
        return Done(None, NOTHING)
    member.deleted = True
    session.flush()
    return Done(None, Changes.of(Topic.ENTERPRISE))


def assess_stage(
    *,
    session: Session,
    enterprise_id: str,
    stage: str,
    assessed_on: dt.date,
    assessed_by: str | None = None,
) -> Done[EnterpriseView]:
    """Record the project's stage on a date; the latest assessment is current."""
    raise_if_any([check_code("stage", stage, ProjectStage)])
    row = _live(session, enterprise_id)
    session.add(
        EnterpriseStage(
            team_id=row.team_id,
            enterprise_id=enterprise_id,
            stage=stage,
            assessed_on=assessed_on,
            assessed_by=assessed_by,
        )
    )
    session.flush()
    return Done(_view(session, row), Changes.of(Topic.ENTERPRISE))


def get_enterprise(*, session: Session, enterprise_id: str) -> EnterpriseView:
    return _view(session, _live(session, enterprise_id))


def list_enterprises(
    *, session: Session, team_id: str | None = None, beneficiary_id: str | None = None
) -> list[EnterpriseView]:
    """Enterprises by name; with `beneficiary_id`, those the person is a member of."""
    query = select(Enterprise).where(Enterprise.deleted.is_(False)).order_by(Enterprise.name)
    if team_id is not None:
        query = query.where(Enterprise.team_id == team_id)
    if beneficiary_id is not None:
        query = query.where(
            Enterprise.id.in_(
                select(EnterpriseMember.enterprise_id).where(
                    EnterpriseMember.beneficiary_id == beneficiary_id,
                    EnterpriseMember.deleted.is_(False),
                )
            )
        )
    return [_view(session, row) for row in session.scalars(query)]


def enterprise_detail(*, session: Session, enterprise_id: str) -> EnterpriseDetail:
    row = _live(session, enterprise_id)
    members = session.execute(
        select(Beneficiary, EnterpriseMember.role)
        .join(EnterpriseMember, EnterpriseMember.beneficiary_id == Beneficiary.id)
        .where(
            EnterpriseMember.enterprise_id == enterprise_id,
            EnterpriseMember.deleted.is_(False),
            Beneficiary.deleted.is_(False),
        )
        .order_by(Beneficiary.last_name, Beneficiary.first_name)
    )
    stages = session.scalars(
        select(EnterpriseStage)
        .where(EnterpriseStage.enterprise_id == enterprise_id, EnterpriseStage.deleted.is_(False))
        .order_by(EnterpriseStage.assessed_on, EnterpriseStage.hlc)
    )
    return EnterpriseDetail(
        enterprise=_view(session, row),
        members=[
            MemberView(
                beneficiary_id=p.id,
                first_name=p.first_name,
                last_name=p.last_name,
                name_ar=p.name_ar,
                role=role,
            )
            for p, role in members
        ],
        stages=[
            StageView(id=s.id, stage=s.stage, assessed_on=s.assessed_on, assessed_by=s.assessed_by)
            for s in stages
        ],
    )
