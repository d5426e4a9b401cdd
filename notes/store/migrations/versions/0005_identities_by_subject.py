"""users are found by who signed in, not by address; pending connections; pane-token generations

Revision ID: 0005_identities_by_subject
Revises: 0004_change_stamps
Create Date: 2026-12-01

``users.email`` stops being unique (two people may claim one address; only a sign-in identifies
a user). ``users.local_address`` names the user a server's login token stands for: every user
that exists already gets its own address there, because until now that address is how the
login token found its user, so nobody's data moves. ``accounts.subject`` records the provider
identity of an account, unique per provider. On SQLite, dropping the constraint rebuilds
``users``: ``notes.store.database.upgrade`` turns foreign keys off around migrations so that the rebuild
cannot cascade into the tables that refer to it.
"""
import sqlalchemy as sa
from alembic import op

revision = '0005_identities_by_subject'
down_revision = '0004_change_stamps'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint('uq_users_email', type_='unique')
        batch_op.add_column(sa.Column('local_address', sa.String(length=320), nullable=True))
        batch_op.add_column(sa.Column('pane_epoch', sa.Integer(), nullable=False, server_default='0'))
        batch_op.create_unique_constraint(batch_op.f('uq_users_local_address'), ['local_address'])
    op.execute("UPDATE users SET local_address = email")
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('subject', sa.String(length=255), nullable=True))
    op.create_index('ix_accounts_provider_subject', 'accounts', ['provider', 'subject'], unique=True)
    op.create_table('pending_connections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key_hash', sa.String(length=64), nullable=False),
    sa.Column('provider', sa.String(length=16), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('payload', sa.LargeBinary(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_pending_connections_user_id_users'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pending_connections')),
    sa.UniqueConstraint('key_hash', name=op.f('uq_pending_connections_key_hash'))
    )


def downgrade() -> None:
    op.drop_table('pending_connections')
    op.drop_index('ix_accounts_provider_subject', table_name='accounts')
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_column('subject')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_users_local_address'), type_='unique')
        batch_op.drop_column('pane_epoch')
        batch_op.drop_column('local_address')
        batch_op.create_unique_constraint('uq_users_email', ['email'])
