"""The loopback Google and Microsoft servers drop a request whose body never fully arrives, as the real
services do: a worker killed while sending must not leave behind a draft or a mail built from nothing."""
from __future__ import annotations

import socket
import ssl
import time
from urllib.parse import urlsplit

import pytest

from tests.fakes.google_server import FakeGoogle
from tests.fakes.microsoft_server import MicrosoftServer


def _send_half(base_url: str, ca_path: str, path: str) -> None:
    """Headers promising a 400-byte JSON body, then 20 bytes of it, then the connection closes."""
    url = urlsplit(base_url)
    context = ssl.create_default_context(cafile=ca_path)
    with socket.create_connection((url.hostname, url.port), timeout=5) as raw, \
            context.wrap_socket(raw, server_hostname=url.hostname) as tls:
        tls.sendall(f"POST {path} HTTP/1.1\r\nHost: {url.netloc}\r\nAuthorization: Bearer nothing\r\n"
                    "Content-Type: application/json\r\nContent-Length: 400\r\n\r\n".encode() + b'{"subject": "Than')
    # (closed here, without the rest of the body)


@pytest.fixture
def microsoft():
    server = MicrosoftServer()
    yield server
    server.close()


@pytest.fixture
def google():
    fake = FakeGoogle().start()
    yield fake
    fake.stop()


def _settled(count, expected: int = 0) -> int:
    # the server thread may still be reading what never comes; give it the moment a real peer would take
    for _ in range(50):
        if count() != expected:
            break
        time.sleep(0.02)
    return count()


def test_the_microsoft_fake_never_handles_a_request_cut_short(microsoft):
    _send_half(microsoft.base_url, microsoft.tls.path, "/v1.0/me/messages")
    _send_half(microsoft.base_url, microsoft.tls.path, "/v1.0/me/messages")
    assert _settled(lambda: microsoft.cloud.count("POST", r"/me/messages$")) == 0


def test_the_google_fake_never_handles_a_request_cut_short(google):
    google.add_user("alex@example.com", "Alex")
    _send_half(google.base_url, google.ca_path, "/gmail/v1/users/me/drafts")
    assert _settled(lambda: len(google.requests)) == 0
