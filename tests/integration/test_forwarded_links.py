"""A connect link sent to someone else cannot hand their mailbox to the link's maker.

Mallory, an Afterview user, makes a connect link and sends it to Ana; Ana opens it in her own
browser and consents at Google or Microsoft (the loopback fakes, through the real client
libraries). Ana's account joins Mallory's user only if Ana confirms on a page that names both;
without that nothing is attached and Ana's identity stays hers. The confirming POST needs the
page's key, the browser the page was shown in, and Afterview's own origin.
"""
from __future__ import annotations

import re

import pytest
import requests
from sqlalchemy import select

from addon.outlook import pane_tokens
from notes.store.model import Account, User
from notes.usecases import service
from tests.conftest import clocked_app
from tests.fakes.microsoft_fixtures import authorize, callback_url, ms_config
from tests.integration.google_support import google_app

ANA = "ana@gmail.com"
MALLORY = "mallory@evil.example"


@pytest.fixture
def gshared(tmp_path, clock, fake, sleeps):
    """A shared (not loopback) service with Google configured."""
    with google_app(tmp_path, clock, fake, sleeps, LOCAL_MODE=False) as app:
        yield app


@pytest.fixture
def ms(tmp_path, clock, ms_server):
    """A shared service with Microsoft configured."""
    with clocked_app(tmp_path, clock, f"sqlite:///{tmp_path / 'ms.db'}", "ms", **ms_config(ms_server),
                     LOCAL_MODE=False) as app:
        yield app


def api_user(app, provider: str, subject: str, email: str, name: str = "") -> tuple[int, dict]:
    """A user who signed in with ``provider`` (an add-on or task-pane user), and API headers for them."""
    runtime = app.extensions["afterview.runtime"]
    with runtime.session() as session:
        user = User(email=email, name=name, **{f"{provider}_subject": subject})
        session.add(user)
        session.commit()
        user_id = user.id
    with app.test_request_context():
        return user_id, {"Authorization": f"Bearer {pane_tokens.issue(user_id)}"}


def pending(app) -> list:
    from notes.store.model import PendingConnection

    return rows(app, PendingConnection)


def rows(app, model) -> list:
    with app.extensions["afterview.runtime"].session() as session:
        found = list(session.scalars(select(model).order_by(model.id)))
        session.expunge_all()
        return found


def google_link(app, headers) -> str:
    answer = app.test_client().post("/api/connect/google", json={"drafts": True, "nudges": True}, headers=headers)
    assert answer.status_code == 200, answer.get_json()
    return answer.get_json()["url"]


def google_consent(browser, link: str):
    """Open ``link`` in ``browser``, consent at the fake Google, come back: the page shown."""
    started = browser.get(link)
    assert started.status_code == 302, started.get_data(as_text=True)
    consent = requests.get(started.headers["Location"], allow_redirects=False, timeout=10)
    assert consent.status_code == 302, consent.text
    return browser.get(consent.headers["Location"])


def pending_key(page) -> str:
    return re.search(r'name="pending" value="([^"]+)"', page.get_data(as_text=True)).group(1)


def confirm(browser, base: str, provider: str, key: str | None, answer: str = "connect", **headers):
    form = {"answer": answer} if key is None else {"pending": key, "answer": answer}
    return browser.post(f"{base}/oauth/{provider}/confirm", data=form, headers=headers)


# --------------------------------------------------------------------------- Google


def test_a_forwarded_google_link_attaches_nothing_and_copies_no_identity(gshared, fake):
    mallory, headers = api_user(gshared, "microsoft", "tenant:mallory", MALLORY, "Mallory")
    ana = fake.add_user(ANA, "Ana Lima")  # Ana is the one signed in at Google
    page = google_consent(gshared.test_client(), google_link(gshared, headers))
    assert rows(gshared, Account) == []
    assert [u.google_subject for u in rows(gshared, User)] == [None]
    assert page.status_code == 200
    assert f"Connect {ANA} to the Afterview user {MALLORY}?" in page.get_data(as_text=True)
    [waiting] = pending(gshared)  # the grant waits server-side, encrypted
    refresh = next(iter(fake.oauth.grants))
    assert waiting.user_id == mallory and refresh.encode() not in waiting.payload
    with gshared.extensions["afterview.runtime"].session() as session:  # Ana's own add-on opens her own user
        assert service.google_user(session, ana.subject, ANA, True).id != mallory


def test_confirming_on_the_page_attaches_the_account_and_links_the_identity(gshared, fake):
    mallory, headers = api_user(gshared, "microsoft", "tenant:mallory", MALLORY)
    ana = fake.add_user(ANA, "Ana Lima")
    browser = gshared.test_client()
    key = pending_key(google_consent(browser, google_link(gshared, headers)))
    done = confirm(browser, "https://afterview.test", "google", key, Origin="https://afterview.test")
    assert done.status_code == 200 and "Connected" in done.get_data(as_text=True)
    [account] = rows(gshared, Account)
    assert (account.user_id, account.external_id, account.subject) == (mallory, ANA, ana.subject)
    assert pending(gshared) == []
    again = confirm(browser, "https://afterview.test", "google", key)
    assert again.status_code == 400 and len(rows(gshared, Account)) == 1  # used once


@pytest.mark.parametrize("how", ["no-key", "another-browser", "another-origin", "expired", "declined"])
def test_a_confirmation_that_is_not_the_pages_own_answer_attaches_nothing(gshared, fake, clock, how):
    _mallory, headers = api_user(gshared, "microsoft", "tenant:mallory", MALLORY)
    fake.add_user(ANA)
    browser = gshared.test_client()
    key = pending_key(google_consent(browser, google_link(gshared, headers)))
    base = "https://afterview.test"
    if how == "no-key":
        answer = confirm(browser, base, "google", None)
    elif how == "another-browser":
        answer = confirm(gshared.test_client(), base, "google", key)
    elif how == "another-origin":
        answer = confirm(browser, base, "google", key, Origin="https://evil.example")
    elif how == "expired":
        clock.advance(minutes=11)
        answer = confirm(browser, base, "google", key)
    else:
        answer = confirm(browser, base, "google", key, answer="cancel")
    assert answer.status_code == {"no-key": 400, "another-browser": 403, "another-origin": 403,
                                  "expired": 400, "declined": 200}[how]
    assert rows(gshared, Account) == []
    assert all(u.google_subject is None for u in rows(gshared, User))


def test_the_confirmation_page_escapes_both_names_and_is_never_framed_or_cached(gshared, fake):
    _mallory, headers = api_user(gshared, "microsoft", "tenant:mallory", "<b>m</b>@evil.example",
                                 '<script>alert("x")</script>')
    fake.add_user(ANA)
    page = google_consent(gshared.test_client(), google_link(gshared, headers))
    text = page.get_data(as_text=True)
    assert "<script>alert" not in text and "<b>m</b>" not in text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in text and "&lt;b&gt;m&lt;/b&gt;@evil.example" in text
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["Cache-Control"] == "no-store"
    [cookie] = [c for c in page.headers.getlist("Set-Cookie") if c.startswith("afterview_confirm_")]
    assert "SameSite=Strict" in cookie and "HttpOnly" in cookie and "Secure" in cookie


def test_a_google_account_attached_to_another_user_is_refused(gshared, fake):
    bob, bob_headers = api_user(gshared, "microsoft", "tenant:bob", "bob@example.org")
    fake.add_user(ANA)
    browser = gshared.test_client()
    key = pending_key(google_consent(browser, google_link(gshared, bob_headers)))
    assert confirm(browser, "https://afterview.test", "google", key).status_code == 200
    _mallory, headers = api_user(gshared, "microsoft", "tenant:mallory", MALLORY)
    page = google_consent(gshared.test_client(), google_link(gshared, headers))
    assert page.status_code == 409 and "already connected to another Afterview user" in page.get_data(as_text=True)
    assert [(a.user_id, a.external_id) for a in rows(gshared, Account)] == [(bob, ANA)]
    assert pending(gshared) == []


def test_the_users_own_google_identity_connects_at_once(gshared, fake):
    ana = fake.add_user(ANA)
    user_id, headers = api_user(gshared, "google", ana.subject, ANA)  # Ana's Gmail add-on user
    page = google_consent(gshared.test_client(), google_link(gshared, headers))
    assert page.status_code == 200 and "Connected" in page.get_data(as_text=True)
    assert [(a.user_id, a.subject) for a in rows(gshared, Account)] == [(user_id, ana.subject)]


def test_in_local_mode_only_the_local_owners_links_connect_at_once(tmp_path, clock, fake, sleeps):
    with google_app(tmp_path, clock, fake, sleeps) as app:  # LOCAL_MODE: a loopback server's own user
        fake.add_user(ANA)
        local = {"Authorization": "Bearer test-token"}
        assert "Connected" in google_consent(app.test_client(), google_link(app, local)).get_data(as_text=True)
        _mallory, headers = api_user(app, "microsoft", "tenant:mallory", MALLORY)  # a pane user, same process
        fake.add_user("zoe@gmail.com")
        page = google_consent(app.test_client(), google_link(app, headers))
        assert "Connect zoe@gmail.com to the Afterview user" in page.get_data(as_text=True)
        assert [a.external_id for a in rows(app, Account)] == [ANA]


# --------------------------------------------------------------------------- Microsoft


def microsoft_consent(app, server, browser, headers, query: str = ""):
    """Make a Microsoft link as the user of ``headers``, finish it in ``browser``: the page shown."""
    link = app.test_client().post("/api/connect/microsoft", json={"drafts": True}, headers=headers).get_json()["url"]
    start = browser.get(link + query)
    assert start.status_code == 302, start.get_data(as_text=True)
    return browser.post(callback_url(browser), data=authorize(server, start.headers["Location"]))


def test_a_forwarded_microsoft_link_attaches_nothing_and_copies_no_identity(ms, ms_server):  # noqa: F811
    mallory, headers = api_user(ms, "google", "mallory-google-subject", MALLORY)  # a Gmail add-on user
    ana = ms_server.cloud.add_user("ana@contoso.com", "Ana Lima")
    ms_server.cloud.signed_in = ana.oid
    page = microsoft_consent(ms, ms_server, ms.test_client(), headers, "&dialog=1")
    assert rows(ms, Account) == []
    assert [(u.id, u.microsoft_subject) for u in rows(ms, User)] == [(mallory, None)]
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and f"Connect ana@contoso.com to the Afterview user {MALLORY}?" in text
    assert "data-token" not in text  # no task-pane token either


def test_confirming_a_microsoft_connection_in_the_dialog_attaches_it(ms, ms_server):  # noqa: F811
    mallory, headers = api_user(ms, "google", "mallory-google-subject", MALLORY)
    ana = ms_server.cloud.add_user("ana@contoso.com")
    ms_server.cloud.signed_in = ana.oid
    browser = ms.test_client()
    key = pending_key(microsoft_consent(ms, ms_server, browser, headers, "&dialog=1"))
    assert confirm(browser, "http://afterview.test", "microsoft", key, Origin="https://evil.example").status_code == 403
    done = confirm(browser, "http://afterview.test", "microsoft", key, Origin="http://afterview.test")
    assert done.status_code == 200 and "data-token" in done.get_data(as_text=True)
    [account] = rows(ms, Account)
    assert (account.user_id, account.subject) == (mallory, f"{ana.tid}:{ana.oid}")


def test_a_microsoft_account_attached_to_another_user_is_refused(ms, ms_server):  # noqa: F811
    bob, bob_headers = api_user(ms, "microsoft", "tenant:bob", "bob@example.org")  # Bob signs in as himself
    ana = ms_server.cloud.add_user("ana@contoso.com")
    ms_server.cloud.signed_in = ana.oid
    browser = ms.test_client()
    key = pending_key(microsoft_consent(ms, ms_server, browser, bob_headers))
    assert confirm(browser, "http://afterview.test", "microsoft", key).status_code == 200
    _mallory, headers = api_user(ms, "google", "mallory-google-subject", MALLORY)
    page = microsoft_consent(ms, ms_server, ms.test_client(), headers)
    assert page.status_code == 409 and "already connected to another Afterview user" in page.get_data(as_text=True)
    assert [(a.user_id, a.external_id) for a in rows(ms, Account)] == [(bob, "ana@contoso.com")]
