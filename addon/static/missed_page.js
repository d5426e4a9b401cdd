// Mounts "Missed one?" and "Add an interview" (missed.js) on the local page, with the page's own API
// calls (app.js's api): the list is read once the page is signed in, and a change asks the page
// to show its lists again ("afterview:changed").
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const app = document.getElementById("app");
  const missed = window.AfterviewMissed.mount({
    api: (method, path, body) => api(method, path, body),
    only: ["other"],  // the page lists the events detection was unsure of under "Maybe interviews"
    onChange: () => document.dispatchEvent(new CustomEvent("afterview:changed")),
  });
  const show = () => { if (!app.hidden) missed.load().catch(() => {}); };
  new MutationObserver(show).observe(app, { attributes: true, attributeFilter: ["hidden"] });
  show();
});
