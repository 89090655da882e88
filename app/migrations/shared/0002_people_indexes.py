"""indexes for the indicators: per session the people in order, the latest stage

The single-column indexes on attendance.session_id, enrolment.session_id and
enterprise_stage.enterprise_id are replaced by composite ones that start with
the same column (so every lookup they served still uses an index) and carry
what the indicators and the activity report read.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 20:30:00
"""
from alembic import op


revision = '0002'
down_revision = '0001'
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
