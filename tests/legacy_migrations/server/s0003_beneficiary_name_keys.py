"""the laptop's 0004: beneficiary.name_keys (duplicate-check skeletons), indexed
with the commune

The server does not check duplicates, but its rows are written by the same
code as the laptop's (app.sync.rowstore), so the column is there and filled.

Revision ID: s0003
Revises: s0002
Create Date: 2026-11-24 10:10:00
"""
from alembic import op
import sqlalchemy as sa

from app.models.name_keys import beneficiary_name_keys

revision = 's0003'
down_revision = 's0002'
branch_labels = None
depends_on = None

CHUNK = 5000


def upgrade() -> None:
    op.add_column(
        'beneficiary', sa.Column('name_keys', sa.Text(), nullable=False, server_default='')
    )
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
    op.create_index(
        'ix_beneficiary_commune_name_keys', 'beneficiary', ['commune_code', 'name_keys'],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index('ix_beneficiary_commune_name_keys', table_name='beneficiary')
    op.drop_column('beneficiary', 'name_keys')
