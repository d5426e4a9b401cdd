"""claims of due work with their owner, lease and failures; the marks a mailbox draft or mail carries
so that a retry finds what an interrupted attempt made

Revision ID: 0010_claims_and_marks
Revises: 0009_recovery
Create Date: 2026-12-10
"""
import sqlalchemy as sa
from alembic import op

revision = '0010_claims_and_marks'
down_revision = '0009_recovery'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'claims',
        sa.Column('queue', sa.String(length=64), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('token', sa.String(length=32), nullable=True),
        sa.Column('until', sa.DateTime(), nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('failed_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('queue', 'item_id', name=op.f('pk_claims')),
    )
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('draft_marker', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('draft_tried_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('nudges', schema=None) as batch_op:
        batch_op.add_column(sa.Column('marker', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('tried_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('nudges', schema=None) as batch_op:
        batch_op.drop_column('tried_at')
        batch_op.drop_column('marker')
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_column('draft_tried_at')
        batch_op.drop_column('draft_marker')
    op.drop_table('claims')
