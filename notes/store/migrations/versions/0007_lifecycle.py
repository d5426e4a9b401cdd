"""what undoing and a vanishing calendar need: why an interview was retired, when an undone "sent"
was undone, and the removals an account holds until the user confirms them

Revision ID: 0007_lifecycle
Revises: 0006_note_authors
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = '0007_lifecycle'
down_revision = '0006_note_authors'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column('removed_reason', sa.String(length=32), nullable=True))
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.add_column(sa.Column('sent_check_after', sa.DateTime(), nullable=True))
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(sa.Column('warning', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('held_removals', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column('held_removals')
        batch_op.drop_column('warning')
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_column('sent_check_after')
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_column('removed_reason')
