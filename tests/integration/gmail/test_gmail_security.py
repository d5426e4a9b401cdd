"""Every add-on request proves it comes from Google for this deployment and names its user;
ids coming back from cards are checked against that user. Refusals carry no data."""
from __future__ import annotations

import json
import time

import pytest
from sqlalchemy import select

from notes.store.model import Interview, Note, User
from tests.fakes.google_certs import TokenSigner

from .conftest import ALEX, BASE_URL, BLAIR, CLIENT_ID, SERVICE_ACCOUNT, user_event

ENDPOINTS = ["/gmail/homepage", "/gmail/contextual", "/gmail/compose", "/gmail/action"]


def refused(answer, status: int = 401) -> None:
    assert answer.status_code == status
    body = answer.get_data(as_text=True)
    for secret in ("Acme", "Dana", "Globex", "Priya", "alex.rivera", "blair", "subject", "body"):
        assert secret not in body, f"{secret!r} leaked in a refusal"
    assert set(json.loads(body)) == {"error"}


def post(client, path: str, token: str | None, event: dict):
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return client.post(path, json=event, headers=headers)


@pytest.fixture
def event(signer):
    return user_event(signer, ALEX, params={"do": "home"})


@pytest.mark.parametrize("path", ENDPOINTS)
def test_no_token(client, proposed, event, path):
    refused(post(client, path, None, event))
    refused(client.post(path, json=event, headers={"Authorization": "Basic abc"}))


@pytest.mark.parametrize("path", ENDPOINTS)
def test_token_signed_by_another_key(client, proposed, event, path):
    forger = TokenSigner("google-key-1")  # the published key id, another key
    token = forger.token(BASE_URL + path, email=SERVICE_ACCOUNT, email_verified=True)
    refused(post(client, path, token, event))
    unknown = TokenSigner("key-nobody-publishes")
    refused(post(client, path, unknown.token(BASE_URL + path, email=SERVICE_ACCOUNT, email_verified=True), event))


@pytest.mark.parametrize("path", ENDPOINTS)
def test_expired_token(client, signer, proposed, event, path):
    token = signer.token(BASE_URL + path, issued=time.time() - 7200, lifetime=3600,
                         email=SERVICE_ACCOUNT, email_verified=True)
    refused(post(client, path, token, event))


@pytest.mark.parametrize("path", ENDPOINTS)
def test_wrong_audience(client, signer, proposed, event, path):
    for audience in (BASE_URL + "/gmail/elsewhere", "https://attacker.example" + path, CLIENT_ID):
        if audience == BASE_URL + path:
            continue
        token = signer.token(audience, email=SERVICE_ACCOUNT, email_verified=True)
        refused(post(client, path, token, event))
    other_endpoint = next(p for p in ENDPOINTS if p != path)
    refused(post(client, path, signer.token(BASE_URL + other_endpoint, email=SERVICE_ACCOUNT,
                                            email_verified=True), event))


@pytest.mark.parametrize("path", ENDPOINTS)
def test_wrong_email_or_issuer(client, signer, proposed, event, path):
    audience = BASE_URL + path
    refused(post(client, path, signer.token(audience, email="someone@gcp-sa-gsuiteaddons.iam.gserviceaccount.com",
                                            email_verified=True), event))
    refused(post(client, path, signer.token(audience, email=SERVICE_ACCOUNT, email_verified=False), event))
    refused(post(client, path, signer.token(audience, email=SERVICE_ACCOUNT, email_verified=None), event))
    refused(post(client, path, signer.token(audience, email=SERVICE_ACCOUNT, email_verified=True,
                                            iss="https://evil.example"), event))


def test_user_token_is_verified_too(client, sidebar, signer, proposed):
    path = "/gmail/homepage"
    system = sidebar.system_token(path)
    for user_token in ("", "not-a-jwt",
                       signer.token("another-client.apps.googleusercontent.com", sub=ALEX["sub"], email=ALEX["email"],
                                    email_verified=True),
                       TokenSigner("google-key-1").token(CLIENT_ID, sub=ALEX["sub"], email=ALEX["email"],
                                                        email_verified=True),
                       signer.token(CLIENT_ID, sub=ALEX["sub"], email=ALEX["email"], email_verified=True,
                                    issued=time.time() - 7200, lifetime=3600)):
        event = user_event(signer, ALEX)
        event["authorizationEventObject"]["userIdToken"] = user_token
        refused(post(client, path, system, event))


def test_system_token_alone_is_not_a_user(client, sidebar, signer, proposed):
    """A valid system token with the system token also given as the user's: refused."""
    path = "/gmail/homepage"
    system = sidebar.system_token(path)
    event = user_event(signer, ALEX)
    event["authorizationEventObject"]["userIdToken"] = system
    refused(post(client, path, system, event))


def test_another_users_ids_are_not_found(sidebar, proposed, runtime):
    with runtime.session() as session:
        blair = session.scalar(select(User).where(User.google_subject == BLAIR["sub"]))
        interview = session.scalar(select(Interview).where(Interview.title.contains("Globex")))
        note = session.scalar(select(Note).where(Note.interview_id == interview.id))
        assert interview.account.user_id == blair.id
        before = (note.status, note.subject, note.body_text, interview.details)
        note_id, interview_id, account_id = note.id, interview.id, interview.account_id
    attempts = [
        {"do": "open_interview", "interview": interview_id},
        {"do": "save_details", "interview": interview_id},
        {"do": "regenerate", "interview": interview_id},
        {"do": "edit_note", "note": note_id},
        {"do": "mark_sent", "note": note_id},
        {"do": "dismiss", "note": note_id},
        {"do": "insert", "note": note_id},
        {"do": "confirm_disconnect", "account": account_id},
        {"do": "disconnect", "account": account_id},
        {"do": "open_interview", "interview": "1 OR 1=1"},
        {"do": "mark_sent", "note": "-1"},
    ]
    for params in attempts:
        form = {"details": "mine now", f"subject_{note_id}": "x", f"body_{note_id}": "y"}
        refused(sidebar.action(form=form, **params), status=404)
    with runtime.session() as session:
        note = session.get(Note, note_id)
        assert (note.status, note.subject, note.body_text, note.interview.details) == before
        assert note.interview.account.status == "active"


def test_certificates_are_fetched_once_and_cached(sidebar, certs, proposed):
    for _ in range(5):
        assert sidebar.post("/gmail/homepage").status_code == 200
    assert certs.fetches == 1


def test_certificates_unreachable_answers_503_without_data(client, sidebar, certs, signer, proposed):
    certs.failing = True
    answer = sidebar.post("/gmail/homepage")
    refused(answer, status=503)


def test_an_existing_address_is_neither_linked_nor_taken_over(sidebar, runtime):
    """Only a sign-in identifies a user: the local page's user with Alex's address, Alex's Google
    account and another Google account with the same address are three users."""
    from notes.usecases import service

    with runtime.session() as session:
        local = service.ensure_user(session, ALEX["email"], "Alex").id  # e.g. from the local page
        session.commit()
    assert sidebar.post("/gmail/homepage").status_code == 200
    impostor = {**ALEX, "sub": "119999999999999999999"}  # another Google account, same address
    assert sidebar.post("/gmail/homepage", person=impostor).status_code == 200
    with runtime.session() as session:
        users = session.scalars(select(User).where(User.email == ALEX["email"]).order_by(User.id)).all()
        assert [(u.id == local, u.google_subject) for u in users] == [
            (True, None), (False, ALEX["sub"]), (False, impostor["sub"])]
