"""an OAuth flow may start before its user is known (the Outlook task pane's first sign-in)

Revision ID: 0003_auth_flow_without_user
Revises: 0002_watch_renew_at
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = '0003_auth_flow_without_user'
down_revision = '0002_watch_renew_at'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('auth_flows', schema=None) as batch_op:
        batch_op.alter_column('user_id', existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM auth_flows WHERE user_id IS NULL")
    with op.batch_alter_table('auth_flows', schema=None) as batch_op:
        batch_op.alter_column('user_id', existing_type=sa.Integer(), nullable=False)
