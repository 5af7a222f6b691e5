/**
 * Rows of the review list: one per proposed relation (ends, type, status, date, the evidence sentence
 * with its triggers marked; accept / reject / edit) and one per proposed entity (type, aliases, new or
 * matching an existing entity; merge into an existing one, add aliases). Each row is built once and
 * `update`d from the review state, so focus and scroll survive every decision.
 */
import {
  ENTITY_TYPES,
  RELATION_STATUS_NAMES,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  type ExtractedEntity,
  type RelationStatus,
  type RelationType,
  type SearchHit,
} from "../../graph-schema/index.js";
import { entityColor, entityLabel, relationColor, relationLabel } from "../render/styles.js";
import { formatPartialDate } from "../state/time-window.js";
import { button, h, replaceChildren, swatch } from "../ui/dom.js";
import { segmentsToNodes, statusBadge } from "../ui/evidence.js";
import { markTerms } from "../ui/highlight.js";
import { createSearchBox, type SearchFn } from "../ui/search-box.js";
import { field, selectOf, textInput } from "./forms.js";
import { problemsOf } from "./review-derived.js";
import { choiceOf, correctionOf, type FileReview, type ProposedRelation, type ReviewAction } from "./review-state.js";

export interface Row {
  element: HTMLLIElement;
  update(review: FileReview): void;
}

export interface RowDeps {
  fileId: string;
  dispatch(action: ReviewAction): void;
  /** Scrolls the article to this relation's evidence and marks it. */
  showEvidence(key: string): void;
  search: SearchFn;
}

const locked = (review: FileReview) => review.phase.kind === "committing" || review.phase.kind === "committed";

function toggle(label: string, onClick: () => void, title: string): HTMLButtonElement {
  return button(label, onClick, { class: "btn btn-small rv-toggle", "aria-pressed": "false", title });
}

export function relationRow({ key, relation }: ProposedRelation, deps: RowDeps): Row {
  const { dispatch, fileId } = deps;
  const symmetric = RELATION_TYPES[relation.type].symmetric;
  const arrow = symmetric ? "↔" : "→";
  const name = `${relation.source} ${relationLabel(relation.type)} ${relation.target}`;

  const accept = toggle("Accept", () => dispatch({ type: "accept", file: fileId, key }), "Keep this relation as proposed");
  const reject = toggle("Reject", () => dispatch({ type: "reject", file: fileId, key }), "Do not add this relation (it stays rejected on later uploads)");
  const edit = toggle("Edit", () => dispatch({ type: "edit", file: fileId, key }), "Change type, direction or status");

  const typeSelect = selectOf<RelationType>("Relation type", RELATION_TYPE_NAMES.map((t) => [t, relationLabel(t)] as const), relation.type, (type) =>
    dispatch({ type: "edit", file: fileId, key, patch: { type } }),
  );
  const swap = h("input", { type: "checkbox", "aria-label": "Swap direction" });
  swap.addEventListener("change", () => dispatch({ type: "edit", file: fileId, key, patch: { swap: swap.checked } }));
  const statusSelect = selectOf<RelationStatus>("Status", RELATION_STATUS_NAMES.map((s) => [s, s] as const), relation.status, (status) =>
    dispatch({ type: "edit", file: fileId, key, patch: { status } }),
  );
  const editPanel = h(
    "div",
    { class: "rv-edit" },
    field("Type", typeSelect),
    h("label", { class: "check rv-swap" }, swap, h("span", null, `Swap direction (${relation.target} → ${relation.source})`)),
    field("Status", statusSelect),
  );
  const comment = textInput("Why reject? (optional)", "", { placeholder: "Why? (optional, kept in the history)", maxlength: "2000" });
  comment.addEventListener("change", () => dispatch({ type: "reject", file: fileId, key, comment: comment.value }));
  const rejectPanel = h("div", { class: "rv-reject" }, comment);
  const state = h("span", { class: "rv-state" });
  const problem = h("p", { class: "error-text rv-problem", role: "alert" });
  const known = h("span", { class: "rv-known" });

  const quote = button(h("span", { class: "rv-quote-text" }, segmentsToNodes(markTerms(relation.evidence, relation.triggers))), () => deps.showEvidence(key), {
    class: "rv-quote",
    title: "Show this sentence in the article",
  });
  const element = h(
    "li",
    { class: "rv-rel", "data-key": key },
    h(
      "div",
      { class: "rv-rel-head" },
      swatch(relationColor(relation.type), "line"),
      h("strong", null, relation.source),
      h("span", { class: "arrow" }, ` ${arrow} ${relationLabel(relation.type)} ${arrow} `),
      h("strong", null, relation.target),
      statusBadge(relation.status),
      known,
      h("span", { class: "date" }, relation.date ? formatPartialDate(relation.date) : "undated"),
    ),
    quote,
    h("div", { class: "rv-decision", role: "group", "aria-label": `Decision on ${name}` }, accept, reject, edit, state),
    editPanel,
    rejectPanel,
    problem,
  );

  const update = (review: FileReview) => {
    const choice = choiceOf(review, key);
    const frozen = locked(review);
    accept.setAttribute("aria-pressed", String(choice.kind === "accept"));
    reject.setAttribute("aria-pressed", String(choice.kind === "reject"));
    edit.setAttribute("aria-pressed", String(choice.kind === "edit"));
    for (const control of [accept, reject, edit, typeSelect, swap, statusSelect, comment]) control.disabled = frozen;
    element.classList.toggle("is-rejected", choice.kind === "reject");
    element.classList.toggle("is-edited", choice.kind === "edit");
    editPanel.hidden = choice.kind !== "edit";
    rejectPanel.hidden = choice.kind !== "reject";
    if (choice.kind === "edit") {
      typeSelect.value = choice.type;
      swap.checked = choice.swap;
      swap.disabled = frozen || RELATION_TYPES[choice.type].symmetric;
      statusSelect.value = choice.status;
    }
    if (choice.kind === "reject" && document.activeElement !== comment) comment.value = choice.comment;
    state.textContent =
      choice.kind === "accept" ? "accepted" : choice.kind === "reject" ? "rejected" : correctionOf(relation, choice) ? "corrected on commit" : "no change yet: pick a type, direction or status";
    const issue = problemsOf(review).find((p) => p.key === key);
    problem.textContent = issue?.message ?? "";
    problem.hidden = !issue;
    const before = review.known[key];
    known.textContent = before?.rejected ? "rejected before" : before ? "in the graph" : "";
    known.className = `badge rv-known ${before?.rejected ? "badge-rejected" : "badge-known"}`;
    known.hidden = !before;
    known.title = before?.rejected ? "An analyst rejected this relation earlier: it stays rejected even if you accept it here." : "This relation is already in the graph: this article adds evidence to it.";
  };
  return { element, update };
}

export function entityRow(entity: ExtractedEntity, deps: RowDeps): Row {
  const { dispatch, fileId } = deps;
  const match = h("span", { class: "rv-match" });
  const decisions = h("div", { class: "rv-ent-decisions" });
  const mergeBox = createSearchBox({
    label: `Merge ${entity.name} into`,
    placeholder: "Search the existing entity…",
    search: deps.search,
    onChoose: (hit: SearchHit) => {
      dispatch({ type: "merge", file: fileId, name: entity.name, into: { id: hit.id, name: hit.name, entityType: hit.entityType } });
      mergePanel.hidden = true;
    },
  });
  const mergePanel = h("div", { class: "rv-panel" }, field(`Merge “${entity.name}” into an existing entity`, mergeBox.element));
  mergePanel.hidden = true;
  const aliasInput = textInput(`New alias of ${entity.name}`, "", { placeholder: "Another name, e.g. an acronym", maxlength: "200" });
  const addAlias = () => {
    dispatch({ type: "add-alias", file: fileId, name: entity.name, alias: aliasInput.value });
    aliasInput.value = "";
    aliasInput.focus();
  };
  aliasInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      addAlias();
    }
  });
  const aliasPanel = h("div", { class: "rv-panel rv-alias" }, aliasInput, button("Add", addAlias, { class: "btn btn-small" }));
  aliasPanel.hidden = true;
  const mergeButton = button("Merge into…", () => {
    mergePanel.hidden = !mergePanel.hidden;
    if (!mergePanel.hidden) mergeBox.input.focus();
  }, { class: "btn btn-small", title: "This is an entity the graph already knows under another name" });
  const aliasButton = button("Add alias…", () => {
    aliasPanel.hidden = !aliasPanel.hidden;
    if (!aliasPanel.hidden) aliasInput.focus();
  }, { class: "btn btn-small" });

  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const element = h(
    "li",
    { class: "rv-ent" },
    h("div", { class: "rv-ent-head" }, swatch(entityColor(entity.type)), h("strong", null, entity.name), h("span", { class: "chip" }, entityLabel(entity.type)), match),
    aliases.length ? h("div", { class: "hint" }, `Aliases: ${aliases.join(", ")}`) : null,
    decisions,
    h("div", { class: "rv-ent-actions" }, mergeButton, aliasButton),
    mergePanel,
    aliasPanel,
  );

  const update = (review: FileReview) => {
    const frozen = locked(review);
    mergeButton.disabled = aliasButton.disabled = frozen;
    if (frozen) mergePanel.hidden = aliasPanel.hidden = true;
    const existing = review.draft.existing[entity.name];
    const into = review.merges[entity.name];
    match.className = `rv-match ${into ? "is-merged" : existing ? "is-existing" : "is-new"}`;
    match.textContent = into ? `merge into “${into.name}”` : existing ? `matches existing “${existing.name}”` : "new";
    const added = review.aliases[entity.name] ?? [];
    replaceChildren(
      decisions,
      into
        ? h("span", { class: "rv-chip" }, `Merge into “${into.name}” (${ENTITY_TYPES[into.entityType].label})`, frozen ? null : button("Undo", () => dispatch({ type: "unmerge", file: fileId, name: entity.name }), { class: "link", "aria-label": `Undo merge of ${entity.name}` }))
        : null,
      added.map((alias) =>
        h("span", { class: "rv-chip" }, `+ alias “${alias}”`, frozen ? null : button("×", () => dispatch({ type: "remove-alias", file: fileId, name: entity.name, alias }), { class: "link", "aria-label": `Remove alias ${alias}` })),
      ),
    );
  };
  return { element, update };
}
