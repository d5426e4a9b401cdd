// Mounts "Missed one?" and "Add an interview" (/static/missed.js) in the task pane, with the pane's
// own API calls (session.js: a bearer token, never a cookie). The list is read once the pane shows
// the user's notes, and a change asks the pane to show them again ("afterview:changed").
"use strict";
(function () {
  function start() {
    const notes = document.getElementById("notes");
    const missed = window.AfterviewMissed.mount({
      api: (method, path, body) => window.Afterview.session.api(method, path, body),
      onChange: () => document.dispatchEvent(new CustomEvent("afterview:changed")),
    });
    const show = () => { if (!notes.hidden) missed.load().catch(() => {}); };
    new MutationObserver(show).observe(notes, { attributes: true, attributeFilter: ["hidden"] });
    show();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
