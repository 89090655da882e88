"""programme.target_*: the targets a funder sets a programme over its whole
duration (people reached, women, youth 18-35, young women, people trained,
coached and certified, projects supported), compared with the results in
the activity report; empty for the programmes there already (no target)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-22 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

TARGETS = (
    'target_reached', 'target_women', 'target_youth', 'target_young_women',
    'target_trained', 'target_coached', 'target_certified', 'target_projects',
)


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy of the table), nullable: nothing to fill.
    for name in TARGETS:
        op.add_column('programme', sa.Column(name, sa.Integer(), nullable=True))


def downgrade() -> None:
    for name in reversed(TARGETS):
        op.execute(f'ALTER TABLE programme DROP COLUMN {name}')
