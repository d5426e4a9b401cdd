"""notes and accounts record when they last changed (the sidebars' caches key on it)

Revision ID: 0004_change_stamps
Revises: 0003_auth_flow_without_user
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = '0004_change_stamps'
down_revision = '0003_auth_flow_without_user'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("notes", "accounts"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('updated_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    for table in ("notes", "accounts"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('updated_at')
