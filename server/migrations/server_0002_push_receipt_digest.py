"""push receipts remember a digest of their batch

Receipts written before have no digest: a resend of those batches is still
answered "already applied".

Revision ID: server_0002
Revises: server_0001
Create Date: 2026-12-10 10:10:00
"""
from alembic import op
import sqlalchemy as sa

revision = 'server_0002'
down_revision = 'server_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('push_receipt', sa.Column('digest', sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column('push_receipt', 'digest')
