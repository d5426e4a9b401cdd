"""what a note is for (its kind): thanks after an interview, thanks for other help, a referrer's update or
the one follow-up; a person may get one note of each kind per interview and channel

Revision ID: 0013_note_kinds
Revises: 0012_sent_check_asked
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = '0013_note_kinds'
down_revision = '0012_sent_check_asked'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=24), server_default='interview', nullable=False))
        batch_op.drop_constraint('uq_notes_interview_id_recipient_email_channel', type_='unique')
        batch_op.create_unique_constraint('uq_notes_interview_id_recipient_email_channel_kind',
                                          ['interview_id', 'recipient_email', 'channel', 'kind'])


def downgrade() -> None:
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_constraint('uq_notes_interview_id_recipient_email_channel_kind', type_='unique')
        batch_op.create_unique_constraint('uq_notes_interview_id_recipient_email_channel',
                                          ['interview_id', 'recipient_email', 'channel'])
        batch_op.drop_column('kind')
