"""The web tier as it is deployed: gunicorn with the shipped ``gunicorn.conf.py``."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import requests

from notes.store.crypto import new_key
from tests.serving import ROOT, free_port


def test_the_shipped_gunicorn_settings_serve_afterview_with_a_worker_per_core(tmp_path: Path):
    port = free_port()
    env = {**os.environ, "AFTERVIEW_INSTANCE_PATH": str(tmp_path), "AFTERVIEW_DATABASE_URL": f"sqlite:///{tmp_path}/a.db",
           "AFTERVIEW_SECRET_KEY": "gunicorn-test-secret-of-at-least-32-bytes", "AFTERVIEW_TOKEN_KEY": new_key(),
           "WEB_CONCURRENCY": "2"}
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "addon:create_app()"],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline, answer = time.monotonic() + 30, None
        while answer is None and time.monotonic() < deadline and server.poll() is None:
            try:
                answer = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
            except (requests.ConnectionError, requests.Timeout):  # a worker still booting on a busy machine
                time.sleep(0.2)
        assert answer is not None and answer.status_code == 200 and answer.json() == {"ok": True}
        assert answer.headers.get("Connection", "keep-alive").lower() == "keep-alive"
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
        if children.exists():  # Linux: the arbiter runs the configured number of workers
            deadline = time.monotonic() + 10
            while len(children.read_text().split()) < 2 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert len(children.read_text().split()) == 2
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    assert "Using worker: gthread" in output, output


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
