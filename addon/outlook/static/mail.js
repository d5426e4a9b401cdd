// What the pane does with the Outlook item through Office.js: put a note into the message being
// written, or open a reply or a new message carrying the note from the message being read.
"use strict";
window.Afterview = window.Afterview || {};
(function () {
  function item() {
    return window.Office && Office.context && Office.context.mailbox ? Office.context.mailbox.item : null;
  }

  // In compose mode the subject is an object with getAsync/setAsync; in read mode it is a string.
  function mode() {
    const current = item();
    if (!current) return "none";
    return current.subject && typeof current.subject.setAsync === "function" ? "compose" : "read";
  }

  function call(target, method, ...args) {
    return new Promise((resolve, reject) => {
      target[method](...args, (result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(new Error(`Outlook could not do that: ${result.error ? result.error.message : "unknown error"}.`));
      });
    });
  }

  // Parsed into an inert document: nothing in the message body runs or loads.
  function hasText(content, isHtml) {
    const text = isHtml ? new DOMParser().parseFromString(content || "", "text/html").body.textContent : content;
    return Boolean(text && text.trim());
  }

  function recipient(note) {
    return { displayName: note.to.name || note.to.email, emailAddress: note.to.email };
  }

  // Compose mode. Returns "confirm" (and changes nothing) when the body already has text and the
  // user has not agreed to replace it; "inserted" once the note is in.
  async function insertNote(note, replaceAgreed) {
    const current = item();
    const isHtml = (await call(current.body, "getTypeAsync")) === Office.CoercionType.Html;
    const coercionType = isHtml ? Office.CoercionType.Html : Office.CoercionType.Text;
    if (!replaceAgreed && hasText(await call(current.body, "getAsync", coercionType), isHtml)) return "confirm";
    await call(current.body, "setAsync", isHtml ? note.body_html : note.body_text, { coercionType });
    if (!(await call(current.subject, "getAsync")).trim()) await call(current.subject, "setAsync", note.subject);
    if (!(await call(current.to, "getAsync")).length) await call(current.to, "setAsync", [recipient(note)]);
    return "inserted";
  }

  function sender() {
    const current = item();
    const from = current && mode() === "read" ? current.from : null;
    return from && from.emailAddress ? { name: from.displayName || "", email: from.emailAddress.toLowerCase() } : null;
  }

  function isFromRecipient(note) {
    const from = sender();
    return Boolean(from && from.email === note.to.email.toLowerCase());
  }

  // Read mode: a reply when the open message comes from the note's recipient, else a new message.
  function openWithNote(note) {
    if (isFromRecipient(note)) {
      item().displayReplyForm({ htmlBody: note.body_html });
      return "reply";
    }
    Office.context.mailbox.displayNewMessageForm({
      toRecipients: [recipient(note)], subject: note.subject, htmlBody: note.body_html,
    });
    return "new";
  }

  window.Afterview.mail = { mode, sender, isFromRecipient, insertNote, openWithNote };
})();
