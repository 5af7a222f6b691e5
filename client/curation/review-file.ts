/**
 * The review of one uploaded article: its text with every proposed relation's evidence marked (a click
 * on a relation scrolls its sentence into view; a click on a mark finds the relation), the proposed
 * relations and entities as rows, what the graph already knows (an earlier import of the same article,
 * relations rejected before), and the outcome once committed.
 */
import type { CurationRecord } from "../../graph-schema/index.js";
import { formatPartialDate } from "../state/time-window.js";
import { h, replaceChildren } from "../ui/dom.js";
import { segmentsToNodes } from "../ui/evidence.js";
import { markRanges, type TextRange } from "../ui/highlight.js";
import type { SearchFn } from "../ui/search-box.js";
import { formatWhen } from "./history-text.js";
import { entityRow, relationRow, type Row } from "./review-rows.js";
import { countChoices, describeCommit } from "./review-derived.js";
import { choiceOf, proposedRelations, type FileReview, type ReviewAction } from "./review-state.js";

export interface FileView {
  element: HTMLElement;
  update(review: FileReview): void;
}

export interface FileViewDeps {
  dispatch(action: ReviewAction): void;
  search: SearchFn;
  /** The article's audit trail (an earlier import of the same article), or null if unknown. */
  articleHistory(articleId: string): Promise<CurationRecord[] | null>;
}

const LANGUAGES: Record<string, string> = { id: "Indonesian", en: "English" };

function previousImports(records: CurationRecord[]): string | null {
  const imports = records.filter((r) => r.kind === "import-article");
  const last = imports[0];
  if (!last) return null;
  const times = imports.length === 1 ? "" : ` (${imports.length} imports)`;
  return `Already in the graph: last imported by ${last.analyst} on ${formatWhen(last.at)}${times}. Earlier rejections, corrections and merges stay in force.`;
}

export function createFileView(initial: FileReview, deps: FileViewDeps): FileView {
  const { draft } = initial;
  const { article, extraction } = draft;
  const proposed = proposedRelations(draft);
  const rowDeps = { fileId: initial.id, dispatch: deps.dispatch, search: deps.search, showEvidence: (key: string) => showEvidence(key) };
  const relationRows = new Map<string, Row>(proposed.map((p) => [p.key, relationRow(p, rowDeps)]));
  const entityRows: Row[] = extraction.entities.map((entity) => entityRow(entity, rowDeps));
  let review = initial;
  let currentKey: string | null = null;

  const text = h("div", { class: "rv-article", lang: article.language, tabindex: "0", "aria-label": "Article text" });
  const markChoices = () => {
    text.querySelectorAll<HTMLElement>("mark[data-evidence]").forEach((mark) => {
      mark.classList.toggle("is-rejected", choiceOf(review, mark.dataset["evidence"] ?? "").kind === "reject");
    });
  };
  const renderText = () => {
    const ranges: TextRange[] = proposed.map((p) => ({ start: p.relation.start, end: p.relation.end, id: p.key }));
    // One sentence can state several relations: the chosen one must own the mark.
    ranges.sort((a, b) => Number(b.id === currentKey) - Number(a.id === currentKey));
    replaceChildren(text, segmentsToNodes(markRanges(article.text, ranges), currentKey ?? undefined));
    markChoices();
  };
  const showEvidence = (key: string) => {
    currentKey = key;
    renderText();
    relationRows.forEach((row, k) => row.element.classList.toggle("is-current", k === key));
    text.querySelector("mark.current")?.scrollIntoView({ block: "center", behavior: "smooth" });
  };
  text.addEventListener("click", (event) => {
    const mark = (event.target as HTMLElement | null)?.closest<HTMLElement>("mark[data-evidence]");
    const key = mark?.dataset["evidence"];
    const row = key ? relationRows.get(key) : undefined;
    if (!key || !row) return;
    showEvidence(key);
    row.element.scrollIntoView({ block: "nearest", behavior: "smooth" });
  });

  const counts = h("p", { class: "rv-counts" });
  const outcome = h("div", { class: "rv-outcome" });
  const earlier = h("p", { class: "rv-earlier" });
  earlier.hidden = true;
  void deps.articleHistory(article.id).then((records) => {
    const line = records ? previousImports(records) : null;
    if (!line) return;
    earlier.textContent = line;
    earlier.hidden = false;
  });

  const meta = [
    article.file,
    article.date ? `${formatPartialDate(article.date)}${article.dateSource === "text" ? " (from the text)" : ""}` : "date unknown",
    LANGUAGES[article.language] ?? article.language,
    article.outlet,
  ].filter((part): part is string => Boolean(part));
  const warnings = extraction.warnings;

  const element = h(
    "section",
    { class: "rv-file", "aria-label": `Review of ${article.title || article.file}` },
    h(
      "header",
      { class: "rv-file-head" },
      h("h3", null, article.title || "Untitled article"),
      h("p", { class: "rv-meta" }, meta.join(" · ")),
      warnings.length ? h("ul", { class: "rv-warnings" }, warnings.map((w) => h("li", null, w))) : null,
      earlier,
      counts,
      outcome,
    ),
    h(
      "div",
      { class: "rv-columns" },
      h("div", { class: "rv-article-pane" }, h("h4", null, "Article — evidence marked"), text),
      h(
        "div",
        { class: "rv-lists" },
        h(
          "section",
          { "aria-label": "Proposed relations" },
          h("h4", null, `Relations (${proposed.length})`),
          proposed.length
            ? h("ol", { class: "rv-rel-list" }, [...relationRows.values()].map((row) => row.element))
            : h("p", { class: "hint" }, "No relation was found in this article. Committing adds the article and its entities."),
        ),
        h(
          "section",
          { "aria-label": "Proposed entities" },
          h("h4", null, `Entities (${extraction.entities.length})`),
          h("ul", { class: "rv-ent-list" }, entityRows.map((row) => row.element)),
        ),
      ),
    ),
  );

  const update = (next: FileReview) => {
    review = next;
    const c = countChoices(next);
    counts.textContent = `${proposed.length} relation${proposed.length === 1 ? "" : "s"} proposed: ${c.accepted} accepted · ${c.rejected} rejected · ${c.edited} edited`;
    const phase = next.phase;
    replaceChildren(
      outcome,
      phase.kind === "committed"
        ? h("p", { class: "rv-done", role: "status" }, `Committed: ${describeCommit(phase.result)}.`)
        : phase.kind === "committing"
          ? h("p", { class: "loading-text" }, "Committing…")
          : phase.kind === "failed"
            ? h("p", { class: "error-text", role: "alert" }, phase.message)
            : null,
    );
    element.classList.toggle("is-committed", phase.kind === "committed");
    relationRows.forEach((row) => row.update(next));
    entityRows.forEach((row) => row.update(next));
    markChoices();
  };
  renderText();
  update(initial);
  return { element, update };
}
