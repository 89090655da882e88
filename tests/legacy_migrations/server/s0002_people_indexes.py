"""the laptop's 0002: composite people indexes (attendance, enrolment, enterprise stage)

The server follows every laptop schema change with a revision of its own.

Revision ID: s0002
Revises: s0001
Create Date: 2026-11-22 20:50:00
"""
from alembic import op

revision = 's0002'
down_revision = 's0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_session_id')
        batch_op.create_index(
            'ix_attendance_session_people',
            ['session_id', 'deleted', 'beneficiary_id', 'status', 'hours_attended'],
            unique=False,
        )
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.drop_index('ix_enrolment_session_id')
        batch_op.create_index(
            'ix_enrolment_session_people', ['session_id', 'deleted', 'beneficiary_id'],
            unique=False,
        )
    with op.batch_alter_table('enterprise_stage', schema=None) as batch_op:
        batch_op.drop_index('ix_enterprise_stage_enterprise_id')
        batch_op.create_index(
            'ix_enterprise_stage_latest',
            ['enterprise_id', 'assessed_on', 'hlc', 'id', 'deleted', 'stage'],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table('enterprise_stage', schema=None) as batch_op:
        batch_op.drop_index('ix_enterprise_stage_latest')
        batch_op.create_index('ix_enterprise_stage_enterprise_id', ['enterprise_id'], unique=False)
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.drop_index('ix_enrolment_session_people')
        batch_op.create_index('ix_enrolment_session_id', ['session_id'], unique=False)
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_session_people')
        batch_op.create_index('ix_attendance_session_id', ['session_id'], unique=False)
