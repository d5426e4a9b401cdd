"""notes record who wrote them, and when a language model's text is due

Revision ID: 0006_note_authors
Revises: 0005_identities_by_subject
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = '0006_note_authors'
down_revision = '0005_identities_by_subject'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('written_by', sa.String(length=120), nullable=False,
                                      server_default='composer'))
        batch_op.add_column(sa.Column('written_from', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('rewrite_due_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_notes_rewrite_due_at'), ['rewrite_due_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notes_rewrite_due_at'))
        batch_op.drop_column('rewrite_due_at')
        batch_op.drop_column('written_from')
        batch_op.drop_column('written_by')
