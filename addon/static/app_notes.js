// Afterview's local page: one interview and its notes. Each control carries a stable key
// (data-key) so a redraw puts focus back on it; each result is said in the region of the note or
// interview it concerns (Keep.region); typed text is kept by Keep until saved or discarded.
"use strict";

const SEVERITY_LABEL = { block: "Fix", warn: "Check", info: "Note" };
const STATUS_WORDS = { proposed: "proposed", edited: "edited by you", sent: "sent", dismissed: "dismissed",
  withdrawn: "set aside" };
const CHANNEL_WORDS = { email: "email", handwritten: "card" };
const REMOVED_WORDS = {
  cancelled: "The event was cancelled on your calendar.", declined: "You declined the event.",
  deleted: "The event is no longer on your calendar.", not_interview: "You said this is not an interview.",
};
const isOpen = (note) => note.status === "proposed" || note.status === "edited";
const who = (note) => note.to.name || note.to.email;

function when(iso) {
  return new Date(iso).toLocaleString(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

// A button whose accessible name says what it acts on: the visible ``label`` with ``hidden`` words
// put in (after it, or between the two parts of a [before, after] label: "Mark" … " sent").
function control(key, label, hidden, onclick, extra = {}) {
  const [before, after] = Array.isArray(label) ? label : [label, ""];
  return el("button", { type: "button", "data-key": key, "aria-label": `${before}${hidden}${after}`, onclick, ...extra },
    `${before}${after}`);
}

function findingsList(findings) {
  const list = el("ul", { class: "findings" });
  for (const f of findings) {
    list.append(el("li", { class: `finding ${f.severity}`, "data-rule": f.rule,
      text: `${SEVERITY_LABEL[f.severity] || "Check"}: ${f.message}` }));
  }
  return list;
}

const noteKeys = (note) => [`note-${note.id}-subject`, `note-${note.id}-body`];

// "Unsaved changes" beside a note's fields while they hold typed text, with "Discard changes".
function unsavedMark(note) {
  const mark = el("p", { class: "unsaved", id: `note-${note.id}-unsaved` }, "Unsaved changes ",
    control(`discard-note-${note.id}`, "Discard changes", ` to the note to ${who(note)}`, () => {
      Keep.discard(noteKeys(note));
      mark.hidden = true;
      Keep.say(`note-${note.id}`, "Your changes are discarded: the saved note is back.");
      Keep.focusAgain(null, [`note-${note.id}-body`]);
    }));
  mark.hidden = !Keep.hasUnsaved(noteKeys(note));
  return mark;
}

function showUnsaved(note) {
  const mark = document.getElementById(`note-${note.id}-unsaved`);
  if (mark) mark.hidden = !Keep.hasUnsaved(noteKeys(note));
}

function cardButtons(note) {
  if (note.channel !== "handwritten") return [];
  const open = (suffix) => async () => {
    const response = await fetch(`/api/notes/${note.id}/${suffix}`, { headers: { "Authorization": `Bearer ${state.token}` } });
    if (!response.ok) throw new Error(`the card could not be made (${response.status})`);
    window.open(URL.createObjectURL(await response.blob()), "_blank", "noopener");
    return "The card opened in a new tab.";
  };
  const place = `note-${note.id}`;
  return [control(`card-note-${note.id}`, "Printable card", ` for ${who(note)}`, () => act(place, open("card"))),
    control(`pdf-note-${note.id}`, "Card as PDF", ` for ${who(note)}`, () => act(place, open("card.pdf")))];
}

function openActions(note) {
  const place = `note-${note.id}`;
  const name = ` the note to ${who(note)}`;
  const fields = () => ({ subject: Keep.find(`note-${note.id}-subject`).value, body_text: Keep.find(`note-${note.id}-body`).value });
  const reopen = (doing, control) => ({ label: "Undo", hidden: ` ${doing}${name}${doing === "marking" ? " sent" : ""}`,
    run: () => act(place, async () => {
      await api("POST", `/api/notes/${note.id}/restore`);
      return `The note to ${who(note)} is open again.`;
    }, { focus: [control] }) });
  return el("div", { class: "actions" }, ...cardButtons(note),
    control(`save-note-${note.id}`, "Save edits", ` to${name}`, () => act(place, async () => {
      await api("PATCH", `/api/notes/${note.id}`, fields());
      Keep.discard(noteKeys(note));
      return "Edits saved and checked again.";
    })),
    control(`copy-note-${note.id}`, "Copy", name, () => act(place, async () => {
      const { subject, body_text: body } = fields();
      await navigator.clipboard.writeText(`${subject}\n\n${body}`);
      return "Copied: paste it into your message.";
    }, { refresh: false })),
    control(`sent-note-${note.id}`, ["Mark", " sent"], name, () => act(place, async () => {
      await api("POST", `/api/notes/${note.id}/sent`);
      return `Marked as sent: no reminder for the note to ${who(note)}.`;
    }, { undo: reopen("marking", `sent-note-${note.id}`), pin: note.interview_id })),
    control(`dismiss-note-${note.id}`, "Dismiss", name, () => act(place, async () => {
      await api("POST", `/api/notes/${note.id}/dismiss`);
      return `Dismissed: Afterview will not remind you of the note to ${who(note)}.`;
    }, { undo: reopen("dismissing", `dismiss-note-${note.id}`), pin: note.interview_id })));
}

function closedActions(note) {
  if (note.status !== "sent" && note.status !== "dismissed") return null;
  const place = `note-${note.id}`;
  const fresh = Keep.resultAt(place);
  if (fresh && fresh.undo) return null;  // "Undo" is right there in the result
  return el("div", { class: "actions" }, control(`restore-note-${note.id}`, "Reopen", ` the note to ${who(note)}`,
    () => act(place, async () => {
      await api("POST", `/api/notes/${note.id}/restore`);
      return `The note to ${who(note)} is open again.`;
    }, { focus: [`sent-note-${note.id}`] })));
}

function noteView(note) {
  const id = `note-${note.id}`;
  const open = isOpen(note);
  const subject = el("input", { type: "text", id: `${id}-subject`, disabled: !open });
  const body = el("textarea", { id: `${id}-body`, class: "body", disabled: !open });
  Keep.keep(subject, `${id}-subject`, note.subject, () => showUnsaved(note));
  Keep.keep(body, `${id}-body`, note.body_text, () => showUnsaved(note));
  const channel = CHANNEL_WORDS[note.channel] || note.channel;
  return el("article", { class: `note ${note.status}`, "data-note-id": String(note.id), "aria-labelledby": `${id}-title` },
    el("h4", { id: `${id}-title`, text: `To ${who(note)} <${note.to.email}> · ${channel}` },
      el("span", { class: `badge ${note.status}`, text: STATUS_WORDS[note.status] || note.status })),
    el("label", { for: subject.id, text: "Subject" }), subject,
    el("label", { for: body.id, text: "Note" }), body,
    unsavedMark(note),
    open ? findingsList(note.findings) : null,
    open ? openActions(note) : closedActions(note),
    Keep.region(id));
}

// A note set aside with its interview (or because its person left), shown with why; the user's
// words are there to copy.
function setAsideView(note, why) {
  const text = el("p", { class: "kept-text", text: note.body_text });
  return el("article", { class: "note withdrawn", "data-note-id": String(note.id) },
    el("h4", { text: `To ${who(note)} · ${CHANNEL_WORDS[note.channel] || note.channel}` },
      el("span", { class: "badge withdrawn", text: note.edited_at ? "set aside, your words kept" : "set aside" })),
    el("p", { class: "meta", text: why }), text,
    control(`copy-kept-${note.id}`, "Copy", ` your note to ${who(note)}`, () => act(`note-${note.id}`, async () => {
      await navigator.clipboard.writeText(`${note.subject}\n\n${note.body_text}`);
      return "Copied.";
    }, { refresh: false })),
    Keep.region(`note-${note.id}`));
}

function timing(item) {
  if (item.status !== "upcoming") return `Ended ${when(item.end)}.`;
  if (new Date(item.end) <= new Date()) return "Ended: notes coming in a few minutes.";
  return `Notes will be proposed after it ends (${when(item.end)}).`;
}

function detailsForm(item) {
  const key = `details-${item.id}`;
  const details = el("textarea", { id: key, rows: "3" });
  Keep.keep(details, key, item.details || "", () => { document.getElementById(`${key}-unsaved`).hidden = !Keep.hasUnsaved([key]); });
  const title = item.title || item.company || "this interview";
  const mark = el("p", { class: "unsaved", id: `${key}-unsaved` }, "Unsaved changes");
  mark.hidden = !Keep.hasUnsaved([key]);
  return [
    el("label", { for: key, text: "What do you remember? (one line per person as 'Name: detail', or general)" }),
    details, mark,
    control(`save-details-${item.id}`, "Save details", ` of ${title}`, () => act(key, async () => {
      await api("POST", `/api/interviews/${item.id}/details`, { text: details.value });
      Keep.discard([key]);
      return "Details saved; notes rewritten (your own edits are kept).";
    }), { class: "primary" }),
    Keep.region(key),
  ];
}

// Who referred the user: shown, and set or changed here; the referrer gets a short update after the
// interview (nothing said of what happened in it). Folded away until opened, so it does not stand between
// the details and the notes; it stays open across redraws while the user works in it.
function referrerForm(item) {
  const key = `referrer-${item.id}`;
  const current = item.referrer;
  const name = el("input", { id: `${key}-name`, type: "text", autocomplete: "off" });
  const email = el("input", { id: `${key}-email`, type: "email", autocomplete: "off" });
  Keep.keep(name, `${key}-name`, current ? current.name : "");
  Keep.keep(email, `${key}-email`, current ? current.email : "");
  const title = item.title || item.company || "this interview";
  const said = current ? `Referred by ${current.name || current.email}${current.source === "invitation" ? " (from the invitation)" : ""}`
    : "Did someone refer you?";
  const box = el("details", { class: "referrer" },
    el("summary", { id: `${key}-said`, "data-key": `${key}-open`, text: said }),
    el("p", { class: "meta", text: "The person who referred you gets a short note that the interview took place, "
      + "and nothing about what was said in it." }),
    el("label", { for: `${key}-name`, text: "Referrer's name" }), name,
    el("label", { for: `${key}-email`, text: "Referrer's email" }), email,
    control(`save-${key}`, "Save referrer", ` of ${title}`, () => act(key, async () => {
      await api("POST", `/api/interviews/${item.id}/referrer`, { name: name.value, email: email.value });
      Keep.discard([`${key}-name`, `${key}-email`]);
      return "Referrer saved.";
    })),
    current ? control(`remove-${key}`, "Nobody referred me", ` to ${title}`, () => act(key, async () => {
      await api("POST", `/api/interviews/${item.id}/referrer`, { referrer: null });
      Keep.discard([`${key}-name`, `${key}-email`]);
      return "Referrer removed.";
    })) : null);
  box.open = state.referrersOpen.has(item.id) || Keep.hasUnsaved([`${key}-name`, `${key}-email`]);
  box.addEventListener("toggle", () => {
    if (box.open) state.referrersOpen.add(item.id); else state.referrersOpen.delete(item.id);
  });
  return el("div", { class: "referrer-block" }, box, Keep.region(key));
}

function notInterviewControls(item) {
  const title = item.title || item.company || "this interview";
  if (!state.asking.has(item.id)) {
    return control(`not-interview-${item.id}`, "Not an interview", `: ${title}`, () => {
      if (!item.has_edited_notes) { markNotInterview(item); return; }
      state.asking.add(item.id);
      draw();
      Keep.focusAgain(null, [`confirm-not-interview-${item.id}`]);
    });
  }
  const edited = item.notes.filter((n) => n.status === "edited").length;
  const question = el("p", { id: `ask-${item.id}`, text: `You edited ${edited} note${edited === 1 ? "" : "s"} here. ` +
    "Mark it as not an interview? Your notes are set aside with your words and come back if you undo." });
  return el("div", { class: "ask", role: "group", "aria-labelledby": `ask-${item.id}` }, question,
    control(`confirm-not-interview-${item.id}`, "Yes, not an interview", `: ${title}`, () => {
      state.asking.delete(item.id);
      markNotInterview(item);
    }, { class: "primary" }),
    control(`cancel-not-interview-${item.id}`, "Cancel", ": keep it as an interview", () => {
      state.asking.delete(item.id);
      draw();
      Keep.focusAgain(null, [`not-interview-${item.id}`]);
    }));
}

function markNotInterview(item) {
  const place = `interview-${item.id}`;
  const title = item.title || item.company || "this interview";
  state.tombstones.set(item.id, sectionOf(item));
  act(place, async () => {
    await api("POST", `/api/interviews/${item.id}/correction`, { interview: false });
    return "Marked as not an interview: its notes are set aside.";
  }, { undo: { label: "Undo", hidden: `: ${title} is an interview`, run: () => act(place, async () => {
    await api("POST", `/api/interviews/${item.id}/correction`, { interview: true });
    state.tombstones.delete(item.id);
    return "It is an interview again, with its notes and your words.";
  }, { focus: [`not-interview-${item.id}`] }) } });
}

function interviewView(item) {
  const headline = [item.company, item.role, item.stage].filter(Boolean).join(" · ");
  const box = el("article", { class: `interview ${item.status}`, "data-interview-id": String(item.id),
    "aria-labelledby": `interview-${item.id}-title` },
    el("h3", { id: `interview-${item.id}-title`, text: item.title || headline },
      item.late ? el("span", { class: "badge late", text: "more than a day ago: send it anyway" }) : null),
    el("p", { class: "meta", text: `${headline} — ${when(item.start)}. ${timing(item)}` }),
    el("p", { class: "meta", text: `Met: ${item.interviewers.map((p) => p.name || p.email).join(", ") || "nobody listed"}` }));
  if (item.status !== "upcoming") box.append(...detailsForm(item));
  box.append(referrerForm(item));
  for (const note of item.notes) box.append(noteView(note));
  for (const note of item.withdrawn_notes || []) box.append(setAsideView(note, `${who(note)} is no longer on the invitation.`));
  box.append(el("div", { class: "interview-end" }, notInterviewControls(item), Keep.region(`interview-${item.id}`)));
  return box;
}

// Where an interview marked "not an interview" on this page was: said there, with its Undo.
function tombstoneView(item) {
  return el("article", { class: "interview removed", "data-interview-id": String(item.id) },
    el("h3", { text: item.title }),
    el("p", { class: "meta", text: "Not an interview. Its notes are set aside; the ones you edited keep your words." }),
    Keep.region(`interview-${item.id}`));
}

function possibleView(item) {
  const title = item.title || "this event";
  const label = item.status === "not_interview" ? "It is an interview after all" : "This is an interview";
  return el("article", { class: "interview possible", "data-interview-id": String(item.id) },
    el("h3", { text: item.title }),
    el("p", { class: "meta", text: `${when(item.start)} — ${item.reasons.join("; ")}` }),
    control(`is-interview-${item.id}`, label, `: ${title}`, () => act(`interview-${item.id}`, async () => {
      await api("POST", `/api/interviews/${item.id}/correction`, { interview: true });
      state.tombstones.delete(item.id);
      return `${title} is an interview: its notes are on the way.`;
    })),
    Keep.region(`interview-${item.id}`),
    ...(item.withdrawn_notes || []).filter((n) => n.edited_at).map((n) => setAsideView(n,
      "Set aside when you said this is not an interview; it comes back if you say it is one.")));
}

function removedView(item) {
  const why = REMOVED_WORDS[item.removed_reason] || "This interview was removed.";
  return el("article", { class: "interview removed", "data-interview-id": String(item.id) },
    el("h3", { text: item.title }),
    el("p", { class: "meta", text: `${when(item.start)} — ${why}` }),
    ...(item.withdrawn_notes || []).filter((n) => n.edited_at).map((n) => setAsideView(n, `${why} Your words are kept.`)));
}
