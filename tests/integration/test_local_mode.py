"""Local mode is the loopback server's own user, not the process: only the login token's user may
connect files and private addresses; add-on and task-pane users of the same process read public
calendars only, when connecting and on every sync."""
from __future__ import annotations

import http.server
from datetime import UTC, datetime, timedelta

import pytest

from addon.outlook import pane_tokens
from notes.store.model import Account, User
from notes.usecases.accounts import calendar_source_ids
from providers.base import SyncWindow, Unavailable
from tests.calendars import calendar, interview
from tests.fakes.loopback import serve

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)


class Feed:
    """A calendar served on 127.0.0.1 that counts the requests it answered."""

    def __init__(self, body: bytes):
        feed = self
        self.requests = 0

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                feed.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "text/calendar")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self._loopback = serve(Handler, "local-mode-feed")
        self.url = self._loopback.url("/cal.ics")

    def close(self) -> None:
        self._loopback.close()


@pytest.fixture
def feed():
    served = Feed(calendar(interview("iv-1", START, END)))
    yield served
    served.close()


@pytest.fixture
def pane(app) -> dict:
    """The headers of an Outlook task-pane user of the same (local mode) process."""
    with app.extensions["afterview.runtime"].session() as session:
        user = User(email="omar@fabrikam.example", microsoft_subject="tenant:omar")
        session.add(user)
        session.commit()
        user_id = user.id
    with app.test_request_context():
        return {"Authorization": f"Bearer {pane_tokens.issue(user_id)}"}


def accounts(client, headers) -> list[dict]:
    return client.get("/api/accounts", headers=headers).json["accounts"]


def test_a_pane_user_cannot_connect_a_file_or_a_private_address(app, client, pane, feed, tmp_path):
    assert app.config["LOCAL_MODE"]
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", START, END)))
    for source in (str(path), "/etc/passwd", feed.url, feed.url.replace("127.0.0.1", "localhost")):
        answer = client.post("/api/connect/ics", json={"source": source}, headers=pane)
        assert answer.status_code == 400, source
        assert "root:" not in answer.json["error"]
    assert accounts(client, pane) == []
    assert feed.requests == 0  # never even asked


def test_the_local_owner_connects_files_and_private_addresses(client, auth, feed, tmp_path):
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", START, END)))
    assert client.post("/api/connect/ics", json={"source": str(path)}, headers=auth).status_code == 201
    assert client.post("/api/connect/ics", json={"source": feed.url}, headers=auth).status_code == 201
    assert len(accounts(client, auth)) == 2 and feed.requests >= 1


def test_on_every_sync_only_the_local_owners_accounts_read_private_addresses(app, client, auth, pane, runtime,
                                                                             feed, clock):
    """An address that was public when connected may point inside later (DNS rebinding)."""
    assert client.get("/api/me", headers=auth).status_code == 200
    with runtime.session() as session:
        owner = session.query(User).filter_by(email="alex.rivera.jobs@gmail.com").one()  # the login token's
        omar = session.query(User).filter_by(microsoft_subject="tenant:omar").one()
        rows = [Account(user_id=u.id, provider="ics", external_id=calendar_source_ids(runtime.cipher, feed.url)[0],
                        token_blob=runtime.cipher.seal({"source": feed.url})) for u in (owner, omar)]
        session.add_all(rows)
        session.commit()
        window = SyncWindow.around(clock())
        mine, theirs = (runtime.calendar(a, runtime.connection(a)) for a in rows)
        assert [e.event_id for e in mine.changes(None, window).events] == ["iv-1"]
        with pytest.raises(Unavailable):
            theirs.changes(None, window)
    assert feed.requests == 1
