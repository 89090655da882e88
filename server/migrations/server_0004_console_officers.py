"""the console's people: officers, their sessions, refused logins; the audit
trail says who and from where

Revision ID: server_0004
Revises: server_0003
Create Date: 2027-01-10 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = 'server_0004'
down_revision = 'server_0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('admin_audit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('officer_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('address', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_admin_audit_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_admin_audit_officer_id'), ['officer_id'], unique=False)

    op.create_table('console_officer',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('team_id', sa.String(length=36), nullable=True),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('password_changed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_console_officer')),
    sa.UniqueConstraint('login', name=op.f('uq_console_officer_login'))
    )
    op.create_table('console_session',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('officer_id', sa.String(length=36), nullable=False),
    sa.Column('csrf', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(), nullable=False),
    sa.Column('address', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_console_session'))
    )
    with op.batch_alter_table('console_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_console_session_officer_id'), ['officer_id'], unique=False)

    op.create_table('console_login_failure',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('address', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_console_login_failure'))
    )
    with op.batch_alter_table('console_login_failure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_console_login_failure_address'), ['address'], unique=False)
        batch_op.create_index(batch_op.f('ix_console_login_failure_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_console_login_failure_login'), ['login'], unique=False)


def downgrade() -> None:
    op.drop_table('console_login_failure')
    op.drop_table('console_session')
    op.drop_table('console_officer')
    with op.batch_alter_table('admin_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_admin_audit_officer_id'))
        batch_op.drop_index(batch_op.f('ix_admin_audit_at'))
        batch_op.drop_column('address')
        batch_op.drop_column('officer_id')
