/**
 * Small form pieces shared by the curation panels: labelled fields, selects over our own tables and an
 * inline action form (title, fields, submit and cancel, a busy state and the error of the last try).
 * Built with ui/dom.ts, so API text is only ever text.
 */
import { button, h, type Child } from "../ui/dom.js";

export function field(label: string, control: HTMLElement, hint?: string): HTMLLabelElement {
  return h("label", { class: "cur-field" }, h("span", { class: "cur-field-label" }, label), control, hint ? h("span", { class: "hint" }, hint) : null);
}

export function selectOf<T extends string>(label: string, options: readonly (readonly [T, string])[], value: T, onChange?: (value: T) => void): HTMLSelectElement {
  const element = h("select", { "aria-label": label }, options.map(([v, text]) => h("option", { value: v }, text)));
  element.value = value;
  if (onChange) element.addEventListener("change", () => onChange(element.value as T));
  return element;
}

export function textInput(label: string, value = "", attrs: Record<string, string> = {}): HTMLInputElement {
  const input = h("input", { type: "text", "aria-label": label, autocomplete: "off", spellcheck: "false", ...attrs });
  input.value = value;
  return input;
}

export function textArea(label: string, value = "", attrs: Record<string, string> = {}): HTMLTextAreaElement {
  const area = h("textarea", { "aria-label": label, rows: 2, ...attrs });
  area.value = value;
  return area;
}

export interface ActionFormOptions {
  title: string;
  /** One line under the title saying what will happen. */
  intro?: Child;
  fields: readonly Child[];
  submit: string;
  danger?: boolean;
  /** Runs the action: resolves to a message to show (it failed) or null (done, the caller moves on). */
  run(): Promise<string | null>;
  cancel(): void;
}

export function actionForm(options: ActionFormOptions): HTMLFormElement {
  const error = h("p", { class: "error-text cur-form-error", role: "alert" });
  error.hidden = true;
  const submit = h("button", { type: "submit", class: `btn ${options.danger ? "btn-danger" : "btn-primary"}` }, options.submit);
  const cancel = button("Cancel", () => options.cancel(), { class: "btn" });
  const form = h(
    "form",
    { class: "cur-form", "aria-label": options.title },
    h("h4", null, options.title),
    options.intro ? h("p", { class: "hint" }, options.intro) : null,
    ...options.fields,
    error,
    h("div", { class: "cur-form-buttons" }, submit, cancel),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    submit.disabled = true;
    form.setAttribute("aria-busy", "true");
    error.hidden = true;
    void options.run().then((message) => {
      submit.disabled = false;
      form.removeAttribute("aria-busy");
      if (message) {
        error.textContent = message;
        error.hidden = false;
      }
    });
  });
  form.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      options.cancel();
    }
  });
  return form;
}
