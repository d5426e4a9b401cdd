"""The loopback fakes leave nothing behind: a Microsoft fake removes its certificate folder on close."""
from __future__ import annotations

from pathlib import Path

from tests.fakes.microsoft_server import MicrosoftServer, TestAuthority


def test_a_closed_microsoft_fake_leaves_no_certificate_folder():
    server = MicrosoftServer()
    folder = server.tls.directory
    server.tls.cert_files()
    assert (folder / "ca.pem").exists()
    server.close()
    assert not folder.exists()


def test_a_folder_given_to_the_authority_is_the_callers_to_keep(tmp_path: Path):
    authority = TestAuthority(tmp_path)
    authority.close()
    assert (tmp_path / "ca.pem").exists()
