"""What a write says it changed (`Done.changes`) is exactly what it wrote:
every writing service is called with a recorder on the session that notes
the tables of the rows each flush really inserted, changed or deleted, and
the declared topics must be those tables' topics — no more, no fewer (a
call that changes nothing says so, and no screen redraws for it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.core.changes import (
    EVERYTHING,
    NOTHING,
    TABLE_TOPICS,
    Changes,
    Done,
    Topic,
)
from app.db import Database
from app.models.base import Base
from app.services import (
    attendance,
    beneficiaries,
    coaching,
    documents,
    enterprises,
    importing,
    planning,
)
from app.services.coaching import NextStepInput
from tests.test_services_fixtures import ASSILAH, TODAY, consent, crew, module_id

T = TypeVar("T")


@contextmanager
def written(session: Session) -> Iterator[set[str]]:
    """The tables of the rows flushed (inserted, really changed, deleted)."""
    tables: set[str] = set()

    def collect(flushed: Session, _context: object) -> None:
        # After a flush the lists still hold what it wrote (SQLAlchemy docs).
        changed = [o for o in flushed.dirty if flushed.is_modified(o)]
        for row in [*flushed.new, *flushed.deleted, *changed]:
            tables.add(type(row).__tablename__)

    event.listen(session, "after_flush", collect)
    try:
        yield tables
    finally:
        event.remove(session, "after_flush", collect)


def exactly(session: Session, call: Callable[[], Done[T]], expected: Changes) -> T:
    """Run a writing call; its changes are the tables it wrote, and `expected`."""
    with written(session) as tables:
        done = call()
    assert done.changes == Changes.of_tables(tables), (done.changes, sorted(tables))
    assert done.changes == expected
    return done.value


def person_input(first: str, last: str, **fields: Any) -> beneficiaries.BeneficiaryInput:
    return beneficiaries.BeneficiaryInput(
        first_name=first, last_name=last, sex="F", commune_code=ASSILAH, birth_year=1990,
        **fields,
    )


def test_changes_are_a_small_typed_value() -> None:
    people = Changes.of(Topic.BENEFICIARY)
    both = people | Changes.of(Topic.ATTENDANCE)
    assert both.topics == {Topic.BENEFICIARY, Topic.ATTENDANCE}
    assert both.concerns({Topic.ATTENDANCE, Topic.STOP})
    assert not people.concerns({Topic.ATTENDANCE, Topic.SESSION})
    assert not NOTHING and not NOTHING.concerns(set(Topic)) and people
    assert EVERYTHING.concerns({Topic.CONFLICT}) and EVERYTHING.topics == frozenset(Topic)
    assert Changes.of_tables(["attendance", "local_state", "enrolment"]) == Changes.of(
        Topic.ATTENDANCE, Topic.SESSION
    )


def test_every_table_has_a_topic_but_bookkeeping_and_reference_data() -> None:
    # A new table must be given a topic here, or screens would never hear of it.
    without = set(Base.metadata.tables) - set(TABLE_TOPICS)
    assert without == {"region", "province", "commune", "local_state", "device"}
    assert set(TABLE_TOPICS) <= set(Base.metadata.tables)


def test_people_planning_and_attendance_say_exactly_what_they_wrote(db: Database) -> None:
    with db.session() as s:
        team = crew(s)
        amal = exactly(
            s,
            lambda: beneficiaries.register_beneficiary(
                session=s, data=person_input("Amal", "Sbai"), consent=consent(),
                team_id=team.team_id, today=TODAY, confirm_not_duplicate=True,
            ),
            Changes.of(Topic.BENEFICIARY),
        ).beneficiary
        badr = beneficiaries.register_beneficiary(
            session=s, data=person_input("Badr", "Ziani"), consent=consent(),
            team_id=team.team_id, today=TODAY, confirm_not_duplicate=True,
        ).value.beneficiary
        # The same form saved again writes nothing.
        exactly(
            s,
            lambda: beneficiaries.update_beneficiary(
                session=s, beneficiary_id=amal.id, data=person_input("Amal", "Sbai"), today=TODAY
            ),
            NOTHING,
        )
        exactly(
            s,
            lambda: beneficiaries.update_beneficiary(
                session=s, beneficiary_id=amal.id, data=person_input("Amal", "Sbaï"), today=TODAY
            ),
            Changes.of(Topic.BENEFICIARY),
        )
        stop = exactly(
            s,
            lambda: planning.plan_stop(
                session=s, team_id=team.team_id, commune_code=ASSILAH, starts_on=TODAY
            ),
            Changes.of(Topic.STOP),
        )
        earlier = exactly(
            s,
            lambda: planning.plan_session(
                session=s, team_id=team.team_id, module_id=module_id(s),
                session_date=TODAY - dt.timedelta(days=7), start_time=dt.time(9),
                end_time=dt.time(12),
            ),
            Changes.of(Topic.SESSION),
        )
        exactly(
            s,
            lambda: planning.enrol(session=s, session_id=earlier.id, beneficiary_ids=[amal.id]),
            Changes.of(Topic.SESSION),
        )
        exactly(
            s,
            lambda: planning.enrol(session=s, session_id=earlier.id, beneficiary_ids=[amal.id]),
            NOTHING,
        )
        today = exactly(
            s,
            lambda: planning.plan_session(
                session=s, team_id=team.team_id, module_id=module_id(s), session_date=TODAY,
                start_time=dt.time(9), end_time=dt.time(12), stop_id=stop.id,
                cohort_from_id=earlier.id,
            ),
            Changes.of(Topic.SESSION),
        )
        exactly(
            s,
            lambda: planning.update_session(session=s, session_id=today.id, capacity=None),
            NOTHING,
        )
        exactly(
            s,
            lambda: planning.update_session(session=s, session_id=today.id, capacity=25),
            Changes.of(Topic.SESSION),
        )
        # The first mark also says the session is being held.
        exactly(
            s,
            lambda: attendance.check_in(
                session=s, session_id=today.id, beneficiary_id=amal.id
            ),
            Changes.of(Topic.ATTENDANCE, Topic.SESSION),
        )
        exactly(
            s,
            lambda: attendance.check_in(
                session=s, session_id=today.id, beneficiary_id=amal.id
            ),
            NOTHING,
        )
        exactly(
            s,
            lambda: planning.set_session_status(session=s, session_id=today.id, status="held"),
            NOTHING,
        )
        exactly(
            s,
            lambda: attendance.set_presence_times(
                session=s, session_id=today.id, beneficiary_id=amal.id,
                arrived_at=dt.time(10), left_at=None,
            ),
            Changes.of(Topic.ATTENDANCE),
        )
        # A certificate is support delivered; printing it again writes nothing.
        issued = exactly(
            s,
            lambda: documents.issue_certificate(
                session=s, beneficiary_id=amal.id, issued_on=TODAY
            ),
            Changes.of(Topic.SUPPORT),
        )
        again = exactly(
            s,
            lambda: documents.issue_certificate(
                session=s, beneficiary_id=amal.id, issued_on=TODAY
            ),
            NOTHING,
        )
        assert again.reused and again.serial == issued.serial
        exactly(
            s,
            lambda: attendance.mark_status(
                session=s, session_id=today.id, beneficiary_id=badr.id, status="absent"
            ),
            Changes.of(Topic.ATTENDANCE),
        )
        exactly(
            s,
            lambda: attendance.undo_check_in(
                session=s, session_id=today.id, beneficiary_id=badr.id
            ),
            Changes.of(Topic.ATTENDANCE),
        )
        exactly(
            s,
            lambda: attendance.undo_check_in(
                session=s, session_id=today.id, beneficiary_id=badr.id
            ),
            NOTHING,
        )
        exactly(
            s,
            lambda: attendance.register_walk_in(
                session=s, session_id=today.id, data=person_input("Chama", "Rami"),
                consent=consent(), team_id=team.team_id, today=TODAY,
            ),
            Changes.of(Topic.BENEFICIARY, Topic.ATTENDANCE),
        )
        exactly(
            s,
            lambda: planning.unenrol(session=s, session_id=earlier.id, beneficiary_id=amal.id),
            Changes.of(Topic.SESSION),
        )
        exactly(
            s,
            lambda: planning.set_session_status(
                session=s, session_id=earlier.id, status="cancelled"
            ),
            Changes.of(Topic.SESSION),
        )


def test_coaching_enterprises_consent_merge_and_erasure_too(db: Database) -> None:
    with db.session() as s:
        team = crew(s)

        def register(first: str, last: str) -> beneficiaries.BeneficiaryView:
            return beneficiaries.register_beneficiary(
                session=s, data=person_input(first, last), consent=consent(),
                team_id=team.team_id, today=TODAY, confirm_not_duplicate=True,
            ).value.beneficiary

        keep, duplicate = register("Hanane", "Tahiri"), register("Hanan", "Tahiri")
        # An assessed stage is also the person's project stage.
        view = exactly(
            s,
            lambda: coaching.record_coaching(
                session=s, team_id=team.team_id, trainer_id=team.trainer_id, held_on=TODAY,
                duration_minutes=45, beneficiary_id=duplicate.id, stage_assessed="idea",
                next_steps=[NextStepInput("Ouvrir un compte", TODAY)],
            ),
            Changes.of(Topic.COACHING, Topic.BENEFICIARY),
        )
        step = view.next_steps[0].id
        exactly(
            s,
            lambda: coaching.complete_next_step(session=s, next_step_id=step, done_on=TODAY),
            Changes.of(Topic.COACHING),
        )
        exactly(
            s,
            lambda: coaching.complete_next_step(session=s, next_step_id=step, done_on=TODAY),
            NOTHING,
        )
        firm = exactly(
            s,
            lambda: enterprises.create_enterprise(
                session=s, team_id=team.team_id, name="Coop Argan", legal_form="cooperative",
                member_ids=[keep.id], stage="idea", assessed_on=TODAY,
            ),
            Changes.of(Topic.ENTERPRISE),
        )
        exactly(
            s,
            lambda: enterprises.add_member(
                session=s, enterprise_id=firm.id, beneficiary_id=keep.id
            ),
            NOTHING,
        )
        exactly(
            s,
            lambda: enterprises.add_member(
                session=s, enterprise_id=firm.id, beneficiary_id=duplicate.id
            ),
            Changes.of(Topic.ENTERPRISE),
        )
        exactly(
            s,
            lambda: enterprises.assess_stage(
                session=s, enterprise_id=firm.id, stage="creation", assessed_on=TODAY
            ),
            Changes.of(Topic.ENTERPRISE),
        )
        exactly(
            s,
            lambda: beneficiaries.record_consent(
                session=s, beneficiary_id=keep.id, consent=consent(), today=TODAY
            ),
            Changes.of(Topic.BENEFICIARY),
        )
        # The duplicate's coaching, next step, membership and consent move.
        exactly(
            s,
            lambda: beneficiaries.merge_beneficiaries(
                session=s, keep_id=keep.id, merge_id=duplicate.id
            ),
            Changes.of(Topic.BENEFICIARY, Topic.COACHING, Topic.ENTERPRISE),
        )
        exactly(
            s,
            lambda: enterprises.remove_member(
                session=s, enterprise_id=firm.id, beneficiary_id=keep.id
            ),
            Changes.of(Topic.ENTERPRISE),
        )
        exactly(
            s,
            lambda: beneficiaries.withdraw_consent(session=s, beneficiary_id=keep.id, on=TODAY),
            Changes.of(Topic.BENEFICIARY),
        )
        exactly(
            s,
            lambda: beneficiaries.withdraw_consent(session=s, beneficiary_id=keep.id, on=TODAY),
            NOTHING,
        )
        exactly(
            s,
            lambda: beneficiaries.erase_beneficiary(session=s, beneficiary_id=keep.id, today=TODAY),
            Changes.of(Topic.BENEFICIARY, Topic.COACHING),
        )


def test_an_import_says_whether_it_added_anyone(db: Database, tmp_path: Path) -> None:
    listing = tmp_path / "liste.csv"
    listing.write_text("Nom;Prénom;Sexe\nAlaoui;Khadija;F\n", encoding="utf-8")
    with db.session() as s:
        # No team on this laptop yet: the import makes one.
        exactly(
            s,
            lambda: importing.import_beneficiaries(session=s, path=listing, today=TODAY),
            Changes.of(Topic.BENEFICIARY, Topic.USER),
        )
        exactly(
            s,
            lambda: importing.import_beneficiaries(session=s, path=listing, today=TODAY),
            NOTHING,
        )
