"""The add-on's deployment file: the official ``Deployment`` type, strictly, and Afterview's rules."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from google.cloud import gsuiteaddons_v1

from addon.gmail import manifest as manifest_google

CHECKED_IN = Path(__file__).resolve().parents[3] / "manifests" / "google" / "deployment.json"
EXAMPLE = "https://afterview.example.com"


def test_checked_in_file_is_the_one_generated_for_the_example_base_url():
    assert json.loads(CHECKED_IN.read_text()) == manifest_google.deployment(EXAMPLE)
    manifest_google.validate(json.loads(CHECKED_IN.read_text()))


def test_deployment_parses_as_the_official_type_with_every_trigger():
    data = manifest_google.deployment(EXAMPLE + "/")
    parsed = gsuiteaddons_v1.Deployment.from_json(json.dumps(data), ignore_unknown_fields=False)
    assert parsed.add_ons.common.homepage_trigger.run_function == EXAMPLE + "/gmail/homepage"
    [contextual] = parsed.add_ons.gmail.contextual_triggers
    assert contextual.on_trigger_function == EXAMPLE + "/gmail/contextual" and "unconditional" in contextual
    [compose] = parsed.add_ons.gmail.compose_trigger.actions
    assert compose.run_function == EXAMPLE + "/gmail/compose"
    assert parsed.add_ons.gmail.compose_trigger.draft_access.name == "METADATA"
    assert parsed.add_ons.http_options.authorization_header.name == "SYSTEM_ID_TOKEN"
    assert set(parsed.oauth_scopes) == {
        "https://www.googleapis.com/auth/gmail.addons.execute",
        "https://www.googleapis.com/auth/gmail.addons.current.message.metadata",
        "https://www.googleapis.com/auth/gmail.addons.current.action.compose",
        "https://www.googleapis.com/auth/userinfo.email",
    }


def _broken(change) -> dict:
    data = copy.deepcopy(manifest_google.deployment(EXAMPLE))
    change(data)
    return data


@pytest.mark.parametrize("change, message", [
    (lambda d: d["addOns"]["gmail"]["composeTrigger"].update(selectActions=[]), "no field named"),
    (lambda d: d["addOns"]["common"].update(httpOptions={"authorizationHeader": "SYSTEM_ID_TOKEN"}), "no field"),
    (lambda d: d["addOns"]["httpOptions"].update(authorizationHeader="NONE"), "SYSTEM_ID_TOKEN"),
    (lambda d: d["oauthScopes"].append("https://mail.google.com/"), "scopes beyond"),
    (lambda d: d["oauthScopes"].remove("https://www.googleapis.com/auth/userinfo.email"), "missing scopes"),
    (lambda d: d["addOns"]["common"]["homepageTrigger"].update(runFunction="http://afterview.example.com/gmail/homepage"),
     "https"),
    (lambda d: d["addOns"]["gmail"]["contextualTriggers"][0].update(onTriggerFunction="https://other.example/gmail/contextual"),
     "one base URL"),
    (lambda d: d["addOns"]["gmail"]["composeTrigger"].update(draftAccess="NONE"), "METADATA"),
])
def test_validate_says_what_is_wrong(change, message):
    with pytest.raises(ValueError, match=message):
        manifest_google.validate(_broken(change))


def test_cli_writes_the_deployment_file(tmp_path):
    from click.testing import CliRunner

    from addon.cli import main

    arguments = ["manifests", "--base-url", "https://sidebar.example.org", "--out", str(tmp_path)]
    result = CliRunner().invoke(main, arguments)
    assert result.exit_code == 0, result.output
    written = json.loads((tmp_path / "google" / "deployment.json").read_text())
    assert written == manifest_google.deployment("https://sidebar.example.org")
