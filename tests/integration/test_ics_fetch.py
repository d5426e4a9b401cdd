"""Fetching a calendar URL: one lookup and a connection to exactly that address, refusals of every
private or wrapped address with one message, no proxies, one deadline, a size cap, TLS checked
against the host name. Loopback servers and the machine's real name resolution."""
from __future__ import annotations

import http.server
import socket
import ssl
import sys
import time

import pytest
import trustme

from providers.base import CalendarInvalid, Unavailable
from providers.ics import IcsCalendar, read_source
from tests.fakes.loopback import Loopback

UNREACHABLE = "cannot reach this calendar URL from this server"  # one answer for every refused or failed address
CALENDAR = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
LOOKUPS: list[str] | None = None


def _observe(event: str, args) -> None:
    if event == "socket.getaddrinfo" and LOOKUPS is not None:
        LOOKUPS.append(str(args[0]))


sys.addaudithook(_observe)  # observes name lookups (a hook cannot be removed: it records only when asked)


class Calendars(http.server.BaseHTTPRequestHandler):
    """Serves ``/cal.ics``, redirects ``/moved`` to the URL in ``redirect_to``, trickles ``/slow``."""

    protocol_version = "HTTP/1.1"

    def do_GET(self):  # noqa: N802 (the standard library's name)
        self.server.seen.append((self.path, self.headers.get("Host")))
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", self.server.redirect_to)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow":
            self._trickle()
        elif self.path.startswith("/cal.ics"):
            body = self.server.body
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            if not self.server.hide_length:
                self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def _trickle(self):
        """A byte every 50 ms: 600 of them take 30 s, and no single read ever waits long."""
        self.send_response(200)
        self.send_header("Content-Length", "600")
        self.end_headers()
        try:
            for _ in range(600):
                self.wfile.write(b"x")
                self.wfile.flush()
                self.server.trickled += 1
                time.sleep(0.05)
        except OSError:
            self.server.cut_off = True

    def log_message(self, *args):
        pass


def serve(tls: ssl.SSLContext | None = None):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Calendars)
    server.daemon_threads = True
    server.seen, server.body, server.hide_length, server.redirect_to = [], CALENDAR, False, ""
    server.trickled, server.cut_off = 0, False
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    server.loopback = Loopback(server, "ics-fetch-calendars")
    return server


@pytest.fixture
def calendars():
    server = serve()
    yield server
    server.loopback.close()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PRIVATE_FORMS = [
    "localhost",  # resolved by the machine, to 127.0.0.1
    "127.0.0.1",
    "[::1]",
    "[::ffff:127.0.0.1]",  # IPv4-mapped
    "[::127.0.0.1]",  # IPv4-compatible
    "[64:ff9b::7f00:1]",  # NAT64 of 127.0.0.1
    "[64:ff9b::a00:1]",  # NAT64 of 10.0.0.1
    "[2002:7f00:1::1]",  # 6to4 of 127.0.0.1
    "[2002:a9fe:a9fe::1]",  # 6to4 of 169.254.169.254
    "[2001:0:4136:e378:8000:63bf:80ff:fffe]",  # Teredo, client 127.0.0.1
    "10.0.0.1",
    "169.254.169.254",
    "0.0.0.0",
    "100.64.0.1",
    "224.0.0.1",
    "[fd00::1]",
    "[fe80::1]",
    "nothing.invalid",  # does not resolve: the same answer as a refusal
]


@pytest.mark.parametrize("host", PRIVATE_FORMS)
def test_a_shared_server_refuses_every_private_or_wrapped_address_with_one_message(calendars, host):
    port = calendars.server_address[1]
    with pytest.raises(Unavailable) as refused:
        read_source(f"http://{host}:{port}/cal.ics", public_only=True)
    assert str(refused.value) == UNREACHABLE
    assert calendars.seen == []


def test_a_failed_address_says_the_same_as_a_refused_one(calendars):
    answers = []
    for source, public_only in [(f"http://127.0.0.1:{closed_port()}/cal.ics", False),
                                (f"http://nothing.invalid:{closed_port()}/cal.ics", False),
                                (f"https://localhost:{calendars.server_address[1]}/cal.ics", False),  # not TLS
                                (f"http://localhost:{calendars.server_address[1]}/cal.ics", True)]:
        with pytest.raises(Unavailable) as failed:
            IcsCalendar(source, public_only=public_only).changes(None, None)
        answers.append(str(failed.value))
    assert answers == [UNREACHABLE] * 4


def test_the_name_is_looked_up_once_and_the_request_goes_to_that_address_with_its_host(calendars):
    global LOOKUPS
    port = calendars.server_address[1]
    LOOKUPS = []
    try:
        assert read_source(f"http://localhost:{port}/cal.ics") == CALENDAR
    finally:
        found, LOOKUPS = LOOKUPS, None
    assert found.count("localhost") == 1 and set(found) <= {"localhost", "127.0.0.1"}
    assert calendars.seen == [("/cal.ics", f"localhost:{port}")]


def test_each_redirect_is_looked_up_and_checked_again(calendars):
    global LOOKUPS
    port = calendars.server_address[1]
    calendars.redirect_to = f"http://127.0.0.1:{port}/cal.ics?from=redirect"
    LOOKUPS = []
    try:
        assert read_source(f"http://localhost:{port}/moved") == CALENDAR
    finally:
        found, LOOKUPS = LOOKUPS, None
    assert found[0] == "localhost" and "127.0.0.1" in found
    calendars.redirect_to = "http://nothing.invalid/cal.ics"
    with pytest.raises(Unavailable, match=UNREACHABLE):
        read_source(f"http://localhost:{port}/moved")


def test_proxies_from_the_environment_are_not_used(calendars, monkeypatch):
    proxy = serve()
    try:
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
            monkeypatch.setenv(name, f"http://127.0.0.1:{proxy.server_address[1]}")
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        assert read_source(f"http://localhost:{calendars.server_address[1]}/cal.ics") == CALENDAR
        assert proxy.seen == [] and len(calendars.seen) == 1
    finally:
        proxy.loopback.close()


def test_a_server_that_trickles_is_cut_off_at_the_deadline(calendars):
    from providers.ics.fetch import fetch_calendar

    with pytest.raises(Unavailable, match=UNREACHABLE):
        fetch_calendar(f"http://localhost:{calendars.server_address[1]}/slow", False, 1024 * 1024, deadline=1.0)
    for _ in range(100):  # the server notices on its next write
        if calendars.cut_off:
            break
        time.sleep(0.05)
    assert calendars.cut_off and calendars.trickled < 600


@pytest.mark.parametrize("hide_length", [False, True])
def test_a_calendar_over_the_size_cap_is_refused(calendars, hide_length):
    from providers.ics.fetch import fetch_calendar

    calendars.body, calendars.hide_length = CALENDAR + b"X" * 5000, hide_length
    with pytest.raises(CalendarInvalid, match="larger than"):
        fetch_calendar(f"http://localhost:{calendars.server_address[1]}/cal.ics", False, 4096)


def test_tls_checks_the_certificate_against_the_host_name_sent_as_sni(tmp_path):
    from providers.ics.fetch import fetch_calendar

    authority = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))
    names: list[str] = []
    for certified, expected in [("localhost", CALENDAR), ("calendar.example.org", None)]:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        authority.issue_cert(certified).configure_cert(context)
        context.sni_callback = lambda _sock, name, _ctx: names.append(name)
        server = serve(context)
        url = f"https://localhost:{server.server_address[1]}/cal.ics"
        try:
            if expected is not None:
                assert fetch_calendar(url, False, 1024 * 1024, ca_certs=str(ca_file)) == expected
            else:
                with pytest.raises(Unavailable, match=UNREACHABLE):
                    fetch_calendar(url, False, 1024 * 1024, ca_certs=str(ca_file))
        finally:
            server.loopback.close()
    assert names == ["localhost", "localhost"]
