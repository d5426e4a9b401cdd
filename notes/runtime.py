"""What the use cases need from outside: the store, the token cipher, the provider connectors.

``addon`` and ``scheduler`` build one ``Runtime`` and pass it, with ``now``, to the functions of
``notes.usecases.service``, ``notes.usecases.syncing``, ``notes.usecases.proposals`` and ``notes.usecases.mailwork``.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from providers.base import CalendarSource, Connection, Connector, LanguageModel, Mailbox

from .planning import DEFAULT_DELAY
from .store import database
from .store.crypto import TokenCipher
from .store.model import Account


@dataclass
class Runtime:
    """The collaborators of every use case.

    ``poll_interval`` is how often an account without push is synced, ``push_poll_interval``
    how often one with push is (the backstop), ``sync_concurrency`` how many syncs run at once.
    ``model`` is the language model that drafts notes, when one is configured, and
    ``model_concurrency`` how many of its requests may be under way at once.
    """

    sessions: sessionmaker[Session]
    cipher: TokenCipher
    connectors: Mapping[str, Connector] = field(default_factory=dict)
    proposal_delay: timedelta = DEFAULT_DELAY
    poll_interval: timedelta = timedelta(minutes=5)
    push_poll_interval: timedelta = timedelta(hours=1)
    sync_concurrency: int = 8
    lease: timedelta = timedelta(minutes=5)
    base_url: str = ""  # public address for provider notifications (watches need https)
    model: LanguageModel | None = None
    model_concurrency: int = 4

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that is closed afterwards; the caller commits."""
        session = self.sessions()
        try:
            yield session
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session for one piece of work: committed at the end of the block, rolled back if it
        raises, closed afterwards."""
        with self.session() as session, database.unit_of_work(session):
            yield session

    def connection(self, account: Account) -> Connection:
        """The decrypted connection of ``account``."""
        return Connection(
            provider=account.provider,
            external_id=account.external_id,
            credentials=self.cipher.open(account.token_blob),
            settings={"time_zone": account.user.time_zone, "scopes": account.scopes, "account_id": account.id,
                      "local_user": account.user.local_address is not None},
        )

    def keep_credentials(self, account: Account, connection: Connection) -> None:
        """Store refreshed credentials, re-encrypted, only when the adapter changed them."""
        if connection.credentials_changed:
            account.token_blob = self.cipher.seal(connection.credentials)
            connection.credentials_changed = False

    def calendar(self, account: Account, connection: Connection) -> CalendarSource:
        return self._connector(account).calendar(connection)

    def mailbox(self, account: Account, connection: Connection) -> Mailbox | None:
        connector = self.connectors.get(account.provider)
        return connector.mailbox(connection) if connector else None

    def has_mailbox(self, account: Account) -> bool:
        """Whether the account's provider offers a mailbox at all (ICS does not)."""
        connector = self.connectors.get(account.provider)
        return connector is not None and connector.offers_mailbox

    def _connector(self, account: Account) -> Connector:
        try:
            return self.connectors[account.provider]
        except KeyError:
            raise LookupError(f"no connector configured for provider {account.provider!r}") from None
