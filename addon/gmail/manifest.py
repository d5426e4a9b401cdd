"""The Gmail add-on's deployment file (Google Workspace Add-ons API, ``projects.deployments``).

Field names are those of ``google.cloud.gsuiteaddons.v1.Deployment`` in its JSON form:
``addOns.common.homepageTrigger.runFunction``, ``addOns.gmail.contextualTriggers[]``
(``unconditional`` + ``onTriggerFunction``), ``addOns.gmail.composeTrigger.actions[]``
(``runFunction`` + ``label``) with ``draftAccess``, and ``addOns.httpOptions.authorizationHeader``.

Scopes are the fewest the sidebar works with:

- ``gmail.addons.execute``: run as a Gmail add-on at all;
- ``gmail.addons.current.message.metadata``: read the *From* header of the message the user
  opened (contextual trigger) and the recipients of the draft (compose trigger, ``METADATA``);
- ``gmail.addons.current.action.compose``: put a note into the message being written;
- ``userinfo.email``: receive the ``userIdToken`` that says who the user is.

No scope gives access to the rest of the mailbox; calendar access is asked separately, by the
connect flow, and only when the user chooses to connect.
"""
from __future__ import annotations

import json

SCOPES = (
    "https://www.googleapis.com/auth/gmail.addons.execute",
    "https://www.googleapis.com/auth/gmail.addons.current.message.metadata",
    "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
    "https://www.googleapis.com/auth/userinfo.email",
)
LOGO_URL = "https://fonts.gstatic.com/s/i/googlematerialicons/mark_email_read/v6/black-24dp/1x/gm_mark_email_read_black_24dp.png"
PATHS = {"homepage": "/gmail/homepage", "contextual": "/gmail/contextual", "compose": "/gmail/compose"}


def deployment(base_url: str) -> dict:
    """The deployment resource for an Afterview served at ``base_url`` (https)."""
    base = base_url.rstrip("/")
    return {
        "oauthScopes": list(SCOPES),
        "addOns": {
            "common": {
                "name": "Afterview",
                "logoUrl": LOGO_URL,
                "layoutProperties": {"primaryColor": "#1a5fb4", "secondaryColor": "#26a269"},
                "homepageTrigger": {"runFunction": base + PATHS["homepage"], "enabled": True},
                "openLinkUrlPrefixes": [base + "/", "https://mail.google.com/"],
            },
            "gmail": {
                "contextualTriggers": [{"unconditional": {}, "onTriggerFunction": base + PATHS["contextual"]}],
                "composeTrigger": {
                    "actions": [{"runFunction": base + PATHS["compose"], "label": "Insert a thank-you note",
                                 "logoUrl": LOGO_URL}],
                    "draftAccess": "METADATA",
                },
            },
            "httpOptions": {"authorizationHeader": "SYSTEM_ID_TOKEN"},
        },
    }


def _endpoints(data: dict) -> list[str]:
    add_ons = data.get("addOns", {})
    gmail = add_ons.get("gmail", {})
    urls = [add_ons.get("common", {}).get("homepageTrigger", {}).get("runFunction", "")]
    urls += [t.get("onTriggerFunction", "") for t in gmail.get("contextualTriggers", [])]
    urls += [a.get("runFunction", "") for a in gmail.get("composeTrigger", {}).get("actions", [])]
    return urls


def validate(data: dict) -> None:
    """Check a deployment strictly against the official type and Afterview's rules; raises
    ``ValueError`` saying what is wrong."""
    try:
        from google.cloud import gsuiteaddons_v1
        from google.protobuf.json_format import ParseError
    except ImportError as exc:
        raise ValueError("checking deployment.json needs google-cloud-gsuiteaddons "
                         "(pip install 'afterview[test]')") from exc
    try:
        gsuiteaddons_v1.Deployment.from_json(json.dumps(data), ignore_unknown_fields=False)
    except (ParseError, TypeError, ValueError) as exc:
        raise ValueError(f"deployment.json is not a valid Deployment: {exc}") from exc
    problems = []
    extra = set(data.get("oauthScopes", [])) - set(SCOPES)
    if extra:
        problems.append("scopes beyond what the sidebar needs: " + ", ".join(sorted(extra)))
    missing = set(SCOPES) - set(data.get("oauthScopes", []))
    if missing:
        problems.append("missing scopes: " + ", ".join(sorted(missing)))
    if data.get("addOns", {}).get("httpOptions", {}).get("authorizationHeader") != "SYSTEM_ID_TOKEN":
        problems.append("addOns.httpOptions.authorizationHeader must be SYSTEM_ID_TOKEN")
    urls = _endpoints(data)
    if len(urls) != 3 or not all(u.startswith("https://") for u in urls):
        problems.append("the homepage, contextual and compose endpoints must all be https URLs")
    elif not all(u.endswith(p) for u, p in zip(urls, PATHS.values(), strict=True)):
        problems.append("the endpoints must be " + ", ".join(PATHS.values()))
    elif len({u[: -len(p)] for u, p in zip(urls, PATHS.values(), strict=True)}) != 1:
        problems.append("the endpoints must share one base URL")
    if data.get("addOns", {}).get("gmail", {}).get("composeTrigger", {}).get("draftAccess") != "METADATA":
        problems.append("composeTrigger.draftAccess must be METADATA (recipients of the draft)")
    if problems:
        raise ValueError("deployment.json: " + "; ".join(problems))
