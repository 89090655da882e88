"""no local_state on the server

The server's first chain copied the laptop's whole schema, local_state
included; the server never reads nor writes it (it is the laptop branch's
now).  A new server never had it: this drops it where it is.

Revision ID: server_0003
Revises: server_0002
Create Date: 2026-12-12 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = 'server_0003'
down_revision = 'server_0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table('local_state'):
        op.drop_table('local_state')


def downgrade() -> None:
    op.create_table('local_state',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_state'))
    )
