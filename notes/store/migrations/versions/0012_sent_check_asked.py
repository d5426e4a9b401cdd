"""when the user last made an account's sent-check run at once (at most once a minute)

Revision ID: 0012_sent_check_asked
Revises: 0011_detector_version
Create Date: 2026-12-10
"""
import sqlalchemy as sa
from alembic import op

revision = '0012_sent_check_asked'
down_revision = '0011_detector_version'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(sa.Column('sent_check_asked_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column('sent_check_asked_at')
