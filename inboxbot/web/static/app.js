// inboxbot: keyboard work on the queue and a draft's page. The pages work without it:
// every key does what a link or a form on the page already does.
"use strict";

(function () {
  // Keys never fire while someone is typing, or with a modifier held (browser shortcuts).
  function typing(event) {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return true;
    if (!(target instanceof Element)) return false;
    return target.closest("input, textarea, select, [contenteditable]") !== null;
  }

  function queue(root) {
    const rows = Array.from(root.querySelectorAll("tr[data-row]"));
    if (rows.length === 0) return;
    const wanted = Number(new URLSearchParams(location.search).get("at") || 0);
    let current = -1;

    function select(index, focus) {
      if (index < 0 || index >= rows.length) return;
      if (current >= 0) rows[current].classList.remove("selected");
      current = index;
      const row = rows[current];
      row.classList.add("selected");
      if (focus) {
        row.querySelector("a[data-open]").focus({ preventScroll: true });
        row.scrollIntoView({ block: "nearest" });
      }
    }

    // A click or a tab into a row moves the selection there too.
    rows.forEach(function (row, index) {
      row.addEventListener("focusin", function () { select(index, false); });
    });
    select(Math.min(Math.max(wanted, 0), rows.length - 1), false);

    document.addEventListener("keydown", function (event) {
      if (typing(event)) return;
      const row = rows[current];
      const href = row.dataset.href;
      switch (event.key) {
        case "j":
          select(current + 1, true);
          break;
        case "k":
          select(current - 1, true);
          break;
        case "Enter":
          if (event.target instanceof HTMLButtonElement) return; // let the button act
          location.href = href;
          break;
        case "a": {
          const form = row.querySelector("form[data-approve]");
          if (!form) return;
          form.querySelector("button").disabled = true; // one press, one request
          form.submit();
          break;
        }
        case "e":
          location.href = href + "#edit";
          break;
        case "r":
          location.href = href + "#reject";
          break;
        default:
          return;
      }
      event.preventDefault();
    });
  }

  function draft(root) {
    const body = root.querySelector("#body");
    const reason = root.querySelector("#reason");
    const approve = root.querySelector("#approve-form");

    function focusEnd(field) {
      field.focus();
      if (typeof field.setSelectionRange === "function") {
        field.setSelectionRange(0, 0);
      }
      field.scrollIntoView({ block: "center" });
    }

    if (location.hash === "#edit" && body && !body.readOnly) focusEnd(body);
    if (location.hash === "#reject" && reason) focusEnd(reason);

    // Esc leaves a field, so the keys work again.
    root.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && event.target instanceof HTMLElement) event.target.blur();
    });
    // A double click on Approve sends one request; the store refuses a second anyway.
    root.querySelectorAll("form").forEach(function (form) {
      form.addEventListener("submit", function () {
        setTimeout(function () {
          form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
        }, 0);
      });
    });

    document.addEventListener("keydown", function (event) {
      if (typing(event)) return;
      switch (event.key) {
        case "a":
          if (!approve || !body || body.readOnly) return;
          approve.requestSubmit();
          break;
        case "e":
          if (!body || body.readOnly) return;
          focusEnd(body);
          break;
        case "r":
          if (!reason) return;
          focusEnd(reason);
          break;
        case "u":
          location.href = "/";
          break;
        default:
          return;
      }
      event.preventDefault();
    });
  }

  const queueRoot = document.querySelector("[data-queue]");
  if (queueRoot) queue(queueRoot);
  const draftRoot = document.querySelector("[data-draft]");
  if (draftRoot) draft(draftRoot);
})();
