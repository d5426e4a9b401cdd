// How the pane proves who it is to Afterview's API: a bearer token on every call, never a cookie
// (the pane is a third-party frame inside Outlook).
//
// 1. Nested app authentication: MSAL's nestable client asks Outlook for an Entra access token for
//    Afterview's API (scope access_as_user). MSAL keeps and renews it; each call asks it afresh.
// 2. Otherwise (e.g. Outlook.com mailboxes): the Microsoft connect flow runs in an Office dialog
//    and ends by handing the pane Afterview's own one-hour token through messageParent.
//    That token lives in memory and in sessionStorage, so that closing and reopening the pane in
//    the same Outlook window does not mean signing in again; the storage is partitioned to Outlook's
//    site, cleared with the window, and only this pane's own scripts (CSP: 'self' and Office.js)
//    can read it, which is no more than they could do with an in-memory token.
"use strict";
window.Afterview = window.Afterview || {};
(function () {
  const STORE = "afterview.paneToken";
  const settings = document.body.dataset;
  const state = { token: null, source: null, msal: null };

  class Unauthorized extends Error {
    constructor() { super("Afterview needs you to sign in again."); }
  }

  function stored() {
    try { return sessionStorage.getItem(STORE); } catch (error) { return null; }
  }

  function remember(token) {
    state.token = token;
    state.source = "afterview";
    try { sessionStorage.setItem(STORE, token); } catch (error) { /* storage blocked: memory only */ }
  }

  function forget() {
    state.token = null;
    state.source = null;
    try { sessionStorage.removeItem(STORE); } catch (error) { /* nothing stored */ }
  }

  function naaAvailable() {
    const requirements = window.Office && Office.context && Office.context.requirements;
    return Boolean(settings.msClientId && settings.msScope && requirements &&
      requirements.isSetSupported("NestedAppAuth", "1.1"));
  }

  function loadMsal() {
    if (window.msal) return Promise.resolve(window.msal);
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = settings.msalSrc;
      script.onload = () => resolve(window.msal);
      script.onerror = () => reject(new Error("The Microsoft sign-in library did not load."));
      document.head.append(script);
    });
  }

  async function entraToken(interactive) {
    if (!state.msal) {
      const msal = await loadMsal();
      state.msal = await msal.createNestablePublicClientApplication({
        auth: { clientId: settings.msClientId, authority: "https://login.microsoftonline.com/common" },
      });
    }
    const request = { scopes: [settings.msScope] };
    try {
      return (await state.msal.acquireTokenSilent(request)).accessToken;
    } catch (error) {
      if (!interactive) throw error;
      return (await state.msal.acquireTokenPopup(request)).accessToken;
    }
  }

  async function bearer() {
    if (state.source === "entra") {
      try { return await entraToken(false); } catch (error) { throw new Unauthorized(); }
    }
    return state.token;
  }

  async function api(method, path, payload) {
    const token = await bearer();
    if (!token) throw new Unauthorized();
    const response = await fetch(path, {
      method, credentials: "omit", cache: "no-store",
      headers: { "Authorization": `Bearer ${token}`, "Content-Type": "application/json" },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    const data = await response.json().catch(() => ({}));
    if (response.status === 401) { forget(); throw new Unauthorized(); }
    if (!response.ok) throw new Error(data.error || `Afterview answered ${response.status}.`);
    return data;
  }

  function tokenFrom(arg) {
    if (arg.origin && arg.origin !== window.location.origin) return null;
    try {
      const data = JSON.parse(arg.message);
      const token = data && data.afterviewToken;
      return typeof token === "string" && token.startsWith("av1.") ? token : null;
    } catch (error) {
      return null;
    }
  }

  function openDialog(url) {
    return new Promise((resolve, reject) => {
      Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          reject(new Error(`The sign-in window did not open (${result.error.message}).`));
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          const token = tokenFrom(arg);
          if (token) resolve(token); else reject(new Error("The sign-in window did not send a usable answer."));
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          reject(new Error(arg.error === 12006 ? "The sign-in window was closed before it finished."
            : `The sign-in window stopped (${arg.error}).`));
        });
      });
    });
  }

  // Signed in already: a one-time connect link binds the new account to this user. Not signed in:
  // the flow itself signs the user in. Either way it ends by handing over a pane token.
  async function connectWithDialog() {
    let url = `${window.location.origin}/oauth/microsoft/start?dialog=1`;
    if (state.source) url = `${(await api("POST", "/api/connect/microsoft", {})).url}&dialog=1`;
    const token = await openDialog(url);
    if (state.source !== "entra") remember(token);
  }

  async function start() {
    if (naaAvailable()) {
      try { await entraToken(false); state.source = "entra"; return true; } catch (error) { /* needs the user */ }
    }
    const saved = stored();
    if (saved) { state.token = saved; state.source = "afterview"; return true; }
    return false;
  }

  async function signIn() {
    await entraToken(true);
    state.source = "entra";
  }

  // Afterview's own token can be ended: the server refuses it (and every other one of this user's)
  // from now on, whoever holds a copy. An Entra token belongs to Outlook's sign-in, not to Afterview.
  function canSignOut() { return state.source === "afterview"; }

  async function signOut() {
    try { await api("POST", "/api/sign-out"); } finally { forget(); }
  }

  window.Afterview.session = { api, start, signIn, signOut, canSignOut, connectWithDialog, naaAvailable, Unauthorized };
})();
