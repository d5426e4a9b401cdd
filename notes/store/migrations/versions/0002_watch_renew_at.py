"""when an account's push watch is due for renewal

Revision ID: 0002_watch_renew_at
Revises: 0001
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = '0002_watch_renew_at'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('watch_renew_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_accounts_watch_renew_at'), ['watch_renew_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accounts_watch_renew_at'))
        batch_op.drop_column('watch_renew_at')
