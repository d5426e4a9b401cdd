"""The Outlook manifests: valid against Microsoft's official schemas, checked in as generated, and
refused with a clear message when something is wrong."""
from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from addon.cli import main
from addon.outlook import manifest as outlook

ROOT = Path(__file__).resolve().parents[2]
BASE = "https://afterview.example.com"
CHECKED_IN = ROOT / "manifests" / "outlook"
NS = {"o": "http://schemas.microsoft.com/office/appforoffice/1.1",
      "v": "http://schemas.microsoft.com/office/mailappversionoverrides",
      "xsi": "http://www.w3.org/2001/XMLSchema-instance"}
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"


@pytest.fixture(scope="module")
def schemas() -> Path:
    """The official schemas: AFTERVIEW_SCHEMAS_DIR, else ../shared/schemas beside the project."""
    folder = Path(os.environ.get("AFTERVIEW_SCHEMAS_DIR") or ROOT.parent / "shared" / "schemas")
    if not (folder / outlook.SCHEMA_FILES["xml"]).is_file() or not (folder / outlook.SCHEMA_FILES["json"]).is_file():
        message = f"official manifest schemas not found in {folder} (set AFTERVIEW_SCHEMAS_DIR)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return folder


def test_the_xml_manifest_is_valid_against_the_office_app_schema(schemas):
    import xmlschema

    schema = xmlschema.XMLSchema(str(schemas / "outlook-xml" / "OfficeAppManifestV1_1.xsd"))
    text = (CHECKED_IN / "manifest.xml").read_text(encoding="utf-8")
    schema.validate(text)
    outlook.validate_xml(text, schemas)


def test_the_json_manifest_is_valid_against_the_1_24_schema(schemas):
    import jsonschema

    schema = json.loads((schemas / "m365-json" / "MicrosoftTeams.v1.24.schema.json").read_text(encoding="utf-8"))
    manifest = json.loads((CHECKED_IN / "manifest.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(manifest)
    outlook.validate_json(manifest, schemas)


def test_the_checked_in_manifests_are_the_generated_ones():
    assert (CHECKED_IN / "manifest.xml").read_text(encoding="utf-8") == outlook.xml_manifest(BASE)
    assert json.loads((CHECKED_IN / "manifest.json").read_text(encoding="utf-8")) == outlook.json_manifest(BASE)


def test_the_xml_manifest_opens_the_pane_on_read_and_compose_with_least_permission():
    root = ElementTree.fromstring(outlook.xml_manifest(BASE + "/"))
    assert root.get(XSI_TYPE) == "MailApp"
    assert root.findtext("o:Permissions", namespaces=NS) == "ReadWriteItem"
    rules = {(r.get("ItemType"), r.get("FormType")) for r in root.iterfind("o:Rule/o:Rule", NS)}
    assert rules == {("Message", "Read"), ("Message", "Edit")}
    surfaces = {e.get(XSI_TYPE) for e in root.iter(f"{{{NS['v']}}}ExtensionPoint")}
    assert surfaces == {"MessageReadCommandSurface", "MessageComposeCommandSurface"}
    urls = {e.get("id"): e.get("DefaultValue") for e in root.iter("{http://schemas.microsoft.com/office/officeappbasictypes/1.0}Url")}
    assert urls["Taskpane.Url"] == f"{BASE}/outlook/taskpane"
    assert not [e for e in root.iter() if e.tag.endswith(("SupportsPinning", "WebApplicationInfo"))]


def test_the_json_manifest_describes_the_same_add_in():
    manifest = outlook.json_manifest(BASE)
    assert manifest["$schema"] == "https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json"
    assert manifest["manifestVersion"] == "1.24" and manifest["id"] == outlook.addin_id(BASE)
    [extension] = manifest["extensions"]
    assert extension["requirements"]["scopes"] == ["mail"]
    [runtime] = extension["runtimes"]
    assert runtime["code"]["page"] == f"{BASE}/outlook/taskpane"
    [ribbon] = extension["ribbons"]
    assert set(ribbon["contexts"]) == {"mailRead", "mailCompose"}
    [control] = ribbon["tabs"][0]["groups"][0]["controls"]
    assert control["actionId"] == runtime["actions"][0]["id"]
    assert manifest["authorization"]["permissions"]["resourceSpecific"] == [
        {"name": "MailboxItem.ReadWrite.User", "type": "Delegated"}]
    assert outlook.addin_id("https://other.example.org") != outlook.addin_id(BASE)


@pytest.mark.parametrize("base_url", ["http://afterview.example.com", "afterview.example.com",
                                      "https://afterview.example.com/?x=1", "https://"])
def test_a_base_url_that_is_not_https_is_refused(base_url):
    with pytest.raises(ValueError, match="HTTPS"):
        outlook.xml_manifest(base_url)
    with pytest.raises(ValueError, match="HTTPS"):
        outlook.json_manifest(base_url)


@pytest.mark.parametrize("change, words", [
    (lambda x: x.replace("</OfficeApp>", ""), "not well-formed"),
    (lambda x: x.replace("<Permissions>ReadWriteItem", "<Permissions>ReadWriteMailbox"), "Permissions must be"),
    (lambda x: x.replace(f'"{BASE}/outlook/taskpane"', '"http://afterview.example.com/outlook/taskpane"', 1),
     "https://"),
    (lambda x: x.replace("<ProviderName>", "<SupportsPinning>true</SupportsPinning><ProviderName>"),
     "OfficeAppManifestV1_1.xsd"),
    (lambda x: x.replace("<Version>1.0.0.0</Version>", "<Version>one</Version>"), "OfficeAppManifestV1_1.xsd"),
])
def test_a_broken_xml_manifest_is_refused_clearly(schemas, change, words):
    with pytest.raises(ValueError, match=words):
        outlook.validate_xml(change(outlook.xml_manifest(BASE)), schemas)


def _set(manifest: dict, path: str, value) -> dict:
    target = manifest
    *parents, last = path.split("/")
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    target[last] = value
    return manifest


@pytest.mark.parametrize("path, value, words", [
    ("manifestVersion", "1.17", "manifestVersion must be 1.24"),
    ("extensions/0/runtimes/0/code/page", "http://afterview.example.com/outlook/taskpane", "https://"),
    ("extensions/0/ribbons/0/contexts", ["mailRead"], "mailCompose"),
    ("authorization/permissions/resourceSpecific/0/name", "Mailbox.ReadWrite.User", "the only permission"),
    ("name/short", "Afterview, the thank-you note assistant for interviews", "name/short"),
    ("accentColor", "blue", "accentColor"),
])
def test_a_broken_json_manifest_is_refused_clearly(schemas, path, value, words):
    with pytest.raises(ValueError, match=words):
        outlook.validate_json(_set(outlook.json_manifest(BASE), path, value), schemas)


def test_afterview_manifests_writes_what_is_checked_in(tmp_path):
    result = CliRunner().invoke(main, ["manifests", "--base-url", BASE, "--out", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for name in ("manifest.xml", "manifest.json"):
        assert (tmp_path / "outlook" / name).read_bytes() == (CHECKED_IN / name).read_bytes()


def test_the_app_package_holds_the_manifest_and_its_icons(tmp_path):
    from tests.conftest import make_app

    app = make_app(f"sqlite:///{tmp_path / 'p.db'}", tmp_path / "p", BASE_URL=BASE)
    try:
        answer = app.test_client().get("/outlook/app-package.zip")
        assert answer.status_code == 200 and answer.mimetype == "application/zip"
        package = zipfile.ZipFile(io.BytesIO(answer.data))
        assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
        assert json.loads(package.read("manifest.json")) == outlook.json_manifest(BASE)
        for name, size in (("color.png", 192), ("outline.png", 32)):
            png = package.read(name)
            assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") == size
    finally:
        app.extensions["afterview.engine"].dispose()
