"""The Outlook add-in's manifests: the add-in only XML manifest and the unified manifest for
Microsoft 365 (JSON, schema 1.24). Both describe the same add-in: one task pane, opened by a
button on the message read and compose surfaces.

Permission: ``ReadWriteItem`` (``MailboxItem.ReadWrite.User``), the least that lets the pane do its
job. ``ReadItem`` would read the open message's sender (to reply to an interviewer) but could not
set the body, subject and recipients of a message being written; ``ReadWriteMailbox`` would reach
every item of the mailbox, which Afterview never needs.
"""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree
from xml.sax.saxutils import quoteattr

NAME = "Afterview"
SHORT_DESCRIPTION = "Thank-you notes after every interview, ready beside your mail."
DESCRIPTION = ("Afterview proposes a personal thank-you note for each person you met in an interview, "
               "checks it against good etiquette, and puts it into your message in one click.")
BUTTON_LABEL = "Thank-you notes"
BUTTON_TIP = "Show the thank-you notes Afterview proposed, fix what it flags, and insert one into a message."
VERSION = "1.0.0"
MAILBOX_MIN_VERSION = "1.6"  # displayNewMessageForm, the newest call the pane makes
PERMISSION_XML = "ReadWriteItem"
PERMISSION_JSON = "MailboxItem.ReadWrite.User"
COLOR_ICON, OUTLINE_ICON = "color.png", "outline.png"
JSON_SCHEMA_URL = "https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json"
SCHEMA_FILES = {"xml": "outlook-xml/OfficeAppManifestV1_1.xsd", "json": "m365-json/MicrosoftTeams.v1.24.schema.json"}
OFFICE_NS = "http://schemas.microsoft.com/office/appforoffice/1.1"


def _base(base_url: str) -> str:
    base = base_url.rstrip("/")
    parts = urlsplit(base)
    if parts.scheme != "https" or not parts.hostname or parts.query or parts.fragment:
        raise ValueError(f"the add-in must be served over HTTPS: {base_url!r} is not an https:// base URL")
    return base


def addin_id(base_url: str) -> str:
    """The add-in's id: stable for one deployment (one base URL), different for another."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, _base(base_url) + "/outlook"))


def _urls(base: str) -> dict:
    return {
        "pane": f"{base}/outlook/taskpane", "commands": f"{base}/outlook/commands", "about": f"{base}/outlook/about",
        **{f"icon{size}": f"{base}/outlook/icons/icon-{size}.png" for size in (16, 32, 64, 80, 128)},
    }


XML_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Afterview for Outlook: the add-in only manifest, written by `afterview manifests`. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xmlns:mailappor="http://schemas.microsoft.com/office/mailappversionoverrides/1.0"
           xsi:type="MailApp">
  <Id>{id}</Id>
  <Version>{version}.0</Version>
  <ProviderName>{name}</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue={name_attr}/>
  <Description DefaultValue={description}/>
  <IconUrl DefaultValue={icon64}/>
  <HighResolutionIconUrl DefaultValue={icon128}/>
  <SupportUrl DefaultValue={about}/>
  <Hosts>
    <Host Name="Mailbox"/>
  </Hosts>
  <Requirements>
    <Sets>
      <Set Name="Mailbox" MinVersion="{mailbox}"/>
    </Sets>
  </Requirements>
  <FormSettings>
    <Form xsi:type="ItemRead">
      <DesktopSettings>
        <SourceLocation DefaultValue={pane}/>
        <RequestedHeight>450</RequestedHeight>
      </DesktopSettings>
    </Form>
    <Form xsi:type="ItemEdit">
      <DesktopSettings>
        <SourceLocation DefaultValue={pane}/>
      </DesktopSettings>
    </Form>
  </FormSettings>
  <Permissions>{permission}</Permissions>
  <Rule xsi:type="RuleCollection" Mode="Or">
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"/>
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit"/>
  </Rule>
  <DisableEntityHighlighting>false</DisableEntityHighlighting>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Requirements>
      <bt:Sets DefaultMinVersion="{mailbox}">
        <bt:Set Name="Mailbox"/>
      </bt:Sets>
    </Requirements>
    <Hosts>
      <Host xsi:type="MailHost">
        <DesktopFormFactor>
          <FunctionFile resid="Commands.Url"/>
{surfaces}
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
        <bt:Image id="Icon.16x16" DefaultValue={icon16}/>
        <bt:Image id="Icon.32x32" DefaultValue={icon32}/>
        <bt:Image id="Icon.80x80" DefaultValue={icon80}/>
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Taskpane.Url" DefaultValue={pane}/>
        <bt:Url id="Commands.Url" DefaultValue={commands}/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Group.Label" DefaultValue={name_attr}/>
        <bt:String id="Button.Label" DefaultValue={button_label}/>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="Button.Tooltip" DefaultValue={button_tip}/>
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
"""

SURFACE_TEMPLATE = """          <ExtensionPoint xsi:type="{surface}">
            <OfficeTab id="TabDefault">
              <Group id="afterview{kind}Group">
                <Label resid="Group.Label"/>
                <Control xsi:type="Button" id="afterview{kind}Button">
                  <Label resid="Button.Label"/>
                  <Supertip>
                    <Title resid="Button.Label"/>
                    <Description resid="Button.Tooltip"/>
                  </Supertip>
                  <Icon>
                    <bt:Image size="16" resid="Icon.16x16"/>
                    <bt:Image size="32" resid="Icon.32x32"/>
                    <bt:Image size="80" resid="Icon.80x80"/>
                  </Icon>
                  <Action xsi:type="ShowTaskpane">
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>"""


def xml_manifest(base_url: str) -> str:
    """The add-in only manifest (``MailApp``) for the add-in served at ``base_url``."""
    base = _base(base_url)
    surfaces = "\n".join(SURFACE_TEMPLATE.format(surface=s, kind=k) for s, k in
                         (("MessageReadCommandSurface", "Read"), ("MessageComposeCommandSurface", "Compose")))
    values = {key: quoteattr(value) for key, value in _urls(base).items()}
    return XML_TEMPLATE.format(
        id=addin_id(base), version=VERSION, name=NAME, name_attr=quoteattr(NAME), description=quoteattr(DESCRIPTION),
        mailbox=MAILBOX_MIN_VERSION, permission=PERMISSION_XML, surfaces=surfaces,
        button_label=quoteattr(BUTTON_LABEL), button_tip=quoteattr(BUTTON_TIP), **values,
    )


def json_manifest(base_url: str) -> dict:
    """The unified manifest for Microsoft 365 for the add-in served at ``base_url``."""
    base = _base(base_url)
    urls = _urls(base)
    icons = [{"size": size, "url": urls[f"icon{size}"]} for size in (16, 32, 80)]
    requirements = {"capabilities": [{"name": "Mailbox", "minVersion": MAILBOX_MIN_VERSION}]}
    return {
        "$schema": JSON_SCHEMA_URL,
        "manifestVersion": "1.24",
        "version": VERSION,
        "id": addin_id(base),
        "localizationInfo": {"defaultLanguageTag": "en-us"},
        "developer": {"name": NAME, "websiteUrl": urls["about"], "privacyUrl": urls["about"] + "#privacy",
                      "termsOfUseUrl": urls["about"] + "#terms"},
        "name": {"short": NAME, "full": f"{NAME}: thank-you notes after every interview"},
        "description": {"short": SHORT_DESCRIPTION, "full": DESCRIPTION},
        "icons": {"outline": OUTLINE_ICON, "color": COLOR_ICON},
        "accentColor": "#0B57D0",
        "validDomains": [urlsplit(base).netloc],
        "authorization": {"permissions": {"resourceSpecific": [{"name": PERMISSION_JSON, "type": "Delegated"}]}},
        "extensions": [{
            "requirements": {"scopes": ["mail"], **requirements},
            "runtimes": [{
                "requirements": requirements, "id": "TaskPaneRuntime", "type": "general",
                "code": {"page": urls["pane"]}, "lifetime": "short",
                "actions": [{"id": "ShowTaskPane", "type": "openPage", "displayName": BUTTON_LABEL}],
            }],
            "ribbons": [{
                "contexts": ["mailRead", "mailCompose"],
                "tabs": [{"builtInTabId": "TabDefault", "groups": [{
                    "id": "afterviewGroup", "label": NAME, "icons": icons,
                    "controls": [{"id": "afterviewShowPane", "type": "button", "label": BUTTON_LABEL, "icons": icons,
                                  "supertip": {"title": BUTTON_LABEL, "description": BUTTON_TIP},
                                  "actionId": "ShowTaskPane"}],
                }]}],
            }],
        }],
    }


def schemas_dir() -> Path | None:
    """The official schemas: ``AFTERVIEW_SCHEMAS_DIR``, else ``../shared/schemas`` beside the project."""
    configured = os.environ.get("AFTERVIEW_SCHEMAS_DIR")
    folder = Path(configured) if configured else Path(__file__).resolve().parents[2].parent / "shared" / "schemas"
    return folder if folder.is_dir() else None


def validate_json(manifest: dict, schemas: Path | None = None) -> None:
    """Check the unified manifest: Afterview's own expectations, then the official schema when it
    is at hand (``schemas`` or ``schemas_dir()``). ``ValueError`` says what is wrong."""
    _expect(manifest.get("manifestVersion") == "1.24", "manifestVersion must be 1.24")
    _expect(manifest.get("$schema") == JSON_SCHEMA_URL, f"$schema must be {JSON_SCHEMA_URL}")
    extensions = manifest.get("extensions") or [{}]
    pages = [r.get("code", {}).get("page", "") for r in extensions[0].get("runtimes", [])]
    _expect(bool(pages) and all(p.startswith("https://") for p in pages), "every runtime page must be https://")
    contexts = {c for ribbon in extensions[0].get("ribbons", []) for c in ribbon.get("contexts", [])}
    _expect({"mailRead", "mailCompose"} <= contexts, "the ribbon must be on mailRead and mailCompose")
    permissions = manifest.get("authorization", {}).get("permissions", {}).get("resourceSpecific", [])
    _expect([p.get("name") for p in permissions] == [PERMISSION_JSON], f"the only permission must be {PERMISSION_JSON}")
    schema_file = _schema_file(schemas, "json")
    if schema_file is None:
        return
    try:
        import jsonschema
    except ImportError:  # a service without the test extras: Afterview's own checks above still ran
        return
    validator = jsonschema.Draft4Validator(json.loads(schema_file.read_text(encoding="utf-8")))
    errors = sorted(validator.iter_errors(manifest), key=lambda e: list(e.absolute_path))
    if errors:
        raise ValueError("manifest.json does not match the 1.24 schema: " + "; ".join(
            f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors[:5]))


def validate_xml(text: str, schemas: Path | None = None) -> None:
    """Check the XML manifest: well formed, a ``MailApp`` with https:// locations and the expected
    permission, then valid against ``OfficeAppManifestV1_1.xsd`` when at hand. ``ValueError`` says why."""
    try:
        root = ElementTree.fromstring(text.encode("utf-8"))
    except ElementTree.ParseError as exc:
        raise ValueError(f"manifest.xml is not well-formed XML: {exc}") from None
    xsi_type = root.get("{http://www.w3.org/2001/XMLSchema-instance}type")
    _expect(root.tag == f"{{{OFFICE_NS}}}OfficeApp" and xsi_type == "MailApp", "the root must be an OfficeApp MailApp")
    permission = root.findtext(f"{{{OFFICE_NS}}}Permissions")
    _expect(permission == PERMISSION_XML, f"Permissions must be {PERMISSION_XML}, not {permission!r}")
    locations = [e.get("DefaultValue") for e in root.iter()
                 if e.tag.endswith(("}SourceLocation", "Url")) and e.get("DefaultValue") is not None]
    _expect(bool(locations) and all(v.startswith("https://") for v in locations), "every location must be https://")
    schema_file = _schema_file(schemas, "xml")
    if schema_file is None:
        return
    try:
        import xmlschema
    except ImportError:
        return
    schema = xmlschema.XMLSchema(str(schema_file))
    errors = list(schema.iter_errors(text))
    if errors:
        raise ValueError("manifest.xml does not match OfficeAppManifestV1_1.xsd: " + "; ".join(
            f"{e.path or '(root)'}: {e.reason}" for e in errors[:5]))


def _schema_file(schemas: Path | None, kind: str) -> Path | None:
    folder = schemas or schemas_dir()
    path = folder / SCHEMA_FILES[kind] if folder else None
    return path if path and path.is_file() else None


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)
