"""Coaching and next steps, enterprises and stages, the selection funnel, support."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.errors import StateError, ValidationError
from app.db import Database
from app.services import coaching, enterprises, selection
from app.services.beneficiaries import get_beneficiary
from tests.test_services_fixtures import ASSILAH, TODAY, crew, person


def test_coaching_records_next_steps_and_updates_the_stage(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        amal = person(s, team.team_id, "Amal", "Sbai", project_stage="idea")
        view = coaching.record_coaching(
            session=s, team_id=team.team_id, trainer_id=team.trainer_id, held_on=TODAY,
            duration_minutes=45, beneficiary_id=amal.id, topics=("business plan", " "),
            notes="Projet de couture", stage_assessed="pre_creation",
            next_steps=[
                coaching.NextStepInput("Ouvrir un compte", TODAY + dt.timedelta(days=7)),
                coaching.NextStepInput("Demander l'attestation", TODAY - dt.timedelta(days=1)),
                coaching.NextStepInput("Chercher un local"),
            ],
        ).value
        assert view.topics == ("business plan",) and view.hours == 0.75
        assert len(view.next_steps) == 3
        assert get_beneficiary(session=s, beneficiary_id=amal.id).project_stage == "pre_creation"
        steps = coaching.open_next_steps(session=s, team_id=team.team_id, today=TODAY)
        assert [(x.description, x.overdue) for x in steps] == [
            ("Demander l'attestation", True),
            ("Ouvrir un compte", False),
            ("Chercher un local", False),
        ]
        assert steps[0].beneficiary_name == "Amal Sbai"
        done = coaching.complete_next_step(session=s, next_step_id=steps[0].id, done_on=TODAY).value
        assert done.done and done.done_on == TODAY and not done.overdue
        assert len(coaching.open_next_steps(session=s, today=TODAY)) == 2
        due = coaching.coaching_due(
            session=s, team_id=team.team_id, on=TODAY + dt.timedelta(days=7)
        )
        assert [x.description for x in due] == ["Ouvrir un compte"]
        history = coaching.coaching_history(session=s, beneficiary_id=amal.id)
        assert [h.id for h in history] == [view.id]


def test_coaching_needs_someone_and_a_duration(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        with pytest.raises(ValidationError) as caught:
            coaching.record_coaching(
                session=s, team_id=team.team_id, trainer_id=team.trainer_id, held_on=TODAY,
                duration_minutes=0, stage_assessed="finished",
                next_steps=[coaching.NextStepInput("  ")],
            )
        assert caught.value.codes() == {
            "stage_assessed": "invalid_choice",
            "beneficiary_id": "required",
            "duration_minutes": "must_be_positive",
            "next_steps": "required",
        }


def test_enterprise_members_and_stage_over_time(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        amal = person(s, team.team_id, "Amal", "Sbai")
        badr = person(s, team.team_id, "Badr", "Bennis", "M")
        coop = enterprises.create_enterprise(
            session=s, team_id=team.team_id, name="Coopérative Argan", legal_form="cooperative",
            ice="001 234 567 000 089", sector="agrifood", commune_code=ASSILAH,
            member_ids=[amal.id], stage="idea", assessed_on=dt.date(2026, 1, 10),
        ).value
        assert (coop.ice, coop.stage, coop.member_count) == ("001234567000089", "idea", 1)
        enterprises.add_member(session=s, enterprise_id=coop.id, beneficiary_id=badr.id,
                               role="président")
        enterprises.add_member(session=s, enterprise_id=coop.id, beneficiary_id=badr.id)
        later = enterprises.assess_stage(
            session=s, enterprise_id=coop.id, stage="creation", assessed_on=TODAY
        ).value
        assert (later.stage, later.stage_assessed_on, later.member_count) == ("creation", TODAY, 2)
        detail = enterprises.enterprise_detail(session=s, enterprise_id=coop.id)
        assert [st.stage for st in detail.stages] == ["idea", "creation"]
        assert [(m.first_name, m.role) for m in detail.members] == [
            ("Badr", "président"), ("Amal", None),
        ]
        enterprises.remove_member(session=s, enterprise_id=coop.id, beneficiary_id=badr.id)
        assert enterprises.get_enterprise(session=s, enterprise_id=coop.id).member_count == 1
        assert [e.id for e in enterprises.list_enterprises(session=s, beneficiary_id=amal.id)
                ] == [coop.id]
        with pytest.raises(ValidationError) as caught:
            enterprises.create_enterprise(
                session=s, team_id=team.team_id, name="", legal_form="sarl", ice="123",
            )
        assert caught.value.codes() == {
            "name": "required", "legal_form": "invalid_choice", "ice": "ice_format",
        }


def test_selection_funnel_and_support(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        people = [person(s, team.team_id, f"P{i}", "Candidate") for i in range(4)]
        programme = selection.create_programme(
            session=s, name="INDH équipement 2026", funder="INDH", starts_on=dt.date(2026, 1, 1)
        )
        apps = [
            selection.receive_application(
                session=s, team_id=team.team_id, programme_id=programme.id,
                beneficiary_id=p.id, received_on=TODAY,
            )
            for p in people
        ]
        with pytest.raises(StateError) as caught:
            selection.receive_application(
                session=s, team_id=team.team_id, programme_id=programme.id,
                beneficiary_id=people[0].id, received_on=TODAY,
            )
        assert caught.value.code == "already_applied"
        with pytest.raises(StateError):
            selection.set_application_status(
                session=s, application_id=apps[0].id, status="selected", decided_on=TODAY
            )
        for app in apps[:3]:
            selection.set_application_status(
                session=s, application_id=app.id, status="shortlisted"
            )
        chosen = selection.set_application_status(
            session=s, application_id=apps[0].id, status="selected", decided_on=TODAY
        )
        assert chosen.decided_on == TODAY and chosen.beneficiary_name == "P0 Candidate"
        selection.set_application_status(
            session=s, application_id=apps[1].id, status="rejected", decided_on=TODAY
        )
        assert selection.funnel(session=s, programme_id=programme.id) == {
            "received": 1, "shortlisted": 1, "selected": 1, "rejected": 1,
        }
        support = selection.record_support(
            session=s, team_id=team.team_id, kind="equipment", delivered_on=TODAY,
            beneficiary_id=people[0].id, programme_id=programme.id,
            description="Machine à coudre", value_mad=4500,
        )
        assert selection.list_support(session=s, beneficiary_id=people[0].id) == [support]
        assert selection.revoke_support(session=s, support_id=support.id).revoked
        with pytest.raises(ValidationError) as caught2:
            selection.record_support(
                session=s, team_id=team.team_id, kind="cash", delivered_on=TODAY
            )
        assert caught2.value.codes() == {"kind": "invalid_choice", "beneficiary_id": "required"}
