/**
 * The "Review" dialog: files picked or dropped are read, sent for extraction (nothing is written), and
 * shown one tab per file; the analyst accepts, rejects or edits what was proposed, then commits. Each
 * readable file is committed on its own (one transaction each, with its decisions); afterwards the
 * live graph is re-read and a confirmation gives the counts. Unreadable files show their error.
 */
import type { Api } from "../api.js";
import { button, h, replaceChildren } from "../ui/dom.js";
import type { SearchFn } from "../ui/search-box.js";
import type { CurationApi, UploadFile } from "./curation-api.js";
import { describeCurationError } from "./errors.js";
import { readArticleFile } from "./file-reader.js";
import { batchUploads } from "./files.js";
import type { GraphRefresher } from "./refresh.js";
import { createFileView, type FileView } from "./review-file.js";
import { committable, problemsOf, resolvedRelationId } from "./review-derived.js";
import {
  EMPTY_REVIEW,
  createFileReview,
  decisionsFor,
  proposedRelations,
  reviewReducer,
  type FileReview,
  type KnownRelation,
  type ReviewAction,
  type ReviewItem,
  type ReviewState,
} from "./review-state.js";
import type { CommitBody, FileError } from "./schemas.js";
import type { CurationSettings } from "./settings.js";

export interface ReviewDialogDeps {
  api: CurationApi;
  readApi: Api;
  settings: CurationSettings;
  search: SearchFn;
  refresh: GraphRefresher;
  notify(message: string, timeoutMs?: number): void;
}

export interface ReviewDialog {
  /** Reads and extracts the files, then shows them for review (added to any review still open). */
  open(files: readonly File[]): Promise<void>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function errorView(error: FileError): HTMLElement {
  return h(
    "section",
    { class: "rv-file rv-bad", "aria-label": `Error in ${error.file}` },
    h("header", { class: "rv-file-head" }, h("h3", null, error.file), h("p", { class: "error-text", role: "alert" }, `This file cannot be imported: ${error.message}.`)),
    h("p", { class: "hint" }, "Nothing from this file will be committed. Fix the file (articles are .txt, .md or .json in UTF-8) and add it again."),
  );
}

function totals(results: CommitBody[]): string {
  const relations = results.reduce((n, r) => n + r.relationIds.length, 0);
  const fresh = results.reduce((n, r) => n + r.summary.relations.new, 0);
  const entities = results.reduce((n, r) => n + r.summary.entities.new, 0);
  const rejected = results.reduce((n, r) => n + r.curations.filter((c) => c.kind === "reject-relation").length, 0);
  const corrected = results.reduce((n, r) => n + r.curations.filter((c) => c.kind === "correct-relation").length, 0);
  return `Committed ${plural(results.length, "article")}: ${plural(relations, "relation")} (${fresh} new), ${plural(entities, "new entity", "new entities")}, ${rejected} rejected, ${corrected} corrected. The graph is updated.`;
}

export function createReviewDialog(deps: ReviewDialogDeps): ReviewDialog {
  const { api, settings } = deps;
  let state: ReviewState = EMPTY_REVIEW;
  const views = new Map<string, FileView | HTMLElement>();
  let counter = 0;
  let busy = false;

  const tabs = h("div", { class: "rv-tabs", role: "tablist", "aria-label": "Uploaded files" });
  const body = h("div", { class: "rv-body", role: "tabpanel" });
  const status = h("p", { class: "rv-status", role: "status", "aria-live": "polite" });
  const analyst = h("input", { type: "text", "aria-label": "Analyst name", placeholder: "Your name (for the history)", maxlength: "100", autocomplete: "name" });
  analyst.value = settings.analyst() ?? "";
  analyst.addEventListener("change", () => settings.setAnalyst(analyst.value));
  settings.onChange(() => {
    if (document.activeElement !== analyst) analyst.value = settings.analyst() ?? "";
  });
  const acceptAll = button("Accept all", () => {
    const item = currentItem();
    if (item?.kind === "file") dispatch({ type: "accept-all", file: item.id });
  }, { class: "btn", title: "Accept every proposed relation of this article" });
  const commit = button("Commit", () => void commitAll(), { class: "btn btn-primary" });
  const close = button("Close", () => dialog.close(), { class: "btn close", "aria-label": "Close review" });
  const count = h("span", { class: "rv-subtitle" });
  const dialog = h(
    "dialog",
    { class: "cur-dialog rv-dialog", "aria-label": "Review" },
    h("div", { class: "rv-head" }, h("div", null, h("h2", null, "Review"), count), close),
    tabs,
    body,
    h("footer", { class: "rv-foot" }, h("label", { class: "rv-analyst" }, h("span", null, "Analyst"), analyst), status, h("div", { class: "rv-foot-buttons" }, acceptAll, commit)),
  );
  // Keys typed in the dialog are not the explorer's shortcuts (Escape would clear the selection).
  dialog.addEventListener("keydown", (event) => event.stopPropagation());
  dialog.addEventListener("close", () => {
    // Committed and unreadable files leave the review; files still to commit wait for the next opening.
    state = { items: state.items.filter((item) => item.kind === "file" && item.review.phase.kind !== "committed"), current: null };
    state = { ...state, current: state.items[0]?.id ?? null };
    for (const id of [...views.keys()]) if (!state.items.some((item) => item.id === id)) views.delete(id);
    status.textContent = "";
  });
  document.body.append(dialog);

  const currentItem = (): ReviewItem | undefined => state.items.find((item) => item.id === state.current);

  function viewOf(item: ReviewItem): HTMLElement {
    let view = views.get(item.id);
    if (!view) {
      view =
        item.kind === "file"
          ? createFileView(item.review, {
              dispatch,
              search: deps.search,
              articleHistory: async (id) => {
                const result = await api.history("article", id);
                return result.ok ? result.value.history : null;
              },
            })
          : errorView(item.error);
      views.set(item.id, view);
    }
    return view instanceof HTMLElement ? view : view.element;
  }

  function tabLabel(item: ReviewItem): string {
    if (item.kind === "error") return `⚠ ${item.error.file}`;
    const phase = item.review.phase.kind;
    return `${phase === "committed" ? "✓ " : phase === "failed" ? "⚠ " : ""}${item.review.upload.name}`;
  }

  function render(): void {
    const items = state.items;
    count.textContent = items.length ? `${plural(items.length, "file")} · check what was extracted, then commit` : "";
    replaceChildren(
      tabs,
      items.length > 1
        ? items.map((item) =>
            button(tabLabel(item), () => dispatch({ type: "select", id: item.id }), {
              role: "tab",
              class: `rv-tab${item.kind === "error" ? " is-error" : ""}`,
              "aria-selected": String(item.id === state.current),
            }),
          )
        : null,
    );
    tabs.hidden = items.length < 2;
    for (const item of items) {
      const view = views.get(item.id);
      if (item.kind === "file" && view && !(view instanceof HTMLElement)) view.update(item.review);
    }
    const current = currentItem();
    const shown = current ? viewOf(current) : h("p", { class: "loading-text" }, busy ? "Reading and extracting…" : "No files.");
    if (body.firstChild !== shown) replaceChildren(body, shown);
    const pending = items.flatMap((item) => (item.kind === "file" && item.review.phase.kind !== "committed" && item.review.phase.kind !== "committing" ? [item.review] : []));
    const blocked = pending.filter((review) => problemsOf(review).length > 0);
    commit.disabled = busy || blocked.length > 0 || committable(state).length === 0;
    commit.title = blocked.length ? `Fix the marked decisions in ${blocked.map((r) => r.upload.name).join(", ")} first` : `Commit ${plural(committable(state).length, "article")}`;
    acceptAll.disabled = busy || current?.kind !== "file" || current.review.phase.kind === "committed";
  }

  function dispatch(action: ReviewAction): void {
    state = reviewReducer(state, action);
    render();
  }

  async function lookupKnown(review: FileReview): Promise<void> {
    const known: Record<string, KnownRelation> = {};
    const candidates = proposedRelations(review.draft).filter(
      ({ relation }) => review.draft.existing[relation.source] && review.draft.existing[relation.target],
    );
    for (const { key, relation } of candidates) {
      const id = resolvedRelationId(review, relation);
      if (!id) continue;
      const result = await deps.readApi.relation(id);
      if (result.ok) known[key] = { relationId: id, rejected: result.value.rejected === true, curated: result.value.curated === true };
    }
    if (Object.keys(known).length) dispatch({ type: "known", file: review.id, known });
  }

  async function extract(uploads: UploadFile[]): Promise<ReviewItem[]> {
    const items: ReviewItem[] = [];
    for (const batch of batchUploads(uploads)) {
      const result = await api.extract(batch);
      batch.forEach((upload, index) => {
        const id = `file-${++counter}`;
        const draft = result.ok ? result.value.drafts[index] : undefined;
        if (draft?.ok) items.push({ kind: "file", id, review: createFileReview(id, upload, draft) });
        else
          items.push({
            kind: "error",
            id,
            error: draft && !draft.ok ? draft.error : { kind: "request", file: upload.name, message: result.ok ? "the server sent no draft for it" : describeCurationError(result.error, "article") },
          });
      });
    }
    return items;
  }

  async function commitAll(): Promise<void> {
    const reviews = committable(state);
    if (!reviews.length || busy) return;
    settings.setAnalyst(analyst.value);
    busy = true;
    status.textContent = `Committing ${plural(reviews.length, "article")}…`;
    render();
    const done: CommitBody[] = [];
    for (const review of reviews) {
      dispatch({ type: "phase", file: review.id, phase: { kind: "committing" } });
      const result = await api.commit(review.upload, decisionsFor(review));
      if (result.ok) done.push(result.value);
      dispatch({ type: "phase", file: review.id, phase: result.ok ? { kind: "committed", result: result.value } : { kind: "failed", message: describeCurationError(result.error, "article") } });
    }
    busy = false;
    if (done.length) {
      await deps.refresh.all();
      status.textContent = totals(done) + (done.length < reviews.length ? ` ${reviews.length - done.length} could not be committed: see their tabs.` : "");
      deps.notify(`Added ${plural(done.length, "article")} to the graph.`);
    } else {
      status.textContent = "Nothing was committed: see the error above.";
    }
    render();
  }

  return {
    async open(files) {
      if (busy) {
        deps.notify("Wait until the files being read or committed are done, then add more.");
        return;
      }
      if (!dialog.open) dialog.showModal();
      busy = true;
      status.textContent = `Reading ${plural(files.length, "file")}…`;
      render();
      const read = await Promise.all(files.map((file) => readArticleFile(file)));
      const refused: ReviewItem[] = read.flatMap((outcome) => (outcome.ok ? [] : [{ kind: "error" as const, id: `file-${++counter}`, error: outcome.error }]));
      const uploads = read.flatMap((outcome) => (outcome.ok ? [outcome.upload] : []));
      if (uploads.length) status.textContent = `Extracting ${plural(uploads.length, "article")}… nothing is written yet.`;
      const extracted = uploads.length ? await extract(uploads) : [];
      const added = [...extracted, ...refused];
      busy = false;
      dispatch({ type: "add", items: added });
      const first = added.find((item) => item.kind === "file") ?? added[0];
      if (first) dispatch({ type: "select", id: first.id });
      const readable = extracted.filter((item) => item.kind === "file").length;
      status.textContent = readable
        ? `${plural(readable, "article")} ready for review${added.length > readable ? `, ${plural(added.length - readable, "file")} with errors` : ""}. Accepting is the default: reject or edit what is wrong, then commit.`
        : "No readable article: see the errors.";
      for (const item of extracted) if (item.kind === "file") void lookupKnown(item.review);
    },
  };
}
