"""``afterview serve`` as a user runs it: a subprocess on a loopback port, in local mode."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "serve-test-token"
ME = "alex.rivera.jobs@gmail.com"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def afterview_served(settings: dict[str, str], instance: Path) -> Iterator[str]:
    """The service with ``settings`` (``AFTERVIEW_*`` and the like) over the test's environment,
    ticking every second and proposing at once; yields its base URL once it is listening."""
    port = free_port()
    env = {**os.environ, "AFTERVIEW_INSTANCE_PATH": str(instance), "AFTERVIEW_LOCAL_TOKEN": TOKEN,
           "AFTERVIEW_ME": ME, "AFTERVIEW_TICK_SECONDS": "1", "AFTERVIEW_PROPOSAL_DELAY_MINUTES": "0",
           "PYTHONUNBUFFERED": "1"}
    for name in ("AFTERVIEW_BASE_URL", "AFTERVIEW_DATABASE_URL",
                 "AFTERVIEW_GOOGLE_CLIENT_ID", "AFTERVIEW_MS_CLIENT_ID"):
        env.pop(name, None)
    env.update(settings)
    process = subprocess.Popen([sys.executable, "-m", "addon.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        line = ""
        while f"{base}/" not in line:
            line = process.stdout.readline()
            assert line or process.poll() is None, "afterview serve exited"
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)
