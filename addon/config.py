"""Configuration: defaults, then the instance folder's ``config.py``, then ``AFTERVIEW_*``.

Names follow the design's table with the ``AFTERVIEW_`` prefix removed (Flask's
``from_prefixed_env``). Secrets have no defaults: the demo and a loopback-only local service
generate theirs into the instance folder, a public service must be given them.
"""
from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from notes.store.crypto import TokenCipher, TokenKeyError, new_key
from providers.errors import ConfigError

MIN_SECRET_BYTES = 32
LOCAL_SECRET_FILES = {"TOKEN_KEY": "token.key", "SECRET_KEY": "secret.key"}
DATABASE_FILES = {False: "afterview.db", True: "demo.db"}  # by DEMO: the demo never touches real data

log = logging.getLogger(__name__)

DEFAULTS = {
    "DATABASE_URL": None,  # None: SQLite in the instance folder
    "BASE_URL": "http://127.0.0.1:8080",
    "TOKEN_KEY": None,
    "SECRET_KEY": None,
    "LOCAL_TOKEN": None,
    "ME": None,  # the local user's address (local web UI and demo)
    "ME_NAME": "",
    "GOOGLE_CLIENT_ID": None,
    "GOOGLE_CLIENT_SECRET": None,
    "GOOGLE_API_ROOT": "https://www.googleapis.com/",
    "GOOGLE_AUTH_URI": "https://accounts.google.com/o/oauth2/auth",
    "GOOGLE_TOKEN_URI": "https://oauth2.googleapis.com/token",
    "GOOGLE_REVOKE_URI": "https://oauth2.googleapis.com/revoke",
    "GOOGLE_ADDON_SERVICE_ACCOUNT": None,
    "GOOGLE_ADDON_CLIENT_ID": None,
    "GOOGLE_CERTS_URL": "https://www.googleapis.com/oauth2/v1/certs",
    "MS_CLIENT_ID": None,
    "MS_CLIENT_SECRET": None,
    "MS_AUTHORITY": "https://login.microsoftonline.com/common",
    "GRAPH_API_ROOT": "https://graph.microsoft.com/v1.0/",
    "MS_JWKS_URL": "https://login.microsoftonline.com/common/discovery/v2.0/keys",
    "MS_API_AUDIENCE": None,
    "TICK_SECONDS": 30,
    "LEASE_SECONDS": 300,  # how long a claim on due work lasts unless its worker renews it
    "PAGE_REFRESH_SECONDS": 30,  # how often the local page fetches what it shows
    "PROPOSAL_DELAY_MINUTES": 10,
    "SYNC_CONCURRENCY": 16,
    # drafting by a language model, off unless both are set: an OpenAI-compatible /v1 and a model
    "LLM_BASE_URL": None,
    "LLM_MODEL": None,
    "LLM_API_KEY": None,  # a local server (Ollama, llama.cpp) needs none
    "LLM_TIMEOUT_SECONDS": 20,
    "LLM_CONCURRENCY": 4,
    "LOCAL_MODE": False,  # loopback single-user service: .ics files from disk are allowed
    "DEMO": False,
    "SCHEDULER": False,  # started by `afterview serve` / `afterview worker`, not by create_app
}


def resolve_database_url(config: dict, instance_path: str) -> str:
    """The configured database URL, else a SQLite file in the instance folder."""
    url = config.get("DATABASE_URL")
    if url:
        return str(url)
    name = DATABASE_FILES[bool(config.get("DEMO"))]
    private_folder(instance_path)
    return f"sqlite:///{Path(instance_path) / name}"


def private_folder(path: str) -> None:
    """The instance folder (database, secrets), created or tightened to its owner only (0700)."""
    folder = Path(path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if folder.stat().st_mode & 0o077:
        try:
            folder.chmod(0o700)
        except PermissionError:
            log.warning("%s is open to other users and cannot be changed by this user", folder)


def instance_secret(instance_path: str, name: str, make) -> str:
    """A secret kept in the instance folder, created on first use (demo and local mode only)."""
    path = Path(instance_path) / name
    private_folder(instance_path)
    if path.exists():
        return path.read_text().strip()
    value = make()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(value)
    return value


def fill_local_secrets(config: dict, instance_path: str) -> None:
    """Generate the token key and the signing secret into the instance folder when unset."""
    if not config.get("TOKEN_KEY"):
        config["TOKEN_KEY"] = instance_secret(instance_path, LOCAL_SECRET_FILES["TOKEN_KEY"], new_key)
    if not config.get("SECRET_KEY"):
        config["SECRET_KEY"] = instance_secret(instance_path, LOCAL_SECRET_FILES["SECRET_KEY"],
                                               lambda: secrets.token_urlsafe(48))


def require(config: dict, *names: str) -> None:
    missing = [name for name in names if not config.get(name)]
    if missing:
        raise ConfigError("missing settings: " + ", ".join(f"AFTERVIEW_{name}" for name in missing))


def token_key_problem(value) -> str | None:
    """What is wrong with a token key (``None`` when it is a valid key set)."""
    try:
        TokenCipher(value or "")
    except TokenKeyError as exc:
        return str(exc)
    return None


def secret_key_problem(value) -> str | None:
    """What is wrong with a signing secret (``None`` when it is long enough)."""
    if len(str(value or "").encode()) < MIN_SECRET_BYTES:
        return (f"AFTERVIEW_SECRET_KEY must be set to a random value of at least {MIN_SECRET_BYTES} bytes "
                "(it signs the task pane's tokens; e.g. `python -c 'import secrets; "
                "print(secrets.token_urlsafe(48))'`)")
    return None


def secret_problems(config) -> list[str]:
    """What is wrong with the two secrets a service needs (empty when both are good)."""
    found = (token_key_problem(config.get("TOKEN_KEY")), secret_key_problem(config.get("SECRET_KEY")))
    return [problem for problem in found if problem]


def require_secrets(config) -> None:
    """Refuse to run a service without its secrets (the demo and local mode generate them)."""
    problems = secret_problems(config)
    if problems:
        raise ConfigError("Afterview cannot serve without its secrets: " + "; ".join(problems)
                          + " (`afterview keygen` prints a token key; --demo and loopback serving generate both)")
