/**
 * The query editor: CodeMirror 6 with our Cypher highlighting, autocompletion of labels, relationship
 * types and property keys from the live schema (plus keywords, functions, variables and `$params`),
 * Ctrl/Cmd+Enter to run, and a marker at a syntax error's position (cleared by the next edit).
 * Tab is left to the page (focus moves on), so the editor never traps keyboard users.
 */
import {
  autocompletion,
  closeBrackets,
  closeCompletion,
  closeBracketsKeymap,
  completionKeymap,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { EditorState, Prec, StateEffect, StateField, type Range } from "@codemirror/state";
import { Decoration, EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers, placeholder, type DecorationSet } from "@codemirror/view";

import { ENTITY_TYPE_NAMES, RELATION_TYPE_NAMES } from "../../graph-schema/index.js";
import {
  CYPHER_FUNCTIONS,
  CYPHER_KEYWORDS,
  CYPHER_PROCEDURES,
  boundVariables,
  completionSite,
  quoteName,
  type GraphSchema,
} from "./completion.js";
import { cypherLanguage } from "./cypher-language.js";
import { errorRange } from "./error-range.js";

export interface QueryEditorOptions {
  initial: string;
  onRun(): void;
  onChange(): void;
  schema(): GraphSchema;
  /** Parameter names from the params editor. */
  params(): string[];
}

export interface QueryEditor {
  readonly view: EditorView;
  text(): string;
  setText(text: string): void;
  focus(): void;
  /** Underlines the token at `offset` (0-based, into the text) and highlights its line. */
  markError(offset: number, message: string): void;
  clearError(): void;
  destroy(): void;
}

const setError = StateEffect.define<{ from: number; to: number; message: string } | null>();

const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = tr.docChanged ? Decoration.none : marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setError)) continue;
      if (!effect.value) {
        next = Decoration.none;
        continue;
      }
      const { from, to, message } = effect.value;
      const line = tr.state.doc.lineAt(from);
      const ranges: Range<Decoration>[] = [
        Decoration.line({ class: "cy-error-line" }).range(line.from),
        Decoration.mark({ class: "cy-error-mark", attributes: { title: message } }).range(from, to),
      ];
      next = Decoration.set(ranges, true);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

function completionSource(options: QueryEditorOptions) {
  const entityTypes = new Set<string>(ENTITY_TYPE_NAMES);
  const relationTypes = new Set<string>(RELATION_TYPE_NAMES);
  return (context: CompletionContext): CompletionResult | null => {
    const before = context.state.sliceDoc(0, context.pos);
    const site = completionSite(before);
    if (!site) return null;
    if (site.kind === "keyword" && site.prefix === "" && !context.explicit) return null;
    const schema = options.schema();
    let list: Completion[];
    switch (site.kind) {
      case "label":
        list = schema.labels.map((label) => ({ label: quoteName(label), type: "class", detail: "label", boost: entityTypes.has(label) || label === "Entity" ? 2 : 0 }));
        break;
      case "relationshipType":
        list = schema.relationshipTypes.map((type) => ({ label: quoteName(type), type: "type", detail: "relationship", boost: relationTypes.has(type) ? 2 : 0 }));
        break;
      case "property":
        list = schema.propertyKeys.map((key) => ({ label: quoteName(key), type: "property", detail: "property" }));
        break;
      case "parameter":
        list = options.params().map((name) => ({ label: name, type: "variable", detail: "parameter" }));
        break;
      case "keyword": {
        const afterCall = /\bCALL\s+[\w.]*$/i.test(before);
        list = afterCall
          ? CYPHER_PROCEDURES.map((name) => ({ label: name, type: "function", detail: "procedure" }))
          : [
              ...CYPHER_KEYWORDS.map((word) => ({ label: word, type: "keyword" })),
              ...CYPHER_FUNCTIONS.map((name) => ({ label: name, apply: `${name}(`, type: "function", detail: "function" })),
              ...boundVariables(context.state.doc.toString())
                .filter((name) => name !== site.prefix)
                .map((name) => ({ label: name, type: "variable", boost: 3 })),
            ];
        break;
      }
      default: {
        const never: never = site.kind;
        return never;
      }
    }
    return { from: site.from, options: list, validFor: /^[A-Za-z0-9_]*$/ };
  };
}

const theme = EditorView.theme({
  "&": { height: "100%", fontSize: "12.5px", backgroundColor: "#fff" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace", lineHeight: "1.5" },
  ".cm-content": { padding: "6px 0" },
  ".cm-gutters": { backgroundColor: "#f8f9fb", color: "#8a94a3", borderRight: "1px solid #e0e3e8" },
  ".cm-activeLine": { backgroundColor: "#f4f7fd" },
  ".cm-activeLineGutter": { backgroundColor: "#eaf0fb" },
  ".cy-error-line": { backgroundColor: "#fdecec" },
  ".cy-error-mark": { textDecoration: "underline wavy #b42318", textUnderlineOffset: "3px", backgroundColor: "#f9d6d3" },
  ".cm-placeholder": { color: "#8a94a3" },
  ".cm-tooltip.cm-tooltip-autocomplete > ul": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", maxHeight: "14em" },
});

export function createQueryEditor(parent: HTMLElement, options: QueryEditorOptions): QueryEditor {
  const run = (target: EditorView) => {
    closeCompletion(target);
    options.onRun();
    return true;
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.initial,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        cypherLanguage,
        syntaxHighlighting(defaultHighlightStyle),
        autocompletion({ override: [completionSource(options)], icons: false }),
        errorField,
        placeholder("MATCH (e:Entity)-[r]->(o:Entity) RETURN e, r, o LIMIT 25"),
        Prec.highest(keymap.of([{ key: "Mod-Enter", run }, { key: "Ctrl-Enter", run }])),
        keymap.of([...closeBracketsKeymap, ...completionKeymap, ...historyKeymap, ...defaultKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ "aria-label": "Cypher query", "aria-multiline": "true" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange();
        }),
        theme,
      ],
    }),
  });

  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: text.length }, effects: setError.of(null) });
    },
    focus: () => view.focus(),
    markError(offset, message) {
      const range = errorRange(view.state.doc.toString(), offset);
      if (!range) return;
      view.dispatch({ effects: [setError.of({ ...range, message }), EditorView.scrollIntoView(range.from, { y: "center" })], selection: { anchor: range.from } });
    },
    clearError: () => view.dispatch({ effects: setError.of(null) }),
    destroy: () => view.destroy(),
  };
}
