// Afterview's local page. Everything shown comes from the JSON API and is put on the page with
// textContent or form values only, so event and user text can never become markup.
//
// The page is drawn by the functions in SECTIONS, each filling its own part of index.html from the
// data last fetched; a new part of the page is one more function (and its holder in the page).
// Redraws never lose what was typed (Keep), keep focus on the control it was on, and each action
// says its result next to the control that caused it.
"use strict";

const state = {
  token: null, data: null, fingerprint: "", loading: false, acting: false, refreshes: 0,
  pinned: new Map(),      // interview id -> the list it stays in while the user works on it here
  tombstones: new Map(),  // interview id -> the list where it was marked "not an interview"
  asking: new Set(),      // what waits for a "yes" (an interview id, or "disconnect-<account id>")
  referrersOpen: new Set(), // interview ids whose referrer form the user opened (kept open across redraws)
};

// el() comes from dom.js, Keep from keep.js, the views from app_notes.js and app_calendars.js.

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

// Run an action from a control: its result is said at ``place`` (with "Undo" when given), the page
// is fetched again, and focus goes back to the control, else to the first of ``options.focus`` on
// the page, else to the result.
async function act(place, work, options = {}) {
  if (state.acting) return;
  state.acting = true;
  const before = Keep.focusNow();
  Keep.say(place, "");  // the last result goes at once: what is said next is this action's
  if (options.pin) pin(options.pin);
  let message;
  let failed = false;
  try {
    message = await work();
    if (options.refresh !== false) await refresh(true);
  } catch (e) {
    failed = true;
    message = e.message;
  } finally {
    state.acting = false;
  }
  if (message === "unauthorized") return;
  Keep.say(place, message, { error: failed, undo: failed ? null : options.undo });
  const keys = [before && before.key, ...(options.focus || []), `undo-${place}`, `result-${place}`];
  Keep.focusAgain(before, keys.filter(Boolean));
}

function naturalList(item) {
  if (item.status === "upcoming") return "upcoming";
  if (item.status === "proposed") return item.notes.some(isOpen) ? "waiting" : "done";
  return null;
}

// An interview the user works on stays in its list until the page is reloaded, so the result of
// "Mark sent" on its last note is said where the button was.
function pin(interviewId) {
  const item = state.data && state.data.interviews.find((i) => i.id === interviewId);
  if (item && item.status === "proposed" && !state.pinned.has(item.id)) state.pinned.set(item.id, naturalList(item));
}

function sectionOf(item) {
  return (item.status === "proposed" && state.pinned.get(item.id)) || naturalList(item);
}

function fill(id, nodes, empty) {
  const holder = document.getElementById(id);
  holder.replaceChildren(...nodes);
  if (!nodes.length) holder.append(el("p", { class: "hint", text: empty }));
}

function drawInterviews(data) {
  const lists = { waiting: [], upcoming: [], done: [] };
  for (const item of data.interviews) {
    if (item.status === "not_interview" && state.tombstones.has(item.id)) {
      lists[state.tombstones.get(item.id) || "done"].push(tombstoneView(item));
    } else if (item.interview) {
      lists[sectionOf(item)].push(interviewView(item));
    }
  }
  const found = data.interviews.some((i) => i.interview);
  fill("interviews", lists.waiting,
    found ? "Nothing waiting: every note is sent or dismissed." : "No interviews found yet. Connect a calendar below.");
  fill("upcoming", lists.upcoming.reverse(), "No interview coming up.");
  fill("done", lists.done, "Nothing yet.");
}

function drawPossible(data) {
  const items = data.interviews.filter((i) => !i.interview && (i.status === "possible" || i.status === "not_interview")
    && !state.tombstones.has(i.id));
  fill("possible", items.map(possibleView), "None.");
}

function drawRemoved(data) {
  const items = data.interviews.filter((i) => i.status === "cancelled" && i.withdrawn_notes.some((n) => n.edited_at));
  fill("removed", items.map(removedView), "None.");
  document.getElementById("removed-section").hidden = !items.length;
}

// The notes of thanks for help with no interview behind it ("Thank someone", thanks.js), newest first.
function drawThanks(data) {
  fill("thanks-notes", data.thanks.map(noteView), "None yet.");
}

// Each part of the page, drawn in order from the data last fetched.
const SECTIONS = [drawInterviews, drawPossible, drawRemoved, drawThanks, drawCalendars];

function draw() {
  if (!state.data) return;
  const before = Keep.focusNow();
  for (const section of SECTIONS) section(state.data);
  if (before) Keep.focusAgain(before, [before.key]);
}

// Fetch what the page shows; draw again only when something changed (or ``force``).
async function refresh(force = false) {
  if (state.loading && !force) return;
  state.loading = true;
  try {
    const [{ interviews }, { accounts }, { notes: thanks }] = await Promise.all([
      api("GET", "/api/interviews?include=possible,removed"), api("GET", "/api/accounts"), api("GET", "/api/thanks"),
    ]);
    const ended = interviews.filter((i) => i.status === "upcoming" && new Date(i.end) <= new Date()).map((i) => i.id);
    const fingerprint = JSON.stringify([interviews, accounts, thanks, ended]);
    if (force || fingerprint !== state.fingerprint) {
      state.data = { interviews, accounts, thanks };
      state.fingerprint = fingerprint;
      draw();
    }
  } finally {
    state.loading = false;
    state.refreshes += 1;
    document.body.dataset.refreshes = String(state.refreshes);
  }
}

async function loadProfile() {
  const me = await api("GET", "/api/me");
  for (const key of ["name", "phone", "signature", "language", "channel"]) document.getElementById(`p-${key}`).value = me[key] || "";
  document.getElementById("p-delay").value = me.proposal_delay_minutes ?? "";
  document.getElementById("p-follow-ups").checked = me.follow_ups_enabled !== false;
}

function profileChanges(form) {
  const data = Object.fromEntries(new FormData(form).entries());
  data.language = data.language || null;
  data.proposal_delay_minutes = data.proposal_delay_minutes === "" ? null : Number(data.proposal_delay_minutes);
  data.follow_ups_enabled = form.elements.follow_ups_enabled.checked;
  return data;
}

function signOut(message) {
  sessionStorage.removeItem("afterview-token");
  document.getElementById("app").hidden = true;
  document.getElementById("login").hidden = false;
  document.getElementById("login-error").textContent = message || "";
}

// The page shows once the interviews and the profile are both there, so nothing typed into the
// profile form is overwritten when the profile arrives.
async function signIn(token) {
  state.token = token;
  try { await Promise.all([refresh(true), loadProfile()]); } catch (e) { return; }
  sessionStorage.setItem("afterview-token", token);
  document.getElementById("login-error").textContent = "";
  document.getElementById("login").hidden = true;
  document.getElementById("app").hidden = false;
}

// "Thank someone" (thanks.js): the new note is drawn with the others, its text ready to check.
function mountThanks() {
  window.AfterviewThanks.mount({ api, onAdded: async (note) => {
    await refresh(true);
    return Keep.find(`note-${note.id}-body`);
  } });
}

// "Missed one?" and "Add an interview" (missed_page.js) say when they changed something.
document.addEventListener("afterview:changed", () => { refresh().catch(() => {}); });

document.addEventListener("DOMContentLoaded", () => {
  mountThanks();
  document.getElementById("login-form").addEventListener("submit", (event) => {
    event.preventDefault();
    signIn(document.getElementById("token").value.trim());
  });
  document.getElementById("connect-form").addEventListener("submit", (event) => {
    event.preventDefault();
    connectCalendar();
  });
  document.getElementById("profile-form").addEventListener("submit", (event) => {
    event.preventDefault();
    act("profile", async () => { await api("PATCH", "/api/me", profileChanges(event.target)); return "Saved."; },
      { refresh: false, focus: ["save-profile"] });
  });
  const fromLink = new URLSearchParams(location.hash.slice(1)).get("token");
  if (fromLink) history.replaceState(null, "", location.pathname);
  const token = fromLink || sessionStorage.getItem("afterview-token");
  if (token) signIn(token); else signOut();
  const seconds = Number(document.body.dataset.refreshSeconds) || 30;
  setInterval(() => { if (state.token && !document.getElementById("app").hidden) refresh().catch(() => {}); }, seconds * 1000);
});
