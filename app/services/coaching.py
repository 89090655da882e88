"""One-to-one coaching (accompagnement) and the next steps agreed in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.core.changes import NOTHING, Changes, Done, Topic
from app.core.errors import ConfirmationNeeded, FieldError, NotFoundError
from app.models import Beneficiary, CoachingSession, Enterprise, NextStep, User
from app.models.enums import ProjectStage
from app.models.people import full_name
from app.services.validation import check_code, check_length, check_required, raise_if_any


@dataclass(frozen=True)
class NextStepInput:
    description: str
    due_on: dt.date | None = None


@dataclass(frozen=True)
class NextStepView:
    id: str
    coaching_id: str
    beneficiary_id: str | None
    beneficiary_name: str
    description: str
    due_on: dt.date | None
    done: bool
    done_on: dt.date | None
    overdue: bool  # not done and due before the `today` it was listed for


@dataclass(frozen=True)
class CoachingView:
    id: str
    team_id: str | None
    trainer_id: str | None
    beneficiary_id: str | None
    enterprise_id: str | None
    held_on: dt.date
    duration_minutes: int
    topics: tuple[str, ...]
    notes: str | None
    stage_assessed: str | None
    next_steps: tuple[NextStepView, ...]

    @property
    def hours(self) -> float:
        return self.duration_minutes / 60


def _step_view(
    step: NextStep, person: tuple[str | None, str | None, str | None], today: dt.date | None
) -> NextStepView:
    name = full_name(*person)
    overdue = bool(
        not step.done and step.due_on is not None and today is not None and step.due_on < today
    )
    return NextStepView(
        id=step.id,
        coaching_id=step.coaching_id,
        beneficiary_id=step.beneficiary_id,
        beneficiary_name=name,
        description=step.description,
        due_on=step.due_on,
        done=step.done,
        done_on=step.done_on,
        overdue=overdue,
    )


def _steps_query() -> Select[NextStep, str, str, str | None]:
    return (
        select(NextStep, Beneficiary.first_name, Beneficiary.last_name, Beneficiary.name_ar)
        .join(Beneficiary, Beneficiary.id == NextStep.beneficiary_id, isouter=True)
        .where(NextStep.deleted.is_(False))
    )


def _coaching_view(
    session: Session, row: CoachingSession, today: dt.date | None = None
) -> CoachingView:
    steps = session.execute(
        _steps_query().where(NextStep.coaching_id == row.id).order_by(NextStep.due_on, NextStep.id)
    )
    return CoachingView(
        id=row.id,
        team_id=row.team_id,
        trainer_id=row.trainer_id,
        beneficiary_id=row.beneficiary_id,
        enterprise_id=row.enterprise_id,
        held_on=row.held_on,
        duration_minutes=row.duration_minutes,
        topics=tuple(row.topics or ()),
        notes=row.notes,
        stage_assessed=row.stage_assessed,
        next_steps=tuple(_step_view(s, (f, la, ar), today) for s, f, la, ar in steps),
    )


def record_coaching(
    *,
    session: Session,
    team_id: str,
    trainer_id: str | None,
    held_on: dt.date,
    duration_minutes: int,
    beneficiary_id: str | None = None,
    enterprise_id: str | None = None,
    topics: Sequence[str] = (),
    notes: str | None = None,
    stage_assessed: str | None = None,
    next_steps: Sequence[NextStepInput] = (),
    today: dt.date | None = None,
    confirm_past_due: bool = False,
) -> Done[CoachingView]:
    """Record a coaching session with a person and/or an enterprise.  An
    assessed stage becomes the person's current project stage.

    Raises ValidationError (every problem at once), then, with `today` (the
    day the trainer types it), ConfirmationNeeded when a next step is due
    before that day ("due_in_past": 2020 typed for 2026 is a typo more often
    than a step already late) unless `confirm_past_due`."""
    errors: list[FieldError | None] = [
        check_code("stage_assessed", stage_assessed, ProjectStage),
        check_length("coaching_session", "notes", notes),
    ]
    for topic in topics:
        error = check_length("coaching_session", "topics", topic)
        if error is not None:
            errors.append(FieldError("topics", "too_long", {**error.params, "topic": topic}))
            break
    if beneficiary_id is None and enterprise_id is None:
        errors.append(FieldError("beneficiary_id", "required"))
    person = session.get(Beneficiary, beneficiary_id) if beneficiary_id else None
    if beneficiary_id is not None and (person is None or person.deleted):
        errors.append(FieldError("beneficiary_id", "unknown_beneficiary"))
    if enterprise_id is not None:
        enterprise = session.get(Enterprise, enterprise_id)
        if enterprise is None or enterprise.deleted:
            errors.append(FieldError("enterprise_id", "unknown_enterprise"))
    if trainer_id is not None:
        trainer = session.get(User, trainer_id)
        if trainer is None or trainer.deleted:
            errors.append(FieldError("trainer_id", "unknown_user"))
    if duration_minutes <= 0:
        errors.append(FieldError("duration_minutes", "must_be_positive"))
    for index, step in enumerate(next_steps):
        error = check_required("next_steps", step.description) or check_length(
            "next_step", "description", step.description
        )
        if error is not None:
            # The step's own problem (worded where it is raised), told of its row.
            errors.append(
                replace(error, field="next_steps", params={**error.params, "index": index})
            )
    raise_if_any(errors)
    late = past_due_steps(next_steps, today)
    if late and not confirm_past_due:
        raise ConfirmationNeeded(late)
    row = CoachingSession(
        team_id=team_id,
        trainer_id=trainer_id,
        beneficiary_id=beneficiary_id,
        enterprise_id=enterprise_id,
        held_on=held_on,
        duration_minutes=duration_minutes,
        topics=[t.strip() for t in topics if t.strip()],
        notes=notes,
        stage_assessed=stage_assessed,
    )
    session.add(row)
    session.flush()
    for step in next_steps:
        session.add(
            NextStep(
                team_id=team_id,
                coaching_id=row.id,
                beneficiary_id=beneficiary_id,
                description=step.description.strip(),
                due_on=step.due_on,
                done=False,
            )
        )
    changes = Changes.of(Topic.COACHING)
    if person is not None and stage_assessed is not None and person.project_stage != stage_assessed:
        person.project_stage = stage_assessed
        changes |= Changes.of(Topic.BENEFICIARY)
    session.flush()
    return Done(_coaching_view(session, row), changes)


def past_due_steps(
    next_steps: Sequence[NextStepInput], today: dt.date | None
) -> list[FieldError]:
    """A "due_in_past" warning per next step due before `today` (none without it)."""
    if today is None:
        return []
    return [
        FieldError("next_steps", "due_in_past", {"index": index, "due_on": step.due_on})
        for index, step in enumerate(next_steps)
        if step.due_on is not None and step.due_on < today
    ]


def coaching_history(
    *,
    session: Session,
    beneficiary_id: str | None = None,
    enterprise_id: str | None = None,
    today: dt.date | None = None,
) -> list[CoachingView]:
    """Coaching of a person (or an enterprise), latest first."""
    query = select(CoachingSession).where(CoachingSession.deleted.is_(False))
    if beneficiary_id is not None:
        query = query.where(CoachingSession.beneficiary_id == beneficiary_id)
    if enterprise_id is not None:
        query = query.where(CoachingSession.enterprise_id == enterprise_id)
    query = query.order_by(CoachingSession.held_on.desc(), CoachingSession.id.desc())
    return [_coaching_view(session, row, today) for row in session.scalars(query)]


def open_next_steps(
    *,
    session: Session,
    team_id: str | None = None,
    today: dt.date | None = None,
    beneficiary_id: str | None = None,
) -> list[NextStepView]:
    """Steps not done yet, earliest due first (undated last); `overdue`
    relative to `today` (default: the computer's date)."""
    today = today or dt.date.today()
    query = _steps_query().where(NextStep.done.is_(False))
    if team_id is not None:
        query = query.where(NextStep.team_id == team_id)
    if beneficiary_id is not None:
        query = query.where(NextStep.beneficiary_id == beneficiary_id)
    query = query.order_by(NextStep.due_on.is_(None), NextStep.due_on, NextStep.id)
    return [_step_view(s, (f, la, ar), today) for s, f, la, ar in session.execute(query)]


def complete_next_step(
    *, session: Session, next_step_id: str, done_on: dt.date, done: bool = True
) -> Done[NextStepView]:
    """Mark a step done (or, with done=False, not done after all)."""
    step = session.get(NextStep, next_step_id)
    if step is None or step.deleted:
        raise NotFoundError("next_step", next_step_id)
    new_done_on = done_on if done else None
    changes = NOTHING if (step.done, step.done_on) == (done, new_done_on) else Changes.of(
        Topic.COACHING
    )
    if step.done != done:
        step.done = done
    if step.done_on != new_done_on:
        step.done_on = new_done_on
    session.flush()
    person = session.get(Beneficiary, step.beneficiary_id) if step.beneficiary_id else None
    names = (person.first_name, person.last_name, person.name_ar) if person else (None, None, None)
    view = _step_view(step, names, None)
    return Done(view, changes)


def coaching_due(*, session: Session, team_id: str | None, on: dt.date) -> list[NextStepView]:
    """Open steps due on or before `on`: who needs a follow-up visit."""
    return [
        step
        for step in open_next_steps(session=session, team_id=team_id, today=on)
        if step.due_on is not None and step.due_on <= on
    ]
