"""Calendar addresses at rest: encrypted like tokens (with a migration for existing rows and key
rotation), found again by a keyed hash, shown to their owner as host + "…"; the SQLite file and
the instance folder are their owner's only."""
from __future__ import annotations

import http.server
import os
import stat
from datetime import timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import insert, select, text

from addon import create_app
from addon.cli import main
from notes.store.crypto import TokenCipher, new_key
from notes.store.database import make_engine, make_sessions, upgrade
from notes.store.model import Account, User
from notes.usecases import service
from scheduler.ticks import run_round
from tests.calendars import calendar, interview
from tests.conftest import TEST_KEY
from tests.fakes.loopback import serve
from tests.integration.test_api import END, START

SECRET = "private-7f3a9c1e5b"


class Feed(http.server.BaseHTTPRequestHandler):
    body = b""
    status = 200

    def do_GET(self):  # noqa: N802 (the standard library's name)
        self.send_response(self.status)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


@pytest.fixture
def feed():
    Feed.body, Feed.status = calendar(interview("iv-1", START, END)), 200
    with serve(Feed, "limits-feed") as server:
        yield server.url(f"/{SECRET}/basic.ics")


def stored_values(runtime) -> str:
    """Every column of every account row, as text (what a copy of the database shows)."""
    with runtime.session() as session:
        rows = session.execute(text("SELECT * FROM accounts")).all()
    return " ".join(str(value) for row in rows for value in row)


def test_a_calendar_url_is_stored_encrypted_and_shown_to_its_owner_as_its_host(client, auth, runtime, clock, feed):
    answer = client.post("/api/connect/ics", json={"source": feed}, headers=auth)
    assert answer.status_code == 201
    assert answer.json["account"]["name"] == "127.0.0.1…" and SECRET not in answer.get_data(as_text=True)
    assert SECRET not in stored_values(runtime)
    with runtime.session() as session:
        account = session.scalar(select(Account))
        assert runtime.cipher.open(account.token_blob) == {"source": feed}
        assert account.external_id == "ics:" + runtime.cipher.fingerprint(feed)
    again = client.post("/api/connect/ics", json={"source": feed}, headers=auth)
    assert again.json["account"]["id"] == answer.json["account"]["id"]
    clock.now = END + timedelta(minutes=10)
    run_round(runtime, clock())
    [item] = client.get("/api/interviews", headers=auth).json["interviews"]
    assert item["uid"] == "iv-1" and item["status"] == "proposed"  # read from the encrypted address
    for body, status in [(b"not a calendar", 200), (b"", 404)]:
        Feed.body, Feed.status = body, status
        client.post(f"/api/accounts/{answer.json['account']['id']}/sync", headers=auth)
        run_round(runtime, clock.advance(minutes=1))
        listed = client.get("/api/accounts", headers=auth)
        assert listed.json["accounts"][0]["last_error"] and SECRET not in listed.get_data(as_text=True)
    assert SECRET not in stored_values(runtime)


def test_each_user_connects_a_calendar_once_and_two_users_may_share_one(runtime, clock, feed):
    with runtime.session() as session:
        ana, ben = User(email="ana@example.org"), User(email="ben@example.org")
        session.add_all([ana, ben])
        session.commit()
        users = [ana.id, ben.id]
    ids = [service.connect_ics(runtime, user, feed, clock(), True, True)[0] for user in users + users]
    assert ids[0] != ids[1] and ids[2:] == ids[:2]


def seed_plain_rows(database_url: str, cipher: TokenCipher, path: str):
    """Accounts as the migrations before 0008 stored them: the address in external_id."""
    engine = make_engine(database_url)
    upgrade(engine, revision="0007_lifecycle")
    with make_sessions(engine)() as session:
        # rows written with the tables' own columns: users and accounts gained columns after 0007 that the
        # model has
        session.execute(text("INSERT INTO users (email, name, time_zone, phone, signature, channel, nudges_enabled, "
                             "drafts_enabled, created_at) VALUES ('ana@example.org', '', 'UTC', '', '', 'auto', "
                             "true, false, CURRENT_TIMESTAMP)"))
        ana_id = session.scalar(text("SELECT id FROM users WHERE email = 'ana@example.org'"))
        session.execute(insert(Account.__table__), [
            dict(user_id=ana_id, provider="ics", external_id=f"https://calendar.example.org/{SECRET}/basic.ics",
                 display_name="calendar.example.org", token_blob=cipher.seal({})),
            dict(user_id=ana_id, provider="ics", external_id=path, display_name="cal.ics", token_blob=cipher.seal({})),
            dict(user_id=ana_id, provider="google", external_id="ana@example.org", display_name="",
                 token_blob=cipher.seal({"t": 1})),
        ])
        session.commit()
    return engine


def test_the_migration_encrypts_stored_addresses_and_the_accounts_are_found_again(database_url, tmp_path):
    cipher = TokenCipher(new_key())
    path = str(tmp_path / "cal.ics")
    engine = seed_plain_rows(database_url, cipher, path)
    with pytest.raises(RuntimeError, match="AFTERVIEW_TOKEN_KEY"):
        upgrade(engine)
    upgrade(engine, cipher)
    sessions = make_sessions(engine)
    with sessions() as session:
        rows = {a.provider + a.display_name: a for a in session.scalars(select(Account))}
        dump = " ".join(str(v) for row in session.execute(text("SELECT * FROM accounts")).all() for v in row)
    assert SECRET not in dump
    url = f"https://calendar.example.org/{SECRET}/basic.ics"
    assert set(rows) == {"icscalendar.example.org…", f"ics{path}", "google"}
    assert cipher.open(rows["icscalendar.example.org…"].token_blob) == {"source": url}
    assert rows["icscalendar.example.org…"].external_id == f"ics:{cipher.fingerprint(url)}"
    assert rows["google"].external_id == "ana@example.org" and cipher.open(rows["google"].token_blob) == {"t": 1}
    from notes.usecases.accounts import calendar_source_ids

    with sessions() as session:
        found = session.scalar(select(Account).where(Account.external_id.in_(calendar_source_ids(cipher, path))))
        assert found.id == rows[f"ics{path}"].id
    engine.dispose()


def test_rotate_keys_re_encrypts_calendar_addresses_and_their_hashes(app, runtime, clock, feed, monkeypatch):
    with runtime.session() as session:
        session.add(User(email="ana@example.org"))
        session.commit()
        user_id = session.scalar(select(User.id))
    account_id, _ = service.connect_ics(runtime, user_id, feed, clock(), True, True)
    newest = new_key()
    monkeypatch.setenv("AFTERVIEW_DATABASE_URL", app.config["DATABASE_URL"])
    monkeypatch.setenv("AFTERVIEW_TOKEN_KEY", f"{newest},{TEST_KEY}")
    monkeypatch.setenv("AFTERVIEW_INSTANCE_PATH", app.instance_path)
    assert CliRunner().invoke(main, ["rotate-keys"], catch_exceptions=False).exit_code == 0
    runtime.cipher = TokenCipher(newest)  # the old key is gone now
    with runtime.session() as session:
        account = session.get(Account, account_id)
        assert runtime.cipher.open(account.token_blob) == {"source": feed}
    assert service.connect_ics(runtime, user_id, feed, clock(), True, True)[0] == account_id


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("existing", [False, True])
def test_the_database_file_and_the_instance_folder_are_their_owners_only(tmp_path, existing):
    instance = tmp_path / "instance"
    if existing:  # made earlier with the usual open modes
        instance.mkdir(mode=0o755)
        os.chmod(instance, 0o755)
        (instance / "afterview.db").touch()
        os.chmod(instance / "afterview.db", 0o644)
    app = create_app({"TESTING": True, "INSTANCE_PATH": str(instance), "LOCAL_MODE": True, "TOKEN_KEY": TEST_KEY})
    engine = app.extensions["afterview.engine"]
    upgrade(engine, app.extensions["afterview.runtime"].cipher)
    with make_sessions(engine)() as session:  # a write: SQLite makes its WAL and shared-memory files
        session.add(User(email="ana@example.org"))
        session.commit()
        assert mode(instance) == 0o700
        made = sorted(p.name for p in instance.iterdir() if p.name.startswith("afterview.db"))
        assert "afterview.db-wal" in made
        assert {name: mode(instance / name) for name in made} == {name: 0o600 for name in made}
        assert mode(instance / "secret.key") == 0o600
    engine.dispose()
    app.extensions["afterview.sidebar_engine"].dispose()
