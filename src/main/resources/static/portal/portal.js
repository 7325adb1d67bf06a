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
  document.querySelectorAll("form[method='post']").forEach(sendOnce);
  focusFirstError();
});
