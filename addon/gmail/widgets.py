"""Card pieces in the JSON the Google Workspace card framework reads (``google.apps.card.v1``).

Formatted fields (paragraphs, decorated text, section headers) accept a small HTML subset, so
every event or user text put there goes through ``esc`` first: ``&``, ``<`` and ``>`` escaped
after trimming to ``MAX_TEXT``. Plain fields (button labels, input values, card titles) are
shown as typed and are only trimmed. ``fit`` keeps a card within the documented limit of
widgets per card.
"""
from __future__ import annotations

import re

MAX_TEXT = 2000
MAX_PLAIN = 200
MAX_WIDGETS = 100
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_COLORS = {"block": "#b3261e", "warn": "#8a5300", "info": "#3c4043"}


def esc(text, limit: int = MAX_TEXT) -> str:
    """Event or user text made safe for a formatted card field."""
    text = _CONTROL.sub("", str(text or ""))
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain(text, limit: int = MAX_PLAIN) -> str:
    """Text for a plain field: control characters removed, trimmed to ``limit``."""
    text = _CONTROL.sub("", str(text or "")).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bold(formatted: str) -> str:
    return f"<b>{formatted}</b>"


def colored(formatted: str, severity: str) -> str:
    return f'<font color="{_COLORS.get(severity, _COLORS["info"])}">{formatted}</font>'


def action(function_url: str, **parameters) -> dict:
    """An ``Action`` calling the add-on's action endpoint with string parameters."""
    return {"function": function_url,
            "parameters": [{"key": k, "value": str(v)} for k, v in parameters.items() if v is not None]}


def button(text: str, on_click: dict, disabled: bool = False, filled: bool = False, alt: str = "") -> dict:
    """A ``Button``; ``alt`` is what screen readers say of it when the text alone says too little."""
    widget = {"text": plain(text, 40), "onClick": on_click}
    if alt:
        widget["altText"] = plain(alt, 200)
    if disabled:
        widget["disabled"] = True
    if filled:
        widget["type"] = "FILLED"
    return widget


def run(function_url: str, **parameters) -> dict:
    """An ``OnClick`` that runs an action."""
    return {"action": action(function_url, **parameters)}


def open_link(url: str, overlay: bool = False, reload_on_close: bool = False) -> dict:
    """An ``OnClick`` that opens ``url`` (as an overlay that reloads the add-on when closed)."""
    link = {"url": url}
    if overlay:
        link["openAs"] = "OVERLAY"
    if reload_on_close:
        link["onClose"] = "RELOAD"
    return {"openLink": link}


def paragraph(formatted: str) -> dict:
    return {"textParagraph": {"text": formatted}}


def decorated(text: str, top: str = "", bottom: str = "", on_click: dict | None = None,
              button_widget: dict | None = None, icon: str | None = None) -> dict:
    """A ``DecoratedText``; all three texts are already formatted (escaped)."""
    widget: dict = {"text": text or "&nbsp;", "wrapText": True}
    if top:
        widget["topLabel"] = top
    if bottom:
        widget["bottomLabel"] = bottom
    if on_click:
        widget["onClick"] = on_click
    if button_widget:
        widget["button"] = button_widget
    if icon:
        widget["startIcon"] = {"knownIcon": icon}
    return {"decoratedText": widget}


def buttons(*items: dict | None) -> dict:
    return {"buttonList": {"buttons": [b for b in items if b]}}


def text_input(name: str, label: str, value: str = "", multiline: bool = False, hint: str = "") -> dict:
    widget = {"name": name, "label": plain(label, 100), "type": "MULTIPLE_LINE" if multiline else "SINGLE_LINE"}
    if value:
        widget["value"] = _CONTROL.sub("", value)
    if hint:
        widget["hintText"] = plain(hint, 200)
    return {"textInput": widget}


def dropdown(name: str, label: str, options: list[tuple[str, str]], chosen: str) -> dict:
    items = [{"text": plain(text, 100), "value": value, "selected": value == chosen} for value, text in options]
    return {"selectionInput": {"name": name, "label": plain(label, 100), "type": "DROPDOWN", "items": items}}


def checkbox(name: str, label: str, text: str, checked: bool) -> dict:
    item = {"text": plain(text, 100), "value": "on", "selected": checked}
    return {"selectionInput": {"name": name, "label": plain(label, 100), "type": "CHECK_BOX", "items": [item]}}


def divider() -> dict:
    return {"divider": {}}


def section(widgets: list[dict], header: str = "", collapsible: bool = False, shown: int = 0) -> dict:
    """A card section; ``header`` is formatted text (escape what comes from users)."""
    result: dict = {"widgets": widgets}
    if header:
        result["header"] = header
    if collapsible and len(widgets) > shown:
        result["collapsible"] = True
        result["uncollapsibleWidgetsCount"] = shown
    return result


def card(title: str, sections: list[dict], subtitle: str = "", name: str = "") -> dict:
    """A card with a plain-text header, trimmed to the widget limit."""
    header = {"title": plain(title, 120)}
    if subtitle:
        header["subtitle"] = plain(subtitle, 160)
    result = {"header": header, "sections": [s for s in sections if s["widgets"]]}
    if name:
        result["name"] = name
    return fit(result)


def fit(card_json: dict, limit: int = MAX_WIDGETS) -> dict:
    """Keep at most ``limit`` widgets: past it, drop the rest and say that some were left out."""
    if sum(len(s["widgets"]) for s in card_json["sections"]) <= limit:
        return card_json
    total, kept = 0, []
    for sec in card_json["sections"]:
        room = limit - 1 - total
        if room <= 0:
            break
        widgets = sec["widgets"][:room]
        total += len(widgets)
        kept.append({**sec, "widgets": widgets})
        if "uncollapsibleWidgetsCount" in sec:
            kept[-1]["uncollapsibleWidgetsCount"] = min(sec["uncollapsibleWidgetsCount"], len(widgets))
    kept.append({"widgets": [paragraph("<i>Some items were left out to keep this card short.</i>")]})
    card_json["sections"] = kept
    return card_json
