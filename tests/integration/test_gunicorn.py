"""The web tier as it is deployed: gunicorn with the shipped ``gunicorn.conf.py``."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import requests

from notes.store.crypto import new_key
from tests.serving import ROOT, free_port

PATIENCE = 120  # seconds: only a server that never gets ready fails; a slow one is waited for


class Log:
    """The server's output, read as it comes, so the test waits for what gunicorn says it did."""

    def __init__(self, stream):
        self.lines: list[str] = []
        self._changed = threading.Condition()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            with self._changed:
                self.lines.append(line)
                self._changed.notify_all()
        with self._changed:
            self.lines.append("")  # the end: nothing more will come
            self._changed.notify_all()

    def wait_for(self, seen: Callable[[list[str]], bool]) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: seen(self.lines) or "" in self.lines, PATIENCE) and seen(self.lines)

    def text(self) -> str:
        with self._changed:
            return "".join(self.lines)


def test_the_shipped_gunicorn_settings_serve_afterview_with_a_worker_per_core(tmp_path: Path):
    port = free_port()
    env = {**os.environ, "AFTERVIEW_INSTANCE_PATH": str(tmp_path), "AFTERVIEW_DATABASE_URL": f"sqlite:///{tmp_path}/a.db",
           "AFTERVIEW_SECRET_KEY": "gunicorn-test-secret-of-at-least-32-bytes", "AFTERVIEW_TOKEN_KEY": new_key(),
           "WEB_CONCURRENCY": "2"}
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "addon:create_app()"],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log = Log(server.stdout)
    try:
        assert log.wait_for(lambda lines: any(f"Listening at: http://127.0.0.1:{port}" in line for line in lines)), \
            log.text()
        # the socket is bound: a request waits in its backlog until a worker has loaded the app
        answer = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=PATIENCE)
        assert answer.status_code == 200 and answer.json() == {"ok": True}
        assert answer.headers.get("Connection", "keep-alive").lower() == "keep-alive"
        assert log.wait_for(lambda lines: sum("Booting worker with pid" in line for line in lines) >= 2), log.text()
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
        if children.exists():  # Linux: the arbiter runs the configured number of workers
            assert len(children.read_text().split()) == 2
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "Using worker: gthread" in log.text(), log.text()


def test_gunicorn_will_not_serve_a_shared_service_with_an_empty_signing_key(tmp_path: Path):
    env = {**os.environ, "AFTERVIEW_INSTANCE_PATH": str(tmp_path), "AFTERVIEW_DATABASE_URL": f"sqlite:///{tmp_path}/a.db",
           "AFTERVIEW_SECRET_KEY": "", "AFTERVIEW_TOKEN_KEY": new_key(), "WEB_CONCURRENCY": "1"}
    env.pop("AFTERVIEW_LOCAL_MODE", None)
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{free_port()}",
                               "addon:create_app()"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    try:
        output = server.communicate(timeout=60)[0]
    finally:
        if server.poll() is None:
            server.kill()
    assert server.returncode != 0
    assert "AFTERVIEW_SECRET_KEY must be set to a random value of at least 32 bytes" in output, output
