// Afterview's Gmail sidebar, previewed: draws the add-on's card JSON (google.apps.card.v1) the way
// the sidebar shows it. Text is put on the page with textContent only; the few formatting tags the
// card framework allows (b, i, u, s, br, font color) and a note's p and div are rebuilt as
// elements; anything else stays text.
"use strict";

const preview = { token: null, stack: [] };
const TAGS = /<(\/?)(b|i|u|s|br|p|div|font)(?:\s+(?:color="(#[0-9a-fA-F]{6})"|dir="auto"))?\s*\/?>|&(amp|lt|gt|quot|#39|nbsp);/g;
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: "\"", "#39": "'", nbsp: "\u00a0" };

// el() comes from dom.js, loaded first.

// Formatted card text -> DOM nodes (no innerHTML anywhere).
function formatted(text) {
  const root = el("span");
  const open = [root];
  let last = 0;
  const top = () => open[open.length - 1];
  const addText = (value) => { if (value) top().append(document.createTextNode(value)); };
  for (const match of (text || "").matchAll(TAGS)) {
    addText(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, tag, color, entity] = match;
    if (entity) { addText(ENTITIES[entity]); continue; }
    if (tag === "br") { top().append(el("br")); continue; }
    if (closing) {
      const at = open.map((n) => n.dataset.tag).lastIndexOf(tag);
      if (at > 0) open.length = at;
      continue;
    }
    const node = el(tag === "font" ? "span" : tag);
    node.dataset.tag = tag;
    if (tag === "font" && color) node.style.color = color;
    top().append(node);
    open.push(node);
  }
  addText((text || "").slice(last));
  return root;
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: { "Authorization": `Bearer ${preview.token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (response.status === 401) { signedOut(); throw new Error("unauthorized"); }
  if (!response.ok) throw new Error(data.error || `request failed (${response.status})`);
  return data;
}

function toast(text) {
  const node = document.getElementById("toast");
  node.textContent = text;
  node.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { node.hidden = true; }, 4000);
}

function formInputs() {
  const inputs = {};
  for (const field of document.querySelectorAll("#card [data-name]")) {
    const name = field.dataset.name;
    inputs[name] = inputs[name] || { stringInputs: { value: [] } };
    if (field.type === "checkbox") { if (field.checked) inputs[name].stringInputs.value.push(field.value); }
    else inputs[name].stringInputs.value.push(field.value);
  }
  return inputs;
}

async function runAction(action) {
  const parameters = Object.fromEntries((action.parameters || []).map((p) => [p.key, p.value]));
  try {
    apply(await api("POST", "/api/preview/gmail/action",
      { commonEventObject: { hostApp: "GMAIL", platform: "WEB", parameters, formInputs: formInputs() } }));
  } catch (e) { if (e.message !== "unauthorized") toast(e.message); }
}

function clickable(onClick) {
  if (onClick.action) return () => runAction(onClick.action);
  if (onClick.openLink) return () => {
    const url = onClick.openLink.url;
    if (/^https?:\/\//.test(url)) window.open(url, "_blank", "noopener,noreferrer");
  };
  return () => {};
}

// A stable key for a control: what its action does and to what, so focus finds it after a redraw.
function actionKey(onClick) {
  const action = (onClick || {}).action;
  if (!action) return null;
  return (action.parameters || []).map((p) => `${p.key}=${p.value}`).join("&");
}

function buttonView(button) {
  return el("button", { type: "button", class: button.type === "FILLED" ? "filled" : "",
    "aria-label": button.altText || null, "data-key": actionKey(button.onClick),
    onclick: clickable(button.onClick || {}), disabled: Boolean(button.disabled) }, button.text);
}

const WIDGETS = {
  textParagraph: (w) => el("p", { class: "paragraph" }, formatted(w.text)),
  divider: () => el("hr"),
  buttonList: (w) => el("div", { class: "buttons" }, ...w.buttons.map(buttonView)),
  decoratedText: (w) => {
    const box = el("div", { class: `decorated${w.onClick ? " clickable" : ""}` },
      el("div", { class: "decorated-text" },
        w.topLabel ? el("div", { class: "top-label" }, formatted(w.topLabel)) : null,
        el("div", { class: "main-text" }, formatted(w.text)),
        w.bottomLabel ? el("div", { class: "bottom-label" }, formatted(w.bottomLabel)) : null),
      w.button ? buttonView(w.button) : null);
    if (w.onClick) {
      box.tabIndex = 0;
      box.setAttribute("role", "button");
      box.dataset.key = actionKey(w.onClick) || "";
      box.addEventListener("click", (event) => { if (event.target.tagName !== "BUTTON") clickable(w.onClick)(); });
      box.addEventListener("keydown", (event) => {
        if (event.target === box && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); clickable(w.onClick)(); }
      });
    }
    return box;
  },
  textInput: (w) => {
    const id = `field-${w.name}`;
    const field = w.type === "MULTIPLE_LINE" ? el("textarea", { id, rows: "6" }) : el("input", { id, type: "text" });
    field.value = w.value || "";
    field.dataset.name = w.name;
    field.dataset.key = `field:${w.name}`;
    if (w.hintText) field.placeholder = w.hintText;
    return el("div", { class: "input" }, el("label", { for: id, text: w.label || w.name }), field);
  },
  selectionInput: (w) => {
    if (w.type === "DROPDOWN") {
      const id = `field-${w.name}`;
      const select = el("select", { id }, ...w.items.map((item) => {
        const option = el("option", { value: item.value, text: item.text });
        option.selected = Boolean(item.selected);
        return option;
      }));
      select.dataset.name = w.name;
      return el("div", { class: "input" }, el("label", { for: id, text: w.label }), select);
    }
    return el("fieldset", { class: "input" }, el("legend", { text: w.label }), ...w.items.map((item) => {
      const box = el("input", { type: "checkbox", value: item.value });
      box.checked = Boolean(item.selected);
      box.dataset.name = w.name;
      return el("label", { class: "check" }, box, document.createTextNode(` ${item.text}`));
    }));
  },
};

// Focus after a redraw: the same control if it is still there, else the first control of the
// section it was in (where "Undo" takes the place of "Mark sent"), else the card's title.
function focusAgain(key, sectionTitle) {
  const root = document.getElementById("card");
  const same = key && [...root.querySelectorAll("[data-key]")].find((node) => node.dataset.key === key);
  const section = sectionTitle && [...root.querySelectorAll("section.card-section")]
    .find((node) => (node.querySelector("h3") || {}).textContent === sectionTitle);
  const target = same || (section && section.querySelector("button, [role=button], input, textarea"));
  if (target) target.focus();
}

function render() {
  const active = document.activeElement;
  const key = active && active.closest("#card") ? active.dataset.key : null;
  const heading = key && active.closest("section.card-section") && active.closest("section.card-section").querySelector("h3");
  renderCard();
  if (key) focusAgain(key, heading ? heading.textContent : null);
}

function renderCard() {
  const card = preview.stack[preview.stack.length - 1];
  const root = document.getElementById("card");
  document.getElementById("back").hidden = preview.stack.length < 2;
  if (!card) { root.replaceChildren(); return; }
  const header = el("div", { class: "card-header" }, el("h2", { text: card.header.title }),
    card.header.subtitle ? el("p", { class: "subtitle", text: card.header.subtitle }) : null);
  const sections = (card.sections || []).map((section) => el("section", { class: "card-section" },
    section.header ? el("h3", {}, formatted(section.header)) : null,
    ...section.widgets.map((widget) => {
      const [kind] = Object.keys(widget);
      return WIDGETS[kind] ? WIDGETS[kind](widget[kind]) : el("p", { class: "unknown", text: `(${kind})` });
    })));
  root.replaceChildren(header, ...sections);
}

function showDraft(markup) {
  document.getElementById("draft").hidden = false;
  document.getElementById("draft-to").textContent =
    ((markup.updateToRecipients || {}).toRecipients || []).map((r) => r.email).join(", ");
  document.getElementById("draft-subject").textContent = (markup.updateSubject || {}).subject || "";
  const body = document.getElementById("draft-body");
  body.replaceChildren(...((markup.updateBody || {}).insertContents || []).map((c) =>
    c.contentType === "TEXT" ? el("p", { text: c.content }) : formatted(c.content)));
  toast("Inserted into the message.");
}

function apply(answer) {
  const render_ = answer.renderActions || {};
  const action = answer.action || render_.action || {};
  for (const navigation of action.navigations || []) {
    if (navigation.pushCard) preview.stack.push(navigation.pushCard);
    else if (navigation.updateCard) preview.stack[Math.max(preview.stack.length - 1, 0)] = navigation.updateCard;
    else if (navigation.pop) preview.stack.pop();
    else if (navigation.popToRoot) preview.stack.length = Math.min(preview.stack.length, 1);
  }
  const draft = ((render_.hostAppAction || {}).gmailAction || {}).updateDraftActionMarkup;
  if (draft) showDraft(draft);
  if (action.notification) toast(action.notification.text);
  render();
}

async function open(trigger) {
  document.getElementById("show-home").setAttribute("aria-pressed", String(trigger === "homepage"));
  document.getElementById("show-compose").setAttribute("aria-pressed", String(trigger === "compose"));
  preview.stack = [];
  try { apply(await api("GET", `/api/preview/gmail/${trigger}`)); } catch (e) { if (e.message !== "unauthorized") toast(e.message); }
}

function signedOut() {
  document.getElementById("signin").hidden = false;
  sessionStorage.removeItem("afterview-token");
}

document.addEventListener("DOMContentLoaded", () => {
  const fromLink = new URLSearchParams(location.hash.slice(1)).get("token");
  if (fromLink) { sessionStorage.setItem("afterview-token", fromLink); history.replaceState(null, "", location.pathname); }
  preview.token = fromLink || sessionStorage.getItem("afterview-token");
  document.getElementById("back").addEventListener("click", () => { preview.stack.pop(); render(); });
  document.getElementById("show-home").addEventListener("click", () => open("homepage"));
  document.getElementById("show-compose").addEventListener("click", () => open("compose"));
  if (!preview.token) { signedOut(); return; }
  open("homepage");
});
