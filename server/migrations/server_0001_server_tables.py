"""server-only tables: enrolled devices, enrolment codes, the change
sequence (and its one row), push receipts, the officer's audit trail

The first revision of the server branch (server.models); the domain tables
are the shared branch's.  Servers made before the shared history (stamped
s0001..s0005) are stamped with this branch when they start (server.db).

Revision ID: server_0001
Revises:
Create Date: 2026-12-12 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = 'server_0001'
down_revision = None
branch_labels = ('server',)
depends_on = None


def upgrade() -> None:
    op.create_table('admin_audit',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_admin_audit'))
    )
    op.create_table('enrolment_code',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.Column('used_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('code_hash', name=op.f('pk_enrolment_code'))
    )
    with op.batch_alter_table('enrolment_code', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolment_code_team_id'), ['team_id'], unique=False)

    op.create_table('push_receipt',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('batch_id', sa.String(length=64), nullable=False),
    sa.Column('first_seq', sa.BigInteger(), nullable=True),
    sa.Column('last_seq', sa.BigInteger(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'batch_id', name=op.f('pk_push_receipt'))
    )
    op.create_table('server_device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('last_sync_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_server_device')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_server_device_token_hash'))
    )
    with op.batch_alter_table('server_device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_server_device_team_id'), ['team_id'], unique=False)

    op.create_table('sync_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_counter'))
    )
    counter = sa.table("sync_counter", sa.column("id", sa.Integer), sa.column("seq", sa.BigInteger))
    op.bulk_insert(counter, [{"id": 1, "seq": 0}])


def downgrade() -> None:
    op.drop_table('sync_counter')
    with op.batch_alter_table('server_device', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_server_device_team_id'))
    op.drop_table('server_device')
    op.drop_table('push_receipt')
    with op.batch_alter_table('enrolment_code', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolment_code_team_id'))
    op.drop_table('enrolment_code')
    op.drop_table('admin_audit')
