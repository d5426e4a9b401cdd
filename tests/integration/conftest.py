"""Fixtures of the integration tests: an account at the in-memory provider (``tests/fakes/memory.py``)
for the use cases that any provider's account goes through, and a loopback OpenAI-compatible model
server (``tests/fakes/llm_server.py``)."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from notes.store.model import Account
from notes.usecases import service
from tests.fakes.llm_server import ModelServer
from tests.fakes.memory import MemoryAccount, MemoryProvider

ME = "alex.rivera.jobs@gmail.com"  # the app's own user (``tests.conftest.make_app``)


@dataclass
class AtMemory:
    """The user's account at the in-memory provider: its rows' ids and the provider's side."""

    provider: MemoryProvider
    account: MemoryAccount
    account_id: int
    user_id: int


@pytest.fixture
def memory(runtime, clock) -> AtMemory:
    """A user with drafts and nudges on and one account at the in-memory provider (without push:
    polling keeps its plain interval), due for its first sync."""
    provider = MemoryProvider(clock)
    runtime.connectors = {**runtime.connectors, "memory": provider.connector(offers_push=False)}
    with runtime.session() as session:
        user = service.ensure_user(session, ME, "Alex Rivera")
        user.drafts_enabled = user.nudges_enabled = True
        account = Account(user=user, provider="memory", external_id=ME, token_blob=runtime.cipher.seal({}),
                          next_sync_at=clock())
        session.add(account)
        session.commit()
        return AtMemory(provider, provider.account(ME), account.id, user.id)


@pytest.fixture
def model_server():
    """A language model on a loopback port that writes plain notes and records what it is asked."""
    server = ModelServer()
    yield server
    server.close()
