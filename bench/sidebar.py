"""The Gmail homepage endpoint under load, beside a bare Flask endpoint on the same server.

    python bench/sidebar.py [--concurrency 50] [--seconds 10] [--workers N] [--threads N]
                            [--database-url URL]

One gunicorn (started here as a subprocess on a loopback port, with the shipped
``gunicorn.conf.py``: ``gthread`` workers, one per CPU, two threads each) serves both Afterview
and, mounted at ``/bare``, a Flask app with one endpoint that returns a small JSON answer. Google's
certificates come from a loopback server (``tests/fakes/google_certs.py``); the store (SQLite in a temporary folder, or
``--database-url``: for PostgreSQL the bench works in a schema of its own and drops it
afterwards) holds one Google user with ten interviews: eight with notes proposed, two coming up.
Each request to ``POST /gmail/homepage`` carries a Google-signed system token and an event
object with a ``userIdToken``: both are verified on every request, then the card is built from
the store.

Prints requests per second and p50/p99 latency for both endpoints at ``--concurrency``
simultaneous keep-alive connections. Targets: the homepage at least half the bare throughput,
and its p99 under 50 ms. Figures only: nothing here asserts timing.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import runpy
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.calendars import calendar, interview  # noqa: E402
from tests.fakes.google_certs import GoogleCertsServer, TokenSigner  # noqa: E402

SERVICE_ACCOUNT = "service-4242@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"
CLIENT_ID = "4242-addon.apps.googleusercontent.com"
USER = {"sub": "110000000000000000001", "email": "alex.rivera.jobs@gmail.com", "name": "Alex Rivera"}
COMPANIES = ("Acme Robotics", "Globex", "Initech", "Umbrella Health", "Hooli", "Vandelay Imports",
             "Stark Freight", "Wayne Analytics", "Tyrell Bio", "Cyberdyne Labs")


def served_app():
    """Gunicorn's entry point: Afterview, with the bare Flask app mounted at ``/bare``."""
    from flask import Flask
    from werkzeug.middleware.dispatcher import DispatcherMiddleware

    from addon import create_app

    bare = Flask("bare")

    @bare.post("/")
    def ok():
        return {"ok": True}

    afterview = create_app()
    afterview.wsgi_app = DispatcherMiddleware(afterview.wsgi_app, {"/bare": bare})
    return afterview


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(database_url: str, certs_url: str, base_url: str, instance: str) -> dict:
    from notes.store.crypto import new_key

    return {**os.environ, "AFTERVIEW_DATABASE_URL": database_url, "AFTERVIEW_BASE_URL": base_url,
            "AFTERVIEW_TOKEN_KEY": new_key(), "AFTERVIEW_SECRET_KEY": "bench-secret-key",
            "AFTERVIEW_LOCAL_TOKEN": "bench-token", "AFTERVIEW_INSTANCE_PATH": instance,
            "AFTERVIEW_GOOGLE_CERTS_URL": certs_url, "AFTERVIEW_GOOGLE_ADDON_SERVICE_ACCOUNT": SERVICE_ACCOUNT,
            "AFTERVIEW_GOOGLE_ADDON_CLIENT_ID": CLIENT_ID, "PYTHONPATH": str(ROOT)}


def populate(env: dict, folder: Path) -> None:
    """The user and their ten interviews, proposed as the scheduler would."""
    os.environ.update(env)
    from addon import create_app
    from notes.store.database import upgrade
    from notes.usecases import service
    from scheduler.ticks import run_round

    app = create_app()
    upgrade(app.extensions["afterview.engine"])
    runtime = app.extensions["afterview.runtime"]
    now = datetime.now(UTC).replace(microsecond=0)
    events = []
    for n, company in enumerate(COMPANIES):
        start = now - timedelta(days=n, hours=3) if n < 8 else now + timedelta(days=n - 7)
        slug = company.lower().replace(" ", "")
        people = ((f"Dana {n}", f"dana.{n}@{slug}.com"), (f"Omar {n}", f"omar.{n}@{slug}.com"))
        events.append(interview(f"bench-{n}", start, start + timedelta(hours=1), people=people,
                                organizer=(f"{company} Recruiting", f"recruiting@{slug}.com"),
                                summary=f"Interview: Data Analyst - {company}",
                                description=f"Your interview for the Data Analyst position at {company}."))
    path = folder / "bench.ics"
    path.write_bytes(calendar(*events))
    with runtime.session() as session:
        user = service.google_user(session, USER["sub"], USER["email"], True, USER["name"])
        session.commit()
        user_id = user.id
    service.connect_ics(runtime, user_id, str(path), now, allow_files=True, allow_private=True)
    run_round(runtime, now)
    app.extensions["afterview.engine"].dispose()


def start_gunicorn(env: dict, port: int, workers: int, threads: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "--config", str(ROOT / "gunicorn.conf.py"),
               "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--threads", str(threads),
               "--log-level", "warning", "bench.sidebar:served_app()"]
    process = subprocess.Popen(command, env=env, cwd=str(ROOT))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise SystemExit("gunicorn did not start")


def homepage_request(signer: TokenSigner, base_url: str) -> tuple[bytes, dict]:
    system = signer.token(base_url + "/gmail/homepage", lifetime=3600, email=SERVICE_ACCOUNT,
                          email_verified=True, sub="104242424242424242424")
    event = {"commonEventObject": {"hostApp": "GMAIL", "platform": "WEB", "userLocale": "en",
                                   "timeZone": {"id": "America/New_York", "offset": -18000000}},
             "authorizationEventObject": {
                 "userOAuthToken": "ya29.bench", "systemIdToken": system,
                 "userIdToken": signer.token(CLIENT_ID, sub=USER["sub"], email=USER["email"],
                                             email_verified=True, name=USER["name"])}}
    return json.dumps(event).encode(), {"Authorization": f"Bearer {system}", "Content-Type": "application/json"}


def load(port: int, path: str, body: bytes, headers: dict, concurrency: int, seconds: float) -> tuple[int, list]:
    """``concurrency`` keep-alive connections posting for ``seconds``; latencies in seconds."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        while time.monotonic() < stop:
            began = time.perf_counter()
            connection.request("POST", path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            mine.append(time.perf_counter() - began)
            if response.status != 200:
                errors[0] += 1
        connection.close()
        with lock:
            latencies.extend(mine)

    began = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors[0], [len(latencies) / (time.monotonic() - began), *sorted(latencies)]


def load_wrk(port: int, path: str, body: bytes, headers: dict, concurrency: int, seconds: float) -> dict:
    """The same load driven by ``wrk`` (C, two threads): the client costs the server's two cores
    far less than Python threads would. Returns rate, p50, p99 (seconds) and errors."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(f"wrk.method = 'POST'\nwrk.body = {json.dumps(body.decode())}\n")
        for name, value in headers.items():
            script.write(f"wrk.headers[{json.dumps(name)}] = {json.dumps(value)}\n")
    try:
        output = subprocess.run(
            ["wrk", "-t", "2", "-c", str(concurrency), "-d", f"{seconds:.0f}s", "--latency", "-s", script.name,
             f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(script.name)
    if "Latency Distribution" not in output:
        raise SystemExit("wrk printed no latency distribution:\n" + output)
    return {"rate": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
            "p50": _wrk_time(re.search(r"^\s*50%\s+(\S+)", output, re.MULTILINE).group(1)),
            "p99": _wrk_time(re.search(r"^\s*99%\s+(\S+)", output, re.MULTILINE).group(1)),
            "requests": int(re.search(r"(\d+) requests in", output).group(1)),
            "errors": _wrk_errors(output)}


def _wrk_time(text: str) -> float:
    units = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}
    found = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text.strip())
    if found is None:
        raise ValueError(f"unexpected wrk time {text!r}")
    number, unit = found.groups()
    return float(number) * units[unit]


def _wrk_errors(output: str) -> int:
    found = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return (int(found.group(1)) if found else 0) + (sum(map(int, socket_errors.groups())) if socket_errors else 0)


def server_cpu(pid: int) -> float:
    """CPU seconds used so far by gunicorn's workers (Linux ``/proc``; 0 elsewhere)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        ticks = 0
        for child in children:
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        return ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def measure(name: str, server: subprocess.Popen, *load_args) -> float:
    """Run one load and print its throughput, latencies and the server's CPU per request."""
    before = server_cpu(server.pid)
    if shutil.which("wrk"):
        result = load_wrk(*load_args)
    else:
        errors, measured = load(*load_args)
        latencies = measured[1:]
        result = {"rate": measured[0], "p50": statistics.median(latencies), "requests": len(latencies),
                  "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], "errors": errors}
    cpu = server_cpu(server.pid) - before
    print(f"{name:<22} {result['rate']:8.0f} req/s   p50 {result['p50'] * 1000:6.1f} ms   "
          f"p99 {result['p99'] * 1000:6.1f} ms   server CPU {cpu / result['requests'] * 1000:5.2f} ms/req   "
          f"({result['requests']} requests, {result['errors']} errors)")
    return result["rate"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    production = runpy.run_path(str(ROOT / "gunicorn.conf.py"))  # the defaults: the shipped settings
    parser.add_argument("--workers", type=int, default=production["workers"])
    parser.add_argument("--threads", type=int, default=production["threads"])
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    signer = TokenSigner("bench-key")
    certs = GoogleCertsServer([signer], max_age=3600)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    schema = None
    with tempfile.TemporaryDirectory() as folder:
        database_url = args.database_url or f"sqlite:///{Path(folder) / 'bench.db'}"
        if database_url.startswith("postgresql"):
            from tests.conftest import postgres_schema_url

            database_url, schema = postgres_schema_url(database_url)  # a schema of its own, dropped after
        env = environment(database_url, certs.url, base_url, folder)
        populate(env, Path(folder))
        server = start_gunicorn(env, port, args.workers, args.threads)
        try:
            body, headers = homepage_request(signer, base_url)
            load(port, "/gmail/homepage", body, headers, 4, 1.0)  # warm every worker
            load(port, "/bare/", b"{}", {"Content-Type": "application/json"}, 4, 1.0)
            client = "wrk" if shutil.which("wrk") else "Python threads (install wrk for a lighter client)"
            print(f"load from {client}; gunicorn gthread, {args.workers} workers x {args.threads} threads, "
                  f"{os.cpu_count()} CPUs, "
                  f"{args.concurrency} concurrent connections, {args.seconds:.0f} s each, "
                  f"{database_url.split(':')[0]}; certificate fetches: {certs.fetches}")
            bare = measure("bare Flask endpoint", server, port, "/bare/", b"{}",
                           {"Content-Type": "application/json"}, args.concurrency, args.seconds)
            home = measure("POST /gmail/homepage", server, port, "/gmail/homepage", body, headers,
                           args.concurrency, args.seconds)
            print(f"homepage / bare throughput: {home / bare:.2f} (target >= 0.50); p99 target < 50 ms")
        finally:
            server.terminate()
            server.wait(timeout=30)
            certs.close()
            if schema:
                from tests.conftest import drop_postgres_schema

                drop_postgres_schema(args.database_url, schema)


if __name__ == "__main__":
    main()
