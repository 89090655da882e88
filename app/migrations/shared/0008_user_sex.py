"""app_user.sex: a user's sex when the CCIS gives it, so that the window
says "formatrice" / "coordinatrice" of a woman (empty for the users there
already: the usual word until the CCIS says)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-20 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('app_user', sa.Column('sex', sa.String(length=1), nullable=True))


def downgrade() -> None:
    op.execute('ALTER TABLE app_user DROP COLUMN sex')
