"""every miss recoverable: the series an event belongs to, and what a correction says of the next
events of its series or organizer

Revision ID: 0009_recovery
Revises: 0008_calendar_sources_encrypted
Create Date: 2026-12-09
"""
import sqlalchemy as sa
from alembic import op

revision = '0009_recovery'
down_revision = '0008_calendar_sources_encrypted'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column('series_id', sa.String(length=1024), nullable=True))
    with op.batch_alter_table("corrections", schema=None) as batch_op:
        batch_op.add_column(sa.Column('series_id', sa.String(length=1024), nullable=True))
        batch_op.add_column(sa.Column('organizer', sa.String(length=320), nullable=True))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("corrections", schema=None) as batch_op:
        batch_op.drop_column('updated_at')
        batch_op.drop_column('organizer')
        batch_op.drop_column('series_id')
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_column('series_id')
