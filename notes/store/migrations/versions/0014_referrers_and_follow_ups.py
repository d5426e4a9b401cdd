"""who referred the user to an interview, the next step the company promised and when its one follow-up
is looked at; users may turn follow-ups off

Revision ID: 0014_referrers_and_follow_ups
Revises: 0013_note_kinds
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = '0014_referrers_and_follow_ups'
down_revision = '0013_note_kinds'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('follow_ups_enabled', sa.Boolean(), server_default=sa.true(), nullable=False))
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        batch_op.add_column(sa.Column('referrer', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('next_step', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('follow_up_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_interviews_follow_up_at'), ['follow_up_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('interviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interviews_follow_up_at'))
        batch_op.drop_column('follow_up_at')
        batch_op.drop_column('next_step')
        batch_op.drop_column('referrer')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('follow_ups_enabled')
