"""the server's own secrets (the console's pseudonym key), in the database so
every worker shares them

Revision ID: server_0005
Revises: server_0004
Create Date: 2027-01-12 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = 'server_0005'
down_revision = 'server_0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('server_secret',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('value', sa.String(length=128), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_server_secret'))
    )


def downgrade() -> None:
    op.drop_table('server_secret')
