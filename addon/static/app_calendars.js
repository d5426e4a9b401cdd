// Afterview's local page: the connected calendars (sync now, disconnect, and a calendar that
// suddenly showed none of its interviews), and connecting one.
"use strict";

const ACCOUNT_WORDS = { active: "connected", reauth_required: "needs you to reconnect", disabled: "disconnected" };

function heldRemovals(account) {
  if (!account.warning || !account.pending_removals) return null;
  const count = account.pending_removals;
  return el("div", { class: "warning", role: "group", "aria-labelledby": `warning-${account.id}` },
    el("p", { id: `warning-${account.id}`, text: `${account.warning} Interviews that come back on the calendar stay.` }),
    control(`confirm-removal-${account.id}`, `Remove the ${count}`, ` interviews ${account.name} stopped showing`,
      () => act(`account-${account.id}`, async () => {
        await api("POST", `/api/accounts/${account.id}/confirm-removal`);
        return `Removed. Notes you edited are kept, set aside with your words.`;
      }, { focus: [`sync-${account.id}`] })));
}

function disconnectControls(account) {
  const key = `disconnect-${account.id}`;
  if (!state.asking.has(key)) {
    return control(key, "Disconnect", ` ${account.name}`, () => {
      state.asking.add(key);
      draw();
      Keep.focusAgain(null, [`confirm-${key}`]);
    });
  }
  return el("div", { class: "ask", role: "group", "aria-labelledby": `ask-${key}` },
    el("p", { id: `ask-${key}`, text: `Disconnect ${account.name}? Its interviews and their notes are deleted from Afterview.` }),
    control(`confirm-${key}`, "Yes, disconnect", ` ${account.name}`, () => {
      state.asking.delete(key);
      act("calendars", async () => {
        await api("DELETE", `/api/accounts/${account.id}`);
        return `Disconnected ${account.name}.`;
      }, { focus: ["source"] });
    }),
    control(`cancel-${key}`, "Cancel", `: keep ${account.name}`, () => {
      state.asking.delete(key);
      draw();
      Keep.focusAgain(null, [key]);
    }));
}

function accountView(account) {
  const words = ACCOUNT_WORDS[account.status] || account.status;
  const synced = account.last_synced_at ? `, last read ${when(account.last_synced_at)}` : "";
  return el("li", { class: "account", "data-account-id": String(account.id) },
    el("p", {}, el("strong", { text: account.name }), ` (${account.provider}): ${words}${synced}.`),
    account.last_error ? el("p", { class: "error", text: account.last_error }) : null,
    heldRemovals(account),
    el("div", { class: "actions" },
      account.status === "active" ? control(`sync-${account.id}`, "Sync now", ` ${account.name}`,
        () => act(`account-${account.id}`, async () => {
          const answer = await api("POST", `/api/accounts/${account.id}/sync`);
          const found = answer.found_sent ? ` ${answer.found_sent} note${answer.found_sent === 1 ? "" : "s"} found sent.` : "";
          return `Reading ${account.name} now.${found}`;
        })) : null,
      disconnectControls(account)),
    Keep.region(`account-${account.id}`));
}

function drawCalendars(data) {
  const list = document.getElementById("calendars");
  list.replaceChildren(...data.accounts.map(accountView));
  if (!data.accounts.length) list.append(el("li", { class: "hint", text: "No calendar connected yet." }));
}

function connectCalendar() {
  const field = document.getElementById("source");
  act("connect", async () => {
    const answer = await api("POST", "/api/connect/ics", { source: field.value });
    field.value = "";
    const skipped = answer.warnings.length ? ` ${answer.warnings.length} event(s) could not be read: ${answer.warnings.join("; ")}` : "";
    return `Connected ${answer.account.name}.${skipped}`;
  }, { focus: ["source"] });
}
