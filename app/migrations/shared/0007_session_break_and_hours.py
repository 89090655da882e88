"""training_session.break_start / break_end, and the hours attended of
present people recomputed with the one rule (app/rules/hours.py)

Before the rule, a check-in recorded after the session (18:28 for
09:00-12:00) stored 0 hours and that moment as the arrival, walk-ins and
check-ins disagreed, and hours were rounded to two decimals.  Every
present row gets the rule's hours from its own arrival and departure (an
arrival outside the session is not an arrival: it is cleared, as a check-in
records it now).  The laptop and the server run this same step on the same
rows with the same pure function, so they agree without a sync; neither
clock nor outbox is touched.  A later change of the rule comes with its own
recompute step, so both sides still converge.

Downgrading drops the break; the recomputed hours stay (they are right).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-16 10:00:00
"""
from alembic import op
import sqlalchemy as sa

from app.rules import hours

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# Typed (not ORM) views of the two tables: SQLite hands dates and times back
# as text unless the column says what it holds.
SESSION = sa.table(
    'training_session',
    sa.column('id', sa.String), sa.column('session_date', sa.Date),
    sa.column('start_time', sa.Time), sa.column('end_time', sa.Time),
)
ATTENDANCE = sa.table(
    'attendance',
    sa.column('id', sa.String), sa.column('session_id', sa.String),
    sa.column('status', sa.String), sa.column('arrived_at', sa.DateTime),
    sa.column('left_at', sa.DateTime), sa.column('hours_attended', sa.Float),
)
CHUNK = 5_000


def recompute_hours(connection: sa.Connection) -> int:
    """Present rows whose hours (or arrival) are not the rule's get them;
    returns how many changed."""
    query = (
        sa.select(
            ATTENDANCE.c.id, ATTENDANCE.c.arrived_at, ATTENDANCE.c.left_at,
            ATTENDANCE.c.hours_attended, SESSION.c.session_date, SESSION.c.start_time,
            SESSION.c.end_time,
        )
        .select_from(ATTENDANCE.join(SESSION, SESSION.c.id == ATTENDANCE.c.session_id))
        .where(ATTENDANCE.c.status == 'present')
        .order_by(ATTENDANCE.c.id)
    )
    changed = []
    # Streamed (a server may hold millions of rows); the option is the
    # statement's, not the connection's (Alembic's next statements are plain).
    rows = connection.execute(query.execution_options(stream_results=True, yield_per=CHUNK))
    for row_id, arrived, left, stored, day, start, end in rows:
        times = hours.SessionTimes(day, start, end)
        arrival = hours.recorded_arrival(times, arrived)
        value = hours.as_hours(hours.minutes_attended(times, arrival, left))
        if value != stored or arrival != arrived:
            changed.append({'row_id': row_id, 'arrived_at': arrival, 'hours_attended': value})
    update = (
        sa.update(ATTENDANCE)
        .where(ATTENDANCE.c.id == sa.bindparam('row_id'))
        .values(arrived_at=sa.bindparam('arrived_at'),
                hours_attended=sa.bindparam('hours_attended'))
    )
    for start in range(0, len(changed), CHUNK):
        connection.execute(update, changed[start:start + CHUNK])
    return len(changed)


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy).
    op.add_column('training_session', sa.Column('break_start', sa.Time(), nullable=True))
    op.add_column('training_session', sa.Column('break_end', sa.Time(), nullable=True))
    recompute_hours(op.get_bind())


def downgrade() -> None:
    for column in ('break_start', 'break_end'):
        op.execute(f'ALTER TABLE training_session DROP COLUMN {column}')
