"""The Entra authority half of the fake Microsoft cloud: the documented v2.0 endpoints.

``/{tenant}/v2.0/.well-known/openid-configuration``; ``/{tenant}/oauth2/v2.0/authorize``, which
signs the cloud's chosen user in and consents at once, and answers by query or ``form_post``
(refusing requests without PKCE S256, a state or a nonce); ``/{tenant}/oauth2/v2.0/token``,
which checks the client secret, redeems a code once against its redirect URI and PKCE verifier,
and refreshes tokens unless the grant was revoked (``invalid_grant``, or with the suberror
``consent_required``). ID tokens are signed RS256 and carry the nonce, ``tid``, ``oid`` and
``preferred_username``; ``client_info`` is there as msal expects.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import secrets
import time
from urllib.parse import urlencode

import jwt

OPENID = {"openid", "profile", "offline_access", "email"}


class AuthorityRoutes:
    """Mixed into ``MicrosoftCloud``: needs ``users``, ``signed_in``, ``codes``, the token
    dictionaries, ``client_id``/``client_secret``, ``revoked``, ``decline``, ``key``."""

    def _authority(self, request):
        match = re.fullmatch(r"/([^/]+)/(v2\.0/\.well-known/openid-configuration|oauth2/v2\.0/authorize|"
                             r"oauth2/v2\.0/token)", request.path)
        if match is None:
            return 404, {}, {"error": "not_found"}
        tenant, what = match.groups()
        if what.startswith("v2.0"):
            return 200, {}, self._discovery(request.base_url, tenant)
        if what.endswith("authorize"):
            return self._authorize(request)
        return self._token(request)

    def _discovery(self, base: str, tenant: str) -> dict:
        return {
            "issuer": f"{base}/{{tenantid}}/v2.0" if tenant in ("common", "organizations") else f"{base}/{tenant}/v2.0",
            "authorization_endpoint": f"{base}/{tenant}/oauth2/v2.0/authorize",
            "token_endpoint": f"{base}/{tenant}/oauth2/v2.0/token",
            "jwks_uri": f"{base}/{tenant}/discovery/v2.0/keys",
            "response_types_supported": ["code", "id_token", "code id_token"],
            "response_modes_supported": ["query", "fragment", "form_post"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["plain", "S256"],
        }

    def _authorize(self, request):
        q = request.query
        if q.get("client_id") != self.client_id:
            return 400, {}, {"error": "unauthorized_client", "error_description": "AADSTS700016: unknown application"}
        if q.get("response_type") != "code" or not q.get("redirect_uri") or not q.get("state"):
            return 400, {}, {"error": "invalid_request", "error_description": "AADSTS900144: missing parameter"}
        if q.get("code_challenge_method") != "S256" or not q.get("code_challenge") or not q.get("nonce"):
            return 400, {}, {"error": "invalid_request", "error_description": "PKCE S256 and a nonce are required"}
        user = self.users[self.signed_in]
        if self.decline:
            answer = {"error": "access_denied", "state": q["state"],
                      "error_description": "AADSTS65004: User declined to consent to access the app."}
        else:
            code = secrets.token_urlsafe(24)
            self.codes[code] = {"oid": user.oid, "challenge": q["code_challenge"], "nonce": q["nonce"],
                                "redirect_uri": q["redirect_uri"], "scopes": set(q.get("scope", "").split())}
            answer = {"code": code, "state": q["state"], "client_info": _client_info(user),
                      "session_state": secrets.token_hex(8)}
        if q.get("response_mode") == "form_post":
            fields = "".join(f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}"/>'
                             for k, v in answer.items())
            page = (f'<html><head><title>Working...</title></head><body><form method="POST" name="hiddenform" '
                    f'action="{html.escape(q["redirect_uri"])}">{fields}</form>'
                    "<script>document.forms[0].submit()</script></body></html>")
            return 200, {"Content-Type": "text/html"}, page.encode()
        return 302, {"Location": f"{q['redirect_uri']}?{urlencode(answer)}"}, b""

    def _token(self, request):
        form = request.form()
        client_id, secret = form.get("client_id"), form.get("client_secret")
        if client_id != self.client_id or secret != self.client_secret:
            return 401, {}, {"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret."}
        if form.get("grant_type") == "authorization_code":
            return self._redeem_code(request.base_url, form)
        if form.get("grant_type") == "refresh_token":
            return self._refresh(request.base_url, form)
        return 400, {}, {"error": "unsupported_grant_type"}

    def _redeem_code(self, base: str, form: dict):
        grant = self.codes.pop(form.get("code", ""), None)
        if grant is None or grant["redirect_uri"] != form.get("redirect_uri"):
            return 400, {}, {"error": "invalid_grant", "error_description": "AADSTS70000: The code is invalid."}
        verifier = form.get("code_verifier", "")
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        if challenge != grant["challenge"]:
            return 400, {}, {"error": "invalid_grant", "error_description": "AADSTS501481: The Code_Verifier does "
                                                                            "not match the code_challenge."}
        user = self.users[grant["oid"]]
        scopes = {s for s in grant["scopes"] if s not in OPENID}
        return 200, {}, self._tokens(base, user, scopes, grant["nonce"])

    def _refresh(self, base: str, form: dict):
        info = self.refresh_tokens.get(form.get("refresh_token", ""))
        if info is None:
            return 400, {}, {"error": "invalid_grant", "error_description": "AADSTS9002313: Invalid request.",
                             "error_codes": [9002313]}
        how = self.revoked.get(info["oid"])
        if how == "interaction_required":
            return 400, {}, {"error": "invalid_grant", "suberror": "consent_required", "error_codes": [65001],
                             "error_description": "AADSTS65001: The user or administrator has not consented."}
        if how:
            return 400, {}, {"error": "invalid_grant", "error_codes": [50173],
                             "error_description": "AADSTS50173: The provided grant has expired due to it being "
                                                  "revoked, a fresh auth token is needed."}
        return 200, {}, self._tokens(base, self.users[info["oid"]], info["scopes"], None)

    def _tokens(self, base: str, user, scopes: set[str], nonce: str | None) -> dict:
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(40)
        expires = time.time() + self.token_lifetime
        self.access_tokens[access] = {"oid": user.oid, "scopes": set(scopes), "expires": expires}
        self.refresh_tokens[refresh] = {"oid": user.oid, "scopes": set(scopes)}
        now = int(time.time())
        claims = {"aud": self.client_id, "iss": f"{base}/{user.tid}/v2.0", "iat": now, "nbf": now, "exp": now + 3600,
                  "name": user.name, "oid": user.oid, "preferred_username": user.email, "sub": user.oid[::-1],
                  "tid": user.tid, "ver": "2.0"}
        if nonce:
            claims["nonce"] = "replayed" if self.tamper_nonce else nonce
        return {
            "token_type": "Bearer", "scope": " ".join(sorted(scopes | {"openid", "profile"})),
            "expires_in": self.token_lifetime, "ext_expires_in": self.token_lifetime,
            "access_token": access, "refresh_token": refresh, "client_info": _client_info(user),
            "id_token": jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": "fake-key"}),
        }


def _client_info(user) -> str:
    raw = json.dumps({"uid": user.oid, "utid": user.tid}).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
