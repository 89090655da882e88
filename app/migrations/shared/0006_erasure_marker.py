"""erased_on: the law 09-08 erasure marker on beneficiary, coaching_session
and conflict (sync never undoes an erasure)

People erased before the marker existed (both names "—" and a tombstone)
get it here, dated by their consent's withdrawal (else their registration):
the laptop and the server compute the same value, with the row's creation
clock, so they agree without a sync.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-10 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

TABLES = ('beneficiary', 'coaching_session', 'conflict')

MARK_ERASED = """
UPDATE beneficiary SET erased_on = COALESCE(
    (SELECT MAX(consent.withdrawn_on) FROM consent WHERE consent.beneficiary_id = beneficiary.id),
    registered_on)
WHERE first_name = '—' AND last_name = '—' AND deleted = :yes AND erased_on IS NULL
"""


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy: beneficiary's FTS triggers stay).
    for table in TABLES:
        op.add_column(table, sa.Column('erased_on', sa.Date(), nullable=True))
    op.get_bind().execute(sa.text(MARK_ERASED), {"yes": True})


def downgrade() -> None:
    # Not a batch copy, which would drop the FTS triggers (SQLite >= 3.35).
    for table in TABLES:
        op.execute(f'ALTER TABLE {table} DROP COLUMN erased_on')
