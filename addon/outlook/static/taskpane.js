// Afterview's Outlook task pane: the interviews and their notes, the etiquette findings with their
// hints, and the buttons that put a note into a message. Everything shown comes from the JSON API and
// reaches the page through textContent and form values only, so event and user text never becomes markup.
"use strict";
(function () {
  const { session, mail } = window.Afterview;
  const $ = (id) => document.getElementById(id);
  const { OPEN } = window.Afterview.notes;
  // el() comes from /static/dom.js, Keep from /static/keep.js.

  function say(message) { $("status").textContent = message; }

  function showConnect(reason) {
    $("notes").hidden = true;
    $("connect").hidden = false;
    $("connect-reason").textContent = reason;
    $("sign-in").hidden = !session.naaAvailable();
  }

  // Runs an action from a control: the pane is drawn again, the result is said at ``place`` (with
  // "Undo" when given), and focus goes back to the control, else to the first of ``options.focus``
  // there is, else to the result. A refused token sends the pane back to its connect state.
  async function act(place, work, options = {}) {
    const before = Keep.focusNow();
    Keep.say(place, "");
    let message;
    let failed = false;
    try {
      message = await work();
      await refresh();
    } catch (error) {
      if (error instanceof session.Unauthorized) { showConnect(error.message); return; }
      failed = true;
      message = error.message;
    }
    Keep.say(place, message, { error: failed, undo: failed ? null : options.undo });
    const keys = [before && before.key, ...(options.focus || []), `undo-${place}`, `result-${place}`];
    Keep.focusAgain(before, keys.filter(Boolean));
  }

  const { interviewView, noteView } = window.Afterview.notes.views(act);

  function accountView(account) {
    const reconnect = account.status === "reauth_required";
    return el("li", {}, `${account.name} (${account.provider}): ${reconnect ? "needs you to reconnect" : account.status}`,
      reconnect ? el("button", { type: "button", id: `reconnect-${account.id}`, onclick: connect }, "Reconnect") : null);
  }

  async function refresh() {
    const [{ interviews }, { accounts }, { notes: thanks }] = await Promise.all([session.api("GET", "/api/interviews"),
      session.api("GET", "/api/accounts"), session.api("GET", "/api/thanks")]);
    const before = Keep.focusNow();
    // What needs the user now comes first: the open message's sender, then notes waiting, then the rest.
    const rank = (item) => item.notes.some((n) => mail.isFromRecipient(n)) ? 0
      : item.notes.some((n) => OPEN.includes(n.status)) ? 1 : 2;
    const ordered = [...interviews].sort((a, b) => rank(a) - rank(b));
    $("interviews").replaceChildren(...ordered.map(interviewView));
    if (!ordered.length) $("interviews").append(el("p", { class: "hint", text: "No interviews yet. Connect the calendar your interviews are on." }));
    // the notes of thanks for help ("Thank someone"), the open message's sender's first
    const sorted = [...thanks].sort((a, b) => Number(mail.isFromRecipient(b)) - Number(mail.isFromRecipient(a)));
    $("thanks-notes").replaceChildren(...sorted.map(noteView));
    if (!thanks.length) $("thanks-notes").append(el("p", { class: "hint", text: "None yet." }));
    $("accounts").replaceChildren(...accounts.map(accountView));
    if (!accounts.length) $("accounts").append(el("li", { text: "No calendar connected." }));
    $("sign-out").hidden = !session.canSignOut();
    $("connect").hidden = true;
    $("notes").hidden = false;
    if (before) Keep.focusAgain(before, [before.key]);
  }

  // Opening the pane looks in the sent folders at once (the server does it at most once a minute),
  // so a note sent from Outlook shows as sent.
  async function lookForSentNotes() {
    try {
      const { found_sent: found } = await session.api("POST", "/api/sent-check");
      if (found) { await refresh(); say(`${found} note${found === 1 ? "" : "s"} found in your sent mail.`); }
    } catch (error) { /* the list is there already; the periodic check finds them later */ }
  }

  async function connect() {
    $("connect-error").textContent = "";
    try {
      await session.connectWithDialog();
      await refresh();
      say("Connected.");
    } catch (error) {
      if (error instanceof session.Unauthorized) showConnect(error.message);
      ($("connect").hidden ? $("status") : $("connect-error")).textContent = error.message;
      return;
    }
    await lookForSentNotes();
  }

  function describeContext() {
    const from = mail.sender();
    $("context").textContent = mail.mode() === "compose" ? "Writing a message: pick a note to insert."
      : mail.mode() === "read" ? `Reading a message${from ? ` from ${from.name || from.email}` : ""}.`
        : "Open or write a message to use a note.";
  }

  async function begin() {
    describeContext();
    // "Thank someone" (/static/thanks.js): the new note is drawn with the others, its text ready to check
    window.AfterviewThanks.mount({ api: (method, path, body) => session.api(method, path, body), onAdded: async (note) => {
      await refresh();
      return Keep.find(`note-${note.id}-body`);
    } });
    $("connect-dialog").addEventListener("click", connect);
    // "Missed one?" and "Add an interview" (missed_pane.js) say when they changed something
    document.addEventListener("afterview:changed", () => { refresh().catch(() => {}); });
    $("connect-calendar").addEventListener("click", connect);
    $("sign-out").addEventListener("click", async () => {
      try { await session.signOut(); } catch (error) { /* the token is forgotten here regardless */ }
      showConnect("You signed out of Afterview.");
    });
    $("sign-in").addEventListener("click", async () => {
      try { await session.signIn(); await refresh(); } catch (error) { $("connect-error").textContent = error.message; return; }
      await lookForSentNotes();
    });
    if (!(await session.start())) { showConnect("Sign in to see the thank-you notes Afterview proposed for you."); return; }
    say("Loading your notes…");
    try {
      await refresh();
      say("");
    } catch (error) {
      if (error instanceof session.Unauthorized) { showConnect(error.message); return; }
      say(error.message);
      return;
    }
    await lookForSentNotes();
  }

  if (window.Office && typeof Office.onReady === "function") Office.onReady(begin);
  else document.addEventListener("DOMContentLoaded", () => say("Office did not load: open Afterview from Outlook."));
})();
