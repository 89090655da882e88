"""beneficiary.name_keys: the name skeletons of the duplicate check, stored
and indexed with the commune

The keys of the people already there are computed here with the app's own
function (app.models.name_keys), as the app computes them on every write.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 10:00:00
"""
from alembic import op
import sqlalchemy as sa

from app.models.name_keys import beneficiary_name_keys

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

CHUNK = 5000


def fill_name_keys() -> None:
    """Compute the keys of every person."""
    connection = op.get_bind()
    people = connection.execute(
        sa.text("SELECT id, first_name, last_name, name_ar FROM beneficiary")
    ).all()
    update = sa.text("UPDATE beneficiary SET name_keys = :keys WHERE id = :id")
    for start in range(0, len(people), CHUNK):
        connection.execute(update, [
            {
                "id": row_id,
                "keys": beneficiary_name_keys(
                    first_name=first_name, last_name=last_name, name_ar=name_ar
                ),
            }
            for row_id, first_name, last_name, name_ar in people[start:start + CHUNK]
        ])


def upgrade() -> None:
    # A plain ADD COLUMN (no table copy: the FTS triggers stay as they are).
    op.add_column(
        'beneficiary', sa.Column('name_keys', sa.Text(), nullable=False, server_default='')
    )
    fill_name_keys()
    op.create_index(
        'ix_beneficiary_commune_name_keys', 'beneficiary', ['commune_code', 'name_keys'],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index('ix_beneficiary_commune_name_keys', table_name='beneficiary')
    # Not a batch copy of the table, which would drop the FTS triggers
    # (SQLite has DROP COLUMN since 3.35).
    op.execute('ALTER TABLE beneficiary DROP COLUMN name_keys')
