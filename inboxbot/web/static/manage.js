// inboxbot: the template editor's live preview. Without it the Preview button does the same.
"use strict";

(function () {
  const form = document.querySelector("form[data-preview]");
  if (!form) return;
  const url = form.dataset.preview;
  const token = form.querySelector("input[name=csrf_token]").value;
  const body = form.querySelector("textarea[name=body]");
  const mail = form.querySelector("select[name=draft]");
  const text = document.getElementById("preview-text");
  const problem = document.getElementById("preview-error");
  const source = document.getElementById("preview-source");
  const WAIT_MS = 300; // after the last key press
  let timer = null;
  let latest = 0;

  function show(error) {
    problem.textContent = error || "";
    problem.hidden = !error;
    text.classList.toggle("stale", Boolean(error));
  }

  async function refresh() {
    const mine = ++latest;
    const data = new URLSearchParams({ body: body.value, draft: mail.value });
    let reply;
    try {
      const response = await fetch(url, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-CSRF-Token": token, Accept: "application/json" },
      });
      if (!response.ok) throw new Error("the server answered " + response.status);
      reply = await response.json();
    } catch (err) {
      if (mine === latest) show("The preview could not be updated: " + err.message);
      return;
    }
    if (mine !== latest) return; // a newer preview is on its way
    if (reply.source) source.textContent = reply.source;
    if (reply.ok) {
      text.textContent = reply.text;
      show(null);
    } else {
      show(reply.error);
    }
  }

  body.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, WAIT_MS);
  });
  mail.addEventListener("change", function () {
    clearTimeout(timer);
    refresh();
  });
})();
