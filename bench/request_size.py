"""Oversized request bodies against `afterview serve` (waitress, local mode on a loopback port):
the status and the time of a 20 MB body to `/webhooks/microsoft`, declared with Content-Length
and streamed in chunks, and the same for `/api/connect/ics`.

    python bench/request_size.py [--megabytes 20]

The body is a JSON notification batch (what a forged request would send); the client streams it
and stops as soon as the server answers, so the time is what the server spent before answering.
"""
from __future__ import annotations

import argparse
import http.client
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ITEM = b'{"subscriptionId":"00000000-0000-0000-0000-000000000000","clientState":"forged","changeType":"updated"},'


def body(megabytes: int) -> bytes:
    count = megabytes * 1024 * 1024 // len(ITEM)
    return b'{"value":[' + ITEM * count + b'{}]}'


def served(instance: Path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "AFTERVIEW_INSTANCE_PATH": str(instance), "AFTERVIEW_LOCAL_TOKEN": "bench",
           "AFTERVIEW_ME": "bench@example.com", "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-m", "addon.cli", "serve", "--host", "127.0.0.1", "--port",
                                str(port), "--no-scheduler"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    while f"127.0.0.1:{port}/" not in (line := process.stdout.readline()):
        if not line and process.poll() is not None:
            raise SystemExit("afterview serve exited")
    return process, port


def send(port: int, path: str, data: bytes, chunked: bool) -> tuple[str, float]:
    """POST ``data``; returns the status (or what happened) and the seconds until the answer."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    started = time.perf_counter()
    headers = {"Content-Type": "application/json", "Authorization": "Bearer bench"}
    try:
        connection.putrequest("POST", path)
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.putheader("Transfer-Encoding" if chunked else "Content-Length",
                             "chunked" if chunked else str(len(data)))
        connection.endheaders()
        for start in range(0, len(data), 64 * 1024):
            piece = data[start:start + 64 * 1024]
            try:
                connection.send(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
            except OSError:
                break  # the server answered and closed: read its answer
        else:
            if chunked:
                connection.send(b"0\r\n\r\n")
        response = connection.getresponse()
        status = str(response.status)
        response.read()
    except OSError as exc:
        status = exc.__class__.__name__
    finally:
        connection.close()
    return status, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=20)
    args = parser.parse_args()
    data = body(args.megabytes)
    with tempfile.TemporaryDirectory() as instance:
        process, port = served(Path(instance))
        try:
            print(f"{'path':<24} {'body':<16} {'status':<8} seconds")
            for path in ("/webhooks/microsoft", "/api/connect/ics"):
                for chunked in (False, True):
                    status, seconds = send(port, path, data, chunked)
                    kind = "chunked" if chunked else "Content-Length"
                    print(f"{path:<24} {kind:<16} {status:<8} {seconds:.2f}")
        finally:
            process.terminate()
            process.wait(timeout=20)


if __name__ == "__main__":
    main()
