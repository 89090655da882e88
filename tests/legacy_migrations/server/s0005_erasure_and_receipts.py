"""the laptop's 0006 (erased_on on beneficiary, coaching_session and
conflict), and push receipts that remember a digest of their batch

People erased before the marker existed get it as on the laptops (same
value, the row's creation clock).  Receipts written before have no digest:
a resend of those batches is still answered "already applied".

Revision ID: s0005
Revises: s0004
Create Date: 2026-12-10 10:10:00
"""
from alembic import op
import sqlalchemy as sa

revision = 's0005'
down_revision = 's0004'
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
    for table in TABLES:
        op.add_column(table, sa.Column('erased_on', sa.Date(), nullable=True))
    op.get_bind().execute(sa.text(MARK_ERASED), {"yes": True})
    op.add_column('push_receipt', sa.Column('digest', sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column('push_receipt', 'digest')
    for table in TABLES:
        op.drop_column(table, 'erased_on')
