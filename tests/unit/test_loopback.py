"""Plain http and local mode only on this machine: Google's redirect address and ``afterview
serve`` judge a host the same way."""
from __future__ import annotations

import pytest

from addon.config import ConfigError
from addon.serving import build_app
from providers.google.auth import ConnectRefused, is_loopback, redirect_uri


@pytest.mark.parametrize(("host", "loopback"), [
    ("localhost", True), ("127.0.0.1", True), ("127.8.9.10", True), ("::1", True),
    ("0.0.0.0", False), ("10.0.0.1", False), ("afterview.example.com", False), ("", False),
])
def test_a_host_is_loopback_when_it_names_this_machine(host, loopback):
    assert is_loopback(host) is loopback


def test_googles_redirect_address_is_https_unless_on_loopback():
    assert redirect_uri("http://127.0.0.1:8080/") == "http://127.0.0.1:8080/oauth/google/callback"
    assert redirect_uri("https://afterview.example.com") == "https://afterview.example.com/oauth/google/callback"
    with pytest.raises(ConnectRefused, match="must be https"):
        redirect_uri("http://afterview.example.com")


def test_the_demo_is_served_on_loopback_only():
    with pytest.raises(ConfigError, match="loopback"):
        build_app("0.0.0.0", 8080, demo=True, me=None)
