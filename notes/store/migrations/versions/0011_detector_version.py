"""accounts record which detector judged their events, so that a new one judges them again

Revision ID: 0011_detector_version
Revises: 0010_claims_and_marks
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = '0011_detector_version'
down_revision = '0010_claims_and_marks'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(sa.Column('detector_version', sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column('detector_version')
