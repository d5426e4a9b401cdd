// The task pane's interviews and notes: each note with its findings, what was typed kept until it
// is saved or discarded (Keep, from /static/keep.js), buttons that name their note, and each
// result said in the region of the note it concerns, with "Undo" after Mark sent and Dismiss.
// ``Afterview.notes.views(act)`` gives the views the pane draws with.
"use strict";
window.Afterview = window.Afterview || {};
(function () {
  const { session, mail } = window.Afterview;
  const OPEN = ["proposed", "edited"];
  const CHANNEL = { email: "email", handwritten: "card" };
  const SEVERITY = { block: "Fix", warn: "Check", info: "Note" };
  const replacing = new Set();  // notes whose insertion waits for "replace the message text?"
  const who = (note) => note.to.name || note.to.email;
  const keys = (note) => [`note-${note.id}-subject`, `note-${note.id}-body`];

  function when(iso) {
    return new Date(iso).toLocaleString(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  }

  function views(act) {
    // A button with an id (kept through redraws) whose accessible name says what it acts on.
    function button(id, label, name, run, extra = {}) {
      return el("button", { type: "button", id, "data-key": id, "aria-label": name, onclick: run, ...extra }, label);
    }

    function findingsList(note) {
      if (!note.findings.length) return null;
      return el("ul", { class: "findings", "aria-label": `Checks for the note to ${who(note)}` },
        ...note.findings.map((f) => el("li", { class: `finding ${f.severity}`, "data-rule": f.rule },
          `${SEVERITY[f.severity] || "Check"}: ${f.message}`)));
    }

    const fields = (note) => ({ subject: Keep.find(`note-${note.id}-subject`).value, body_text: Keep.find(`note-${note.id}-body`).value });

    async function saved(note) {
      const { subject, body_text: body } = fields(note);
      if (subject === note.subject && body === note.body_text) return note;
      const current = await session.api("PATCH", `/api/notes/${note.id}`, { subject, body_text: body });
      Keep.discard(keys(note));
      return current;
    }

    async function putIntoMessage(note) {
      const current = await saved(note);
      if (current.findings.some((f) => f.severity === "block")) return "Fix the items marked Fix first, then insert.";
      if (mail.mode() === "read") {
        return mail.openWithNote(current) === "reply" ? "Reply opened with the note." : "New message opened with the note.";
      }
      if (await mail.insertNote(current, replacing.has(note.id)) === "confirm") {
        replacing.add(note.id);
        return "This message already has text. Press “Replace message text” to put the note in its place.";
      }
      replacing.delete(note.id);
      return "Note inserted. Check it, then send it from Outlook.";
    }

    function insertLabel(note) {
      if (mail.mode() === "read") return mail.isFromRecipient(note) ? "Reply with this note" : "New message with this note";
      return replacing.has(note.id) ? "Replace message text" : "Insert into message";
    }

    function reopen(note, doing, control) {
      return { label: "Undo", hidden: ` ${doing} the note to ${who(note)}${doing === "marking" ? " sent" : ""}`,
        run: () => act(`note-${note.id}`, async () => {
          await session.api("POST", `/api/notes/${note.id}/restore`);
          return `The note to ${who(note)} is open again.`;
        }, { focus: [control] }) };
    }

    function noteActions(note) {
      const id = `note-${note.id}`;
      const blocked = note.findings.some((f) => f.severity === "block");
      const canInsert = note.channel === "email" && mail.mode() !== "none";
      const label = insertLabel(note);
      return el("div", { class: "actions" },
        canInsert ? button(`${id}-insert`, label, `${label}: the note to ${who(note)}`, () => act(id, () => putIntoMessage(note)),
          { class: "primary", "aria-disabled": blocked ? "true" : null, "aria-describedby": blocked ? `${id}-blocked` : null }) : null,
        button(`${id}-save`, "Save edits", `Save edits to the note to ${who(note)}`, () => act(id, async () => {
          await session.api("PATCH", `/api/notes/${note.id}`, fields(note));
          Keep.discard(keys(note));
          return "Edits saved and checked again.";
        })),
        button(`${id}-sent`, "Mark sent", `Mark the note to ${who(note)} sent`, () => act(id, async () => {
          await session.api("POST", `/api/notes/${note.id}/sent`);
          return "Marked as sent: no more reminders for this note.";
        }, { undo: reopen(note, "marking", `${id}-sent`) })),
        button(`${id}-dismiss`, "Dismiss", `Dismiss the note to ${who(note)}`, () => act(id, async () => {
          await session.api("POST", `/api/notes/${note.id}/dismiss`);
          return "Note dismissed.";
        }, { undo: reopen(note, "dismissing", `${id}-dismiss`) })));
    }

    function closedActions(note) {
      const fresh = Keep.resultAt(`note-${note.id}`);
      if ((note.status !== "sent" && note.status !== "dismissed") || (fresh && fresh.undo)) return null;
      return el("div", { class: "actions" }, button(`note-${note.id}-restore`, "Reopen", `Reopen the note to ${who(note)}`,
        () => act(`note-${note.id}`, async () => {
          await session.api("POST", `/api/notes/${note.id}/restore`);
          return `The note to ${who(note)} is open again.`;
        }, { focus: [`note-${note.id}-sent`] })));
    }

    function unsavedMark(note) {
      const mark = el("p", { class: "unsaved", id: `note-${note.id}-unsaved` }, "Unsaved changes ",
        button(`note-${note.id}-discard`, "Discard changes", `Discard your changes to the note to ${who(note)}`, () => {
          Keep.discard(keys(note));
          mark.hidden = true;
          Keep.say(`note-${note.id}`, "Your changes are discarded: the saved note is back.");
          Keep.focusAgain(null, [`note-${note.id}-body`]);
        }));
      mark.hidden = !Keep.hasUnsaved(keys(note));
      return mark;
    }

    function noteView(note) {
      const id = `note-${note.id}`;
      const open = OPEN.includes(note.status);
      const subject = el("input", { type: "text", id: `${id}-subject`, disabled: !open });
      const body = el("textarea", { id: `${id}-body`, class: "body", rows: "10", disabled: !open });
      const marked = () => { const mark = document.getElementById(`${id}-unsaved`); if (mark) mark.hidden = !Keep.hasUnsaved(keys(note)); };
      Keep.keep(subject, `${id}-subject`, note.subject, marked);
      Keep.keep(body, `${id}-body`, note.body_text, marked);
      const blocked = open && note.findings.some((f) => f.severity === "block");
      const channel = CHANNEL[note.channel] || note.channel;
      return el("article", { class: `note ${note.status}`, "data-note-id": String(note.id), "aria-labelledby": `${id}-title` },
        el("h4", { id: `${id}-title`, text: `To ${who(note)}` },
          el("span", { class: "badge", text: note.channel === "email" ? note.status : `${channel} · ${note.status}` })),
        el("p", { class: "meta", text: note.to.email }),
        note.channel === "handwritten" ? el("p", { class: "hint", text: "A handwritten card: copy it out and post it today." }) : null,
        open ? findingsList(note) : null,
        blocked ? el("p", { id: `${id}-blocked`, class: "hint", text: "Fix the items marked Fix before inserting this note." }) : null,
        el("label", { for: subject.id, text: "Subject" }), subject,
        el("label", { for: body.id, text: "Note" }), body,
        unsavedMark(note),
        open ? noteActions(note) : closedActions(note),
        Keep.region(id));
    }

    function timing(item) {
      if (item.status !== "upcoming") return `ended ${when(item.end)}`;
      return new Date(item.end) <= new Date() ? "ended, notes coming in a few minutes" : `notes after it ends, ${when(item.end)}`;
    }

    function interviewView(item) {
      const key = `details-${item.id}`;
      const details = el("textarea", { id: key, rows: "3" });
      Keep.keep(details, key, item.details || "");
      const headline = [item.company, item.role, item.stage].filter(Boolean).join(" · ");
      const title = item.title || headline || "Interview";
      const fromSender = item.notes.some((n) => mail.isFromRecipient(n));
      const box = el("article", { class: `interview ${item.status}${fromSender ? " sender" : ""}`,
        "data-interview-id": String(item.id), "aria-labelledby": `interview-${item.id}-title` },
        el("h3", { id: `interview-${item.id}-title`, text: title },
          item.late ? el("span", { class: "badge late", text: "over a day ago: send it anyway" }) : null),
        el("p", { class: "meta", text: `${headline}${headline ? " — " : ""}${timing(item)}` }),
        fromSender ? el("p", { class: "hint", text: "The open message is from someone you met here." }) : null);
      if (item.status === "upcoming") return box;
      box.append(
        el("label", { for: details.id, text: "What do you remember? (one line per person as “Name: detail”)" }), details,
        button(`regenerate-${item.id}`, "Add details and rewrite", `Add details and rewrite the notes of ${title}`,
          () => act(key, async () => {
            await session.api("POST", `/api/interviews/${item.id}/details`, { text: details.value });
            Keep.discard([key]);
            return "Notes rewritten with your details.";
          })),
        Keep.region(key));
      for (const note of item.notes) box.append(noteView(note));
      return box;
    }

    return { interviewView, noteView };
  }

  window.Afterview.notes = { views, OPEN };
})();
