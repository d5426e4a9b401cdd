"""Request bodies have a size limit, smaller for the webhooks, enforced before anything reads
them: in the application (any WSGI server) and by `afterview serve`'s waitress. A Graph batch is
acted on once per distinct notification, at most 100 of them."""
from __future__ import annotations

import http.client
import io
import json

import pytest

from notes.usecases.syncing import sync_account
from notes.usecases.watches import renew_due_watches
from tests.fakes.microsoft_fixtures import account_of, connect, interview_event
from tests.serving import afterview_served

MB = 1024 * 1024


class Body(io.RawIOBase):
    """A body of ``size`` bytes that counts how much of it was read."""

    def __init__(self, size: int):
        self.size, self.position, self.taken = size, 0, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:  # the test client measures the body by seeking: that reads nothing
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        self.position = {0: offset, 1: self.position + offset, 2: self.size + offset}[whence]
        return self.position

    def tell(self) -> int:
        return self.position

    def readinto(self, buffer) -> int:
        count = min(len(buffer), self.size - self.position)
        buffer[:count] = b" " * count
        self.position += count
        self.taken += count
        return count


@pytest.mark.parametrize("path, size", [
    ("/webhooks/microsoft", 20 * MB),
    ("/webhooks/microsoft/lifecycle", 300 * 1024),
    ("/webhooks/google", 100 * 1024),
    ("/api/connect/ics", 2 * MB),
    ("/gmail/homepage", 2 * MB),
])
def test_a_declared_oversized_body_gets_413_unread(client, auth, path, size):
    body = Body(size)
    answer = client.post(path, input_stream=body, content_length=size, content_type="application/json",
                         headers=auth)
    assert answer.status_code == 413 and body.taken == 0


def test_a_streamed_body_without_length_is_cut_off_at_the_limit(client):
    body = Body(20 * MB)
    answer = client.post("/webhooks/microsoft", input_stream=body, content_type="application/json",
                         environ_overrides={"HTTP_TRANSFER_ENCODING": "chunked", "wsgi.input_terminated": True})
    assert answer.status_code == 413 and body.taken <= 256 * 1024 + 64 * 1024


def test_bodies_within_the_limits_are_read_as_before(client, auth):
    answer = client.post("/webhooks/microsoft", json={"value": [{"subscriptionId": "x" * 200_000}]})
    assert answer.status_code == 202
    answer = client.post("/api/connect/ics", json={"source": "x" * 500_000}, headers=auth)
    assert answer.status_code == 400 and "source" in answer.json["error"]


def post(base: str, path: str, size: int, chunked: bool) -> int:
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=60)
    connection.putrequest("POST", path)
    connection.putheader("Content-Type", "application/json")
    connection.putheader("Transfer-Encoding" if chunked else "Content-Length", "chunked" if chunked else str(size))
    connection.endheaders()
    try:
        for start in range(0, size, 64 * 1024):
            piece = b"[" * min(64 * 1024, size - start)
            connection.send(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
        if chunked:
            connection.send(b"0\r\n\r\n")
    except OSError:
        pass  # the server answered and closed the connection before the whole body was sent
    try:
        return connection.getresponse().status
    finally:
        connection.close()


@pytest.mark.parametrize("chunked", [False, True])
def test_afterview_serve_answers_413_to_a_20_megabyte_webhook_body(tmp_path, chunked):
    with afterview_served({}, tmp_path / "instance") as base:
        assert post(base, "/webhooks/microsoft", 20 * MB, chunked) == 413
        assert post(base, "/webhooks/microsoft", 300 * 1024, chunked) == 413  # the webhook's own limit
        assert post(base, "/webhooks/microsoft?validationToken=abc", 0, chunked) == 200


@pytest.fixture
def watched(tls_app, ms_client, ms_server, ms_user, ms_runtime, clock):
    ms_user.put_event(interview_event("iv-1", clock()))
    connect(ms_client, ms_server, {})
    renew_due_watches(ms_runtime, clock())
    sync_account(ms_runtime, account_of(ms_runtime).id, clock())
    [subscription] = ms_server.cloud.graph.subscriptions.values()
    return subscription


def notification(subscription_id: str, client_state: str) -> dict:
    return {"subscriptionId": subscription_id, "clientState": client_state, "changeType": "updated",
            "resource": "me/events/iv-1", "tenantId": "t", "subscriptionExpirationDateTime": "2026-03-09T00:00:00Z"}


def test_repeats_of_one_notification_are_one_look_up_and_still_make_the_sync_due(ms_client, watched, ms_runtime,
                                                                                  clock):
    genuine = notification(watched["id"], watched["clientState"])
    batch = [genuine] * 300 + [notification(f"forged-{n}", "x") for n in range(99)]
    assert len(json.dumps({"value": batch})) < 256 * 1024
    assert ms_client.post("/webhooks/microsoft", json={"value": batch}).status_code == 202
    assert account_of(ms_runtime).next_sync_at == clock()


def test_past_the_cap_of_distinct_notifications_the_rest_are_not_looked_at(ms_client, watched, ms_runtime, clock):
    due = account_of(ms_runtime).next_sync_at
    forged = [notification(f"forged-{n}", "x") for n in range(100)]
    batch = forged + [notification(watched["id"], watched["clientState"])]
    assert ms_client.post("/webhooks/microsoft", json={"value": batch}).status_code == 202
    assert account_of(ms_runtime).next_sync_at == due  # the next poll still syncs it
