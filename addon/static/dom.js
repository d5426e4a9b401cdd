// Building page elements for Afterview's pages: text goes in with textContent only, so event and
// user text can never become markup.
"use strict";

// el("button", { type: "button", onclick: fn, "aria-label": null }, "Text", child): attributes whose
// value is null, undefined or false are left out, true sets an empty attribute.
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

