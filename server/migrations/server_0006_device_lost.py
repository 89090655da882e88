"""a laptop can be marked lost (by an officer, in the console)

Revision ID: server_0006
Revises: server_0005
Create Date: 2027-01-20 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = 'server_0006'
down_revision = 'server_0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('server_device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lost_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('server_device', schema=None) as batch_op:
        batch_op.drop_column('lost_at')
