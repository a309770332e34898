// The rule-set editor's live check: a moment after each change, the form is sent as a check
// (never a save) and the check panel is replaced with the server's answer. Without this script
// the Check button does the same.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form[data-live-check]");
  if (!form) return;
  let timer = null;
  let sent = 0;
  const check = async () => {
    const mine = ++sent;
    const body = new URLSearchParams(new FormData(form));
    body.set("action", "check");
    try {
      // The form has a field named "action", which hides form.action: read the attribute.
      const reply = await fetch(form.getAttribute("action"), { method: "POST", body, credentials: "same-origin" });
      const page = new DOMParser().parseFromString(await reply.text(), "text/html");
      const fresh = page.getElementById("rule-check");
      const shown = document.getElementById("rule-check");
      if (mine === sent && fresh && shown) shown.replaceWith(fresh);
    } catch (_) {
      // Offline or refused: the Check button still works.
    }
  };
  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(check, 600);
  });
});
