"""A shared service does not start without its two secrets: ``create_app`` itself refuses, so that
every way of running it (``afterview serve``, ``afterview worker``, gunicorn) is covered."""
from __future__ import annotations

import pytest

from addon import create_app
from addon.config import ConfigError
from notes.store.crypto import new_key

GOOD_SECRET = "s" * 32


def shared(tmp_path, **settings) -> dict:
    return {"DATABASE_URL": f"sqlite:///{tmp_path / 'a.db'}", "INSTANCE_PATH": str(tmp_path), "LOCAL_MODE": False,
            "DEMO": False, **settings}


@pytest.mark.parametrize("settings, named", [
    ({"TOKEN_KEY": new_key()}, "AFTERVIEW_SECRET_KEY"),
    ({"TOKEN_KEY": new_key(), "SECRET_KEY": "s" * 31}, "AFTERVIEW_SECRET_KEY"),
    ({"SECRET_KEY": GOOD_SECRET}, "AFTERVIEW_TOKEN_KEY is not set"),
    ({"SECRET_KEY": GOOD_SECRET, "TOKEN_KEY": "not-a-fernet-key"}, "not a Fernet key"),
], ids=["no-secret", "short-secret", "no-token-key", "bad-token-key"])
def test_a_shared_service_is_refused_without_good_secrets(tmp_path, settings, named):
    with pytest.raises(ConfigError, match=named):
        create_app(shared(tmp_path, **settings))


def test_a_shared_service_with_both_secrets_starts(tmp_path):
    app = create_app(shared(tmp_path, SECRET_KEY=GOOD_SECRET, TOKEN_KEY=new_key()))
    app.extensions["afterview.engine"].dispose()


def test_local_mode_generates_its_secrets_and_commands_that_do_not_serve_need_none(tmp_path):
    app = create_app(shared(tmp_path, LOCAL_MODE=True))
    assert len(app.config["SECRET_KEY"].encode()) >= 32 and app.config["TOKEN_KEY"]
    app.extensions["afterview.engine"].dispose()
    inspecting = create_app(shared(tmp_path / "doctor"), serving=False)  # afterview doctor, scan, keygen
    inspecting.extensions["afterview.engine"].dispose()
