// "Missed one?" and "Add an interview" (the _missed.html partial), for the local page and the Outlook
// task pane alike. Each page mounts it with its own way to call the JSON API. Event and user text
// reaches the page through textContent and form values only, so it can never become markup; what
// the user typed stays in the form until the interview is added.
"use strict";
window.AfterviewMissed = (function () {
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  function when(iso) {
    return new Date(iso).toLocaleString(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  }

  const pad = (n) => String(n).padStart(2, "0");

  // A date and a time of day typed on this computer, as ISO 8601 with this computer's offset then.
  function withOffset(date, time) {
    if (!date || !time) return undefined;
    const local = new Date(`${date}T${time}:00`);
    if (Number.isNaN(local.getTime())) return `${date}T${time}`;
    const minutes = -local.getTimezoneOffset();
    const sign = minutes >= 0 ? "+" : "-";
    return `${date}T${time}:00${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
  }

  function today() {
    const now = new Date();
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  function mount({ api, only, onChange }) {
    const changed = () => { if (onChange) onChange(); };
    let people = 0;

    function addPerson() {
      people += 1;
      const id = `add-person-${people}`;
      const box = el("div", { class: "person", "data-person": String(people) },
        el("label", { for: `${id}-name`, text: people === 1 ? "Name" : `Name (person ${people})` }),
        el("input", { id: `${id}-name`, type: "text", autocomplete: "off", maxlength: "200" }),
        el("label", { for: `${id}-email`, text: people === 1 ? "Email" : `Email (person ${people})` }),
        el("input", { id: `${id}-email`, type: "email", autocomplete: "off", maxlength: "320" }));
      $("add-people").append(box);
      return box;
    }

    function missedItem(item) {
      const id = `missed-${item.id}`;
      const met = item.interviewers.map((p) => p.name || p.email).join(", ");
      const about = [when(item.start), met, item.company].filter(Boolean).join(" · ");
      return el("li", { class: `missed-item ${item.status}`, "data-interview-id": String(item.id) },
        el("h3", { id: `${id}-title`, text: item.title || item.company || "Event" }),
        el("p", { class: "meta", text: about }),
        el("button", { type: "button", id: `${id}-yes`, "aria-labelledby": `${id}-yes ${id}-title`,
          onclick: () => markInterview(item) }, "This was an interview"));
    }

    async function load() {
      const { interviews } = await api("GET", "/api/interviews?include=all");
      const missed = interviews.filter((i) => !i.interview && (!only || only.includes(i.status)));
      const list = $("missed-list");
      list.replaceChildren(...missed.map(missedItem));
      if (!missed.length) list.append(el("li", { class: "hint", text: "Nothing missed in the last 30 days." }));
    }

    async function markInterview(item) {
      const status = $("missed-status");
      const title = item.title || item.company || "The event";
      try {
        const made = await api("POST", `/api/interviews/${item.id}/correction`, { interview: true });
        const next = made.status === "proposed" ? "its notes are ready above" : "its notes come after it ends";
        status.textContent = `“${title}” is now an interview: ${next}.`;
        const row = document.querySelector(`#missed-list [data-interview-id="${item.id}"]`);
        const after = row && row.nextElementSibling && row.nextElementSibling.querySelector("button");
        await load();
        const target = after && $(after.id);
        (target || $("missed-title")).focus();
        changed();
      } catch (error) {
        status.textContent = error.message;
      }
    }

    function peopleTyped() {
      return [...document.querySelectorAll("#add-people .person")].map((box) => {
        const [name, email] = box.querySelectorAll("input");
        return { name: name.value.trim(), email: email.value.trim() };
      });
    }

    // The field a refusal is about ("people[2]: ...", "end: ..."), to mark and to focus.
    function fieldOf(message) {
      const person = /^people\[(\d+)\]/.exec(message);
      if (person) return $(`add-person-${person[1]}-email`);
      const name = (/^(\w+):/.exec(message) || [])[1];
      return { title: $("add-title"), company: $("add-company"), role: $("add-role"), start: $("add-start"),
        end: $("add-end"), people: $("add-person-1-email"), mode: null }[name] || null;
    }

    function clearInvalid() {
      for (const field of document.querySelectorAll("#add-form [aria-invalid]")) {
        field.removeAttribute("aria-invalid");
        field.removeAttribute("aria-describedby");
      }
      $("add-error").textContent = "";
    }

    async function addInterview(event) {
      event.preventDefault();
      clearInvalid();
      $("add-status").textContent = "";
      const form = event.target;
      const value = (name) => form.elements.namedItem(name).value.trim();
      const body = {
        title: value("title") || undefined, company: value("company") || undefined, role: value("role") || undefined,
        start: withOffset(value("date"), value("start")), end: withOffset(value("date"), value("end")),
        people: peopleTyped().filter((p) => p.name || p.email),
      };
      try {
        const added = await api("POST", "/api/interviews", body);
        const next = added.status === "proposed" ? "its notes are ready above" : "its notes come after it ends";
        $("add-status").textContent = `Added “${added.title}”: ${next}.`;
        form.reset();
        $("add-people").querySelectorAll(".person").forEach((box, index) => { if (index) box.remove(); });
        people = 1;
        $("add-date").value = today();
        changed();
      } catch (error) {
        $("add-error").textContent = error.message;
        const field = fieldOf(error.message);
        if (field) {
          field.setAttribute("aria-invalid", "true");
          field.setAttribute("aria-describedby", "add-error");
          field.focus();
        }
      }
    }

    addPerson();
    $("add-date").value = today();
    $("add-person").addEventListener("click", () => addPerson().querySelector("input").focus());
    $("add-form").addEventListener("submit", addInterview);
    return { load };
  }

  return { mount, withOffset };
})();
