// Afterview's local page. Everything shown comes from the JSON API and is put on the page
// with textContent or form values only, so event and user text can never become markup.
"use strict";

const state = { token: null };

// el() comes from dom.js, loaded first.

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: { "Authorization": `Bearer ${state.token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (response.status === 401) { signOut("That login token was not accepted."); throw new Error("unauthorized"); }
  if (!response.ok) throw new Error(data.error || `request failed (${response.status})`);
  return data;
}

function say(message) { document.getElementById("status").textContent = message; }

function when(iso) {
  return new Date(iso).toLocaleString(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

// Each finding in plain words; its rule code stays in the JSON (and on the element, for tools).
const SEVERITY_LABEL = { block: "Fix", warn: "Check", info: "Note" };

function findingsList(findings) {
  const list = el("ul", { class: "findings" });
  for (const f of findings) {
    list.append(el("li", { class: `finding ${f.severity}`, "data-rule": f.rule,
      text: `${SEVERITY_LABEL[f.severity] || "Check"}: ${f.message}` }));
  }
  return list;
}

function noteView(note) {
  const id = `note-${note.id}`;
  const subject = el("input", { type: "text", id: `${id}-subject`, value: note.subject });
  const body = el("textarea", { id: `${id}-body`, class: "body" });
  body.value = note.body_text;
  const open = note.status === "proposed" || note.status === "edited";
  subject.disabled = body.disabled = !open;
  const run = (label, fn) => el("button", { type: "button", onclick: async () => {
    try { await fn(); say(`${label}: done.`); await refresh(); } catch (e) { say(e.message); }
  } }, label);
  const openCard = (suffix) => async () => {
    const response = await fetch(`/api/notes/${note.id}/${suffix}`, { headers: { "Authorization": `Bearer ${state.token}` } });
    if (!response.ok) throw new Error(`the card could not be made (${response.status})`);
    window.open(URL.createObjectURL(await response.blob()), "_blank", "noopener");
  };
  const card = note.channel === "handwritten" ? [run("Printable card", openCard("card")), run("Card as PDF", openCard("card.pdf"))] : [];
  const actions = open ? el("div", { class: "actions" }, ...card,
    run("Save edits", () => api("PATCH", `/api/notes/${note.id}`, { subject: subject.value, body_text: body.value })),
    run("Copy", () => navigator.clipboard.writeText(`${subject.value}\n\n${body.value}`)),
    run("Mark sent", () => api("POST", `/api/notes/${note.id}/sent`)),
    run("Dismiss", () => api("POST", `/api/notes/${note.id}/dismiss`)),
  ) : null;
  return el("article", { class: `note ${note.status}`, "data-note-id": String(note.id) },
    el("h4", { text: `To ${note.to.name || note.to.email} <${note.to.email}> · ${note.channel}` },
      el("span", { class: `badge ${note.status}`, text: note.status })),
    el("label", { for: subject.id, text: "Subject" }), subject,
    el("label", { for: body.id, text: "Note" }), body,
    findingsList(note.findings), actions);
}

const isOpen = (note) => note.status === "proposed" || note.status === "edited";

function interviewView(item) {
  const headline = [item.company, item.role, item.stage].filter(Boolean).join(" · ");
  const upcoming = item.status === "upcoming";
  const status = upcoming ? `Notes will be proposed after it ends (${when(item.end)}).` : `Ended ${when(item.end)}.`;
  const box = el("article", { class: `interview ${item.status}`, "data-interview-id": String(item.id) },
    el("h3", { text: item.title || headline },
      item.late ? el("span", { class: "badge late", text: "more than a day ago: send it anyway" }) : null),
    el("p", { class: "meta", text: `${headline} — ${when(item.start)}. ${status}` }),
    el("p", { class: "meta", text: `Met: ${item.interviewers.map((p) => p.name || p.email).join(", ") || "nobody listed"}` }));
  if (!upcoming) box.append(...detailsForm(item));
  box.append(el("button", { type: "button", onclick: async () => {
    await api("POST", `/api/interviews/${item.id}/correction`, { interview: false }); say("Marked as not an interview."); await refresh();
  } }, "Not an interview"));
  for (const note of item.notes) box.append(noteView(note));
  return box;
}

function detailsForm(item) {
  const details = el("textarea", { id: `details-${item.id}`, rows: "3" });
  details.value = item.details || "";
  return [
    el("label", { for: details.id, text: "What do you remember? (one line per person as 'Name: detail', or general)" }),
    details,
    el("button", { type: "button", class: "primary", onclick: async () => {
      try { await api("POST", `/api/interviews/${item.id}/details`, { text: details.value }); say("Details saved; notes recomposed."); await refresh(); }
      catch (e) { say(e.message); }
    } }, "Save details"),
  ];
}

function fill(id, items, view, empty) {
  const holder = document.getElementById(id);
  holder.replaceChildren(...items.map(view));
  if (!items.length) holder.append(el("p", { class: "hint", text: empty }));
}

function possibleView(item) {
  return el("article", { class: "interview possible", "data-interview-id": String(item.id) },
    el("h3", { text: item.title }),
    el("p", { class: "meta", text: `${when(item.start)} — ${item.reasons.join("; ")}` }),
    el("button", { type: "button", onclick: async () => {
      await api("POST", `/api/interviews/${item.id}/correction`, { interview: true }); say("Marked as an interview."); await refresh();
    } }, item.status === "not_interview" ? "It is an interview after all" : "This is an interview"));
}

async function refresh() {
  const [{ interviews }, { accounts }] = await Promise.all([
    api("GET", "/api/interviews?include=possible"), api("GET", "/api/accounts"),
  ]);
  const found = interviews.filter((i) => i.interview);
  const waiting = found.filter((i) => i.status === "proposed" && i.notes.some(isOpen));
  fill("interviews", waiting, interviewView,
    found.length ? "Nothing waiting: every note is sent or dismissed." : "No interviews found yet. Connect a calendar below.");
  fill("upcoming", found.filter((i) => i.status === "upcoming").reverse(), interviewView, "No interview coming up.");
  fill("done", found.filter((i) => i.status === "proposed" && !i.notes.some(isOpen)), interviewView, "Nothing yet.");
  fill("possible", interviews.filter((i) => !i.interview), possibleView, "None.");
  document.getElementById("accounts").textContent = accounts.length
    ? accounts.map((a) => `${a.name}: ${a.status}${a.last_error ? ` (${a.last_error})` : ""}`).join(" · ")
    : "No calendar connected.";
}

async function loadProfile() {
  const me = await api("GET", "/api/me");
  for (const key of ["name", "phone", "signature", "language", "channel"]) document.getElementById(`p-${key}`).value = me[key] || "";
  document.getElementById("p-delay").value = me.proposal_delay_minutes ?? "";
}

function profileChanges(form) {
  const data = Object.fromEntries(new FormData(form).entries());
  data.language = data.language || null;
  data.proposal_delay_minutes = data.proposal_delay_minutes === "" ? null : Number(data.proposal_delay_minutes);
  return data;
}

function signOut(message) {
  sessionStorage.removeItem("afterview-token");
  document.getElementById("app").hidden = true;
  document.getElementById("login").hidden = false;
  document.getElementById("login-error").textContent = message || "";
}

async function signIn(token) {
  state.token = token;
  try { await refresh(); } catch (e) { return; }
  sessionStorage.setItem("afterview-token", token);
  document.getElementById("login").hidden = true;
  document.getElementById("app").hidden = false;
  await loadProfile();
}

// "Missed one?" and "Add an interview" (missed_page.js) say when they changed something.
document.addEventListener("afterview:changed", () => { refresh().catch(() => {}); });

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("login-form").addEventListener("submit", (event) => {
    event.preventDefault();
    signIn(document.getElementById("token").value.trim());
  });
  document.getElementById("connect-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = document.getElementById("connect-error");
    error.textContent = "";
    try { await api("POST", "/api/connect/ics", { source: document.getElementById("source").value }); say("Calendar connected."); await refresh(); }
    catch (e) { error.textContent = e.message; }
  });
  document.getElementById("profile-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    say("Saving…");  // a second save says so too, instead of leaving the first one's "Saved." up
    try { await api("PATCH", "/api/me", profileChanges(event.target)); say("Saved."); }
    catch (e) { say(e.message); }
  });
  const fromLink = new URLSearchParams(location.hash.slice(1)).get("token");
  if (fromLink) history.replaceState(null, "", location.pathname);
  const token = fromLink || sessionStorage.getItem("afterview-token");
  if (token) signIn(token); else signOut();
  setInterval(() => { if (state.token && !document.getElementById("app").hidden && !document.activeElement.matches("textarea, input")) refresh().catch(() => {}); }, 30000);
});
