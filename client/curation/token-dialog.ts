/**
 * Asks for the server's write token after it answered 401: a small modal with a password field.
 * The token goes to sessionStorage (settings.ts) and is forgotten when the tab closes.
 */
import { button, h } from "../ui/dom.js";

export function createTokenPrompt(): (reason: string) => Promise<string | null> {
  return (reason) =>
    new Promise((resolve) => {
      const input = h("input", { type: "password", "aria-label": "Write token", autocomplete: "off", spellcheck: "false" });
      const form = h(
        "form",
        { method: "dialog", class: "cur-token" },
        h("h2", null, "Write token"),
        h("p", null, reason),
        h("p", { class: "hint" }, "Ask whoever runs the server for NEWSGRAPH_TOKEN. It is kept for this tab only."),
        input,
        h("div", { class: "cur-form-buttons" }, h("button", { type: "submit", class: "btn btn-primary" }, "Use token"), button("Cancel", () => finish(null), { class: "btn" })),
      );
      const dialog = h("dialog", { class: "cur-dialog cur-token-dialog", "aria-label": "Write token" }, form);
      let done = false;
      const finish = (value: string | null) => {
        if (done) return;
        done = true;
        dialog.close();
        dialog.remove();
        resolve(value?.trim() ? value.trim() : null);
      };
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        finish(input.value);
      });
      dialog.addEventListener("cancel", () => finish(null));
      document.body.append(dialog);
      dialog.showModal();
      input.focus();
    });
}
