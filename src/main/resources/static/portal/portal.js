// Progressive help on the portal's forms; every page works without it.
"use strict";

// A field that applies only on a choice (requiredWhen="decision=REFUSE") shows only then.
function showFieldsWhenRequired(form) {
  const dependents = form.querySelectorAll("[data-required-when]");
  const update = () => dependents.forEach((field) => {
    const [key, value] = field.dataset.requiredWhen.split("=");
    const chosen = form.querySelector(`[name="${CSS.escape(key)}"]:checked`)
      || form.querySelector(`select[name="${CSS.escape(key)}"]`);
    const applies = chosen !== null && chosen.value === value;
    field.hidden = !applies && !field.classList.contains("invalid");
  });
  form.addEventListener("change", update);
  update();
}

// A dynamic list's entries: "add" appends a blank copy of the last entry, numbered after
// the others; "remove" takes an entry out (the last one is emptied instead). Without the
// script the page offers one blank entry more than those filled.
function editEntries(list) {
  const entries = list.querySelector("ol.entries");
  const prefix = `f-${list.dataset.list}-`;
  let next = entries.children.length;
  const empty = (entry) => {
    entry.querySelectorAll("input, textarea, select").forEach((input) => {
      if (input.type === "checkbox" || input.type === "radio") {
        input.checked = false;
      } else {
        input.value = "";
      }
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    });
    entry.querySelectorAll(".error").forEach((error) => error.remove());
    entry.querySelectorAll(".invalid").forEach((field) => field.classList.remove("invalid"));
  };
  const renumber = (entry, index) => {
    entry.querySelectorAll("[name]").forEach((input) => {
      input.name = input.name.replace(/\[\d+\]/, `[${index}]`);
    });
    const id = (value) => value.startsWith(prefix) ? value.replace(/^(f-.+?-)\d+/, `$1${index}`) : value;
    entry.querySelectorAll("[id]").forEach((element) => { element.id = id(element.id); });
    entry.querySelectorAll("label[for]").forEach((label) => { label.htmlFor = id(label.htmlFor); });
    entry.setAttribute("aria-label", entry.getAttribute("aria-label").replace(/\d+/, entries.children.length));
  };
  const removable = (entry) => {
    const remove = entry.querySelector("button.remove-entry");
    remove.hidden = false;
    remove.addEventListener("click", () => {
      if (entries.children.length > 1) {
        entry.remove();
      } else {
        empty(entry);
      }
      add.focus();
    });
  };
  const add = list.querySelector("button.add-entry");
  add.hidden = false;
  add.addEventListener("click", () => {
    const entry = entries.lastElementChild.cloneNode(true);
    empty(entry);
    entries.append(entry);
    renumber(entry, next++);
    removable(entry);
    entry.querySelector("input, textarea, select").focus();
  });
  Array.from(entries.children).forEach(removable);
}

// After a refused submission, the first field to correct has the focus.
function focusFirstError() {
  const invalid = document.querySelector(".invalid input, .invalid textarea, .invalid select");
  if (invalid) {
    invalid.focus();
  }
}

// A form is sent once: a second click while the first is on its way does nothing.
function sendOnce(form) {
  form.addEventListener("submit", (event) => {
    if (form.dataset.sent) {
      event.preventDefault();
    }
    form.dataset.sent = "true";
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("form.task-form").forEach(showFieldsWhenRequired);
  document.querySelectorAll("fieldset.dynamic-list").forEach(editEntries);
  document.querySelectorAll("form[method='post']").forEach(sendOnce);
  document.querySelectorAll("button[data-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  });
  focusFirstError();
});
