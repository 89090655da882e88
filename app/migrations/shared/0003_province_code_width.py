"""province codes up to 16 characters (HCP codes reach 12: 06.141.01.00)

SQLite never enforced the old width, so no value changes; PostgreSQL does.

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('province', schema=None) as batch_op:
        batch_op.alter_column('code', existing_type=sa.String(length=8), type_=sa.String(length=16))
    with op.batch_alter_table('commune', schema=None) as batch_op:
        batch_op.alter_column(
            'province_code', existing_type=sa.String(length=8), type_=sa.String(length=16)
        )


def downgrade() -> None:
    with op.batch_alter_table('commune', schema=None) as batch_op:
        batch_op.alter_column(
            'province_code', existing_type=sa.String(length=16), type_=sa.String(length=8)
        )
    with op.batch_alter_table('province', schema=None) as batch_op:
        batch_op.alter_column('code', existing_type=sa.String(length=16), type_=sa.String(length=8))
