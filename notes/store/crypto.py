"""Provider tokens (and calendar addresses) encrypted at rest with Fernet; several keys allow
rotation. A keyed hash (``fingerprint``) lets a secret be looked up without being stored.

``AFTERVIEW_TOKEN_KEY`` holds one or more comma-separated Fernet keys: the first encrypts,
all of them decrypt, so a new key is put first and the old one kept until ``rotate`` ran.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from providers.errors import TokenKeyError


class TokenCipher:
    """Encrypts and decrypts credential dictionaries."""

    def __init__(self, keys: str | list[str]):
        if isinstance(keys, str):
            keys = [k.strip() for k in keys.split(",") if k.strip()]
        if not keys:
            raise TokenKeyError("AFTERVIEW_TOKEN_KEY is not set: generate one with `afterview keygen`")
        try:
            self._fernet = MultiFernet([Fernet(k.encode() if isinstance(k, str) else k) for k in keys])
            self._hash_keys = [_hash_key(k) for k in keys]
        except (ValueError, TypeError) as exc:
            raise TokenKeyError("AFTERVIEW_TOKEN_KEY holds a value that is not a Fernet key") from exc

    def seal(self, credentials: dict) -> bytes:
        """The encrypted form of ``credentials``."""
        return self._fernet.encrypt(json.dumps(credentials, sort_keys=True).encode())

    def open(self, blob: bytes | None) -> dict:
        """The credentials in ``blob`` (``{}`` for none); ``TokenKeyError`` when no key fits."""
        if not blob:
            return {}
        try:
            return json.loads(self._fernet.decrypt(bytes(blob)))
        except InvalidToken as exc:
            raise TokenKeyError("no configured token key decrypts this account's tokens") from exc

    def rotate(self, blob: bytes) -> bytes:
        """``blob`` re-encrypted with the first (newest) key."""
        try:
            return self._fernet.rotate(bytes(blob))
        except InvalidToken as exc:
            raise TokenKeyError("no configured token key decrypts a stored value") from exc

    def fingerprint(self, text: str) -> str:
        """A keyed hash of ``text`` under the first (newest) key: finds a secret without storing it."""
        return self.fingerprints(text)[0]

    def fingerprints(self, text: str) -> list[str]:
        """``text``'s keyed hash under every key, newest first (a row hashed before a rotation is
        still found)."""
        return [hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest() for key in self._hash_keys]

    def seal_bytes(self, data: bytes) -> bytes:
        return self._fernet.encrypt(data)

    def open_bytes(self, blob: bytes) -> bytes:
        try:
            return self._fernet.decrypt(bytes(blob))
        except InvalidToken as exc:
            raise TokenKeyError("no configured token key decrypts this value") from exc


def _hash_key(key: str | bytes) -> bytes:
    """A hashing key derived from a Fernet key, distinct from the keys that key encrypts with."""
    raw = base64.urlsafe_b64decode(key.encode() if isinstance(key, str) else key)
    return hmac.new(raw, b"afterview keyed hash", hashlib.sha256).digest()


def new_key() -> str:
    """A fresh Fernet key, as text."""
    return Fernet.generate_key().decode()


class MissingCipher:
    """Stands in when no token key is configured: any use says which setting is missing."""

    def _refuse(self, *_args):
        raise TokenKeyError("AFTERVIEW_TOKEN_KEY is not set: generate one with `afterview keygen`")

    seal = open = rotate = seal_bytes = open_bytes = fingerprint = fingerprints = _refuse
