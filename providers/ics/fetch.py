"""Downloading a calendar from an http(s) URL without being turned against the server's network.

For each hop (redirects are followed up to ``MAX_REDIRECTS``, each checked again):

- the host name is resolved once, and the connection goes to exactly the address found (no
  second lookup that a name server could answer differently); TLS still sends the host name
  (SNI) and checks the certificate against it;
- on a shared server (``public_only``) every address must be public, judged on the IPv4
  address inside IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96), 6to4 (2002::/16) and
  Teredo (2001::/32) addresses;
- proxies from the environment are ignored: the request goes out directly.

The whole download, redirects included, has one deadline (a watchdog closes the connection
however slowly the server sends), and a size cap. Every address that is refused, does not
resolve, or cannot be connected to gives the same message, ``UNREACHABLE``, so the answers do not
tell a user what lies behind the server.
"""
from __future__ import annotations

import base64
import contextlib
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

import certifi
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import HTTPError as TransportError
from urllib3.util.ssl_match_hostname import CertificateError

from ..base import CalendarInvalid, Unavailable

UNREACHABLE = "cannot reach this calendar URL from this server"
MAX_REDIRECTS = 3
DEADLINE = 30.0  # seconds for a whole download
READ_TIMEOUT = 15.0  # seconds without a byte
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str
    port: int
    path: str
    headers: dict


def fetch_calendar(url: str, public_only: bool, max_bytes: int, deadline: float = DEADLINE,
                   ca_certs: str | None = None) -> bytes:
    """The body of ``url`` (``Unavailable`` or ``CalendarInvalid`` when it cannot be had)."""
    ends = time.monotonic() + deadline
    for _ in range(MAX_REDIRECTS + 1):
        target = _target(url)
        addresses = resolve(target.host, target.port, public_only)
        status, location, body = _get(target, addresses, ends, max_bytes, ca_certs)
        if status in _REDIRECTS and location:
            url = urljoin(url, location)
            continue
        if status >= 400:
            raise Unavailable(f"the calendar server answered HTTP {status}")
        return body
    raise Unavailable("the calendar URL redirects too many times")


def is_public_address(address: str) -> bool:
    """Whether ``address`` is a public unicast one, judging an embedded IPv4 address by itself."""
    ip = ipaddress.ip_address(address.split("%")[0])
    inner = _embedded_ipv4(ip)
    if inner is not None:
        return is_public_address(str(inner))
    return ip.is_global and not ip.is_multicast


def _embedded_ipv4(ip) -> ipaddress.IPv4Address | None:
    if ip.version != 6:
        return None
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]  # the client's address, where the traffic ends up
    if ip in _NAT64 or (ip in _IPV4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def resolve(host: str, port: int, public_only: bool) -> list[str]:
    """The addresses to connect to (every one of them allowed), from one lookup."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        addresses = list(dict.fromkeys(str(info[4][0]) for info in found))
        if not addresses or (public_only and not all(is_public_address(a) for a in addresses)):
            raise Unavailable(UNREACHABLE)
    except (OSError, ValueError, UnicodeError) as exc:
        raise Unavailable(UNREACHABLE) from exc
    return addresses


def _target(url: str) -> _Target:
    try:
        parts = urlsplit(url)
        scheme, host, port = parts.scheme.lower(), parts.hostname or "", parts.port
    except ValueError as exc:  # a port that is not a number, brackets that do not close...
        raise Unavailable(UNREACHABLE) from exc
    if scheme not in ("http", "https") or not host:
        raise Unavailable(UNREACHABLE)
    port = port or (443 if scheme == "https" else 80)
    shown = f"[{host}]" if ":" in host else host
    headers = {"Host": shown if port == (443 if scheme == "https" else 80) else f"{shown}:{port}",
               "Accept": "text/calendar, */*;q=0.5", "Accept-Encoding": "identity", "User-Agent": "Afterview"}
    if parts.username is not None:  # a feed's own credentials, given in its URL
        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return _Target(scheme, host, port, path, headers)


def _get(target: _Target, addresses: list[str], ends: float, max_bytes: int, ca_certs: str | None):
    """Status, redirect location and body of one request, sent to the first address that answers."""
    for address in addresses:
        remaining = ends - time.monotonic()
        if remaining <= 0:
            break
        connection = _connection(target, address, remaining, ca_certs)
        watchdog = threading.Timer(remaining, _abort, (connection,))
        watchdog.daemon = True
        watchdog.start()
        try:
            connection.request("GET", target.path, headers=target.headers, preload_content=False)
            response = connection.getresponse()
            if response.status in _REDIRECTS or response.status >= 400:
                return response.status, response.headers.get("Location"), b""
            return response.status, None, _body(response, max_bytes)
        except (TransportError, OSError, CertificateError):
            continue  # this address does not answer: the next one, with the same message in the end
        finally:
            watchdog.cancel()
            connection.close()
    raise Unavailable(UNREACHABLE)


def _connection(target: _Target, address: str, remaining: float, ca_certs: str | None):
    timeout = min(READ_TIMEOUT, remaining)  # for the connect and for each read; the watchdog ends the whole
    if target.scheme == "http":
        return HTTPConnection(address, target.port, timeout=timeout)
    return HTTPSConnection(address, target.port, timeout=timeout, cert_reqs="CERT_REQUIRED",
                           ca_certs=ca_certs or certifi.where(), server_hostname=target.host,
                           assert_hostname=target.host)


def _abort(connection) -> None:
    """The deadline passed: wake the read that waits (the caller then sees a failed read)."""
    sock = connection.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _body(response, max_bytes: int) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise CalendarInvalid(f"the calendar is larger than {max_bytes // (1024 * 1024)} MB")
    chunks, size = [], 0
    for chunk in response.stream(64 * 1024, decode_content=False):
        size += len(chunk)
        if size > max_bytes:
            raise CalendarInvalid(f"the calendar is larger than {max_bytes // (1024 * 1024)} MB")
        chunks.append(chunk)
    return b"".join(chunks)
