/**
 * Evidence rendering shared by the Details panel and the path panel: a relation card (other end,
 * status, dates, single-source badge, who alleges / denies) and its evidence sentences with trigger
 * words in <mark>, each with its source article (title opens the reader, outlet, date).
 * All API strings go through text nodes (ui/dom.ts).
 */
import type { EntityRef, EvidenceView, RelationDetails } from "../../graph-schema/index.js";
import { RELATION_TYPES } from "../../graph-schema/index.js";
import { STATUS_STYLES, relationLabel } from "../render/styles.js";
import { formatPartialDate } from "../state/time-window.js";
import { button, h, type Child } from "./dom.js";
import { evidenceToShow } from "./evidence-count.js";
import { markTerms, type Segment } from "./highlight.js";

export interface EvidenceLinks {
  selectNode(id: string): void;
  selectEdge(id: string): void;
  openArticle(articleId: string, evidence: { id: string; sentence: string }): void;
}

export function segmentsToNodes(segments: readonly Segment[], currentId?: string): Node[] {
  return segments.map((segment) => {
    if (!segment.mark) return document.createTextNode(segment.text);
    const mark = h("mark", null, segment.text);
    if (segment.id !== undefined) {
      mark.dataset["evidence"] = segment.id;
      if (segment.id === currentId) mark.classList.add("current");
    }
    return mark;
  });
}

export function statusOf(relation: Pick<RelationDetails, "status" | "deniers">): keyof typeof STATUS_STYLES {
  return relation.status === "alleged" && relation.deniers.length > 0 ? "contested" : relation.status;
}

export function statusBadge(status: keyof typeof STATUS_STYLES): HTMLSpanElement {
  return h("span", { class: `badge badge-${status}`, title: STATUS_STYLES[status].description }, STATUS_STYLES[status].label);
}

export function entityLink(entity: EntityRef, links: EvidenceLinks): HTMLButtonElement {
  return button(entity.name, () => links.selectNode(entity.id), { class: "link", title: `Select ${entity.name}` });
}

function joinLinks(entities: readonly EntityRef[], links: EvidenceLinks): Child[] {
  return entities.flatMap((entity, index) => [index > 0 ? ", " : null, entityLink(entity, links)]);
}

export function evidenceItem(evidence: EvidenceView, links: EvidenceLinks): HTMLLIElement {
  const article = evidence.article;
  const quote = h("blockquote", { lang: evidence.language }, segmentsToNodes(markTerms(evidence.sentence, evidence.triggers)));
  const source = h(
    "div",
    { class: "source" },
    button(article.title || "Untitled article", () => links.openArticle(article.id, evidence), {
      class: "link",
      title: "Open the article with this evidence highlighted",
    }),
    article.outlet ? h("span", null, `· ${article.outlet}`) : null,
    h("span", null, `· ${formatPartialDate(article.date ?? evidence.reportDate)}`),
    h("span", null, `· ${article.language.toUpperCase()}`),
  );
  return h("li", null, quote, source);
}

export interface RelationCardOptions {
  /** The entity the card is seen from (its Details panel); null for an edge's own panel. */
  perspective: string | null;
  selected: boolean;
  /** Show at most this many evidence items (the edge panel shows all). */
  maxEvidence?: number;
}

export function relationCard(relation: RelationDetails, links: EvidenceLinks, options: RelationCardOptions): HTMLLIElement {
  const symmetric = RELATION_TYPES[relation.relationType].symmetric;
  const outgoing = options.perspective === null || relation.source.id === options.perspective;
  const other = outgoing ? relation.target : relation.source;
  const arrow = symmetric ? "↔" : outgoing ? "→" : "←";
  const date = relation.eventDate
    ? formatPartialDate(relation.eventDate)
    : relation.firstReported
      ? `reported ${formatPartialDate(relation.firstReported)}`
      : "undated";
  const head = h(
    "div",
    { class: "relation-head" },
    options.perspective === null ? [entityLink(relation.source, links), h("span", { class: "arrow" }, ` ${arrow} ${relationLabel(relation.relationType)} ${arrow} `)] : h("span", { class: "arrow", "aria-label": outgoing ? "to" : "from" }, arrow),
    entityLink(other, links),
    statusBadge(statusOf(relation)),
    relation.sourceCount === 1 ? h("span", { class: "badge badge-single", title: "Stated by a single article" }, "single source") : null,
    relation.curated ? h("span", { class: "badge badge-curated", title: "An analyst curated it (added, corrected or rejected): imports do not override it" }, "curated") : null,
    relation.rejected ? h("span", { class: "badge badge-rejected", title: "Rejected by an analyst: hidden from the graph and exports" }, "rejected") : null,
    h("span", { class: "date" }, date),
  );
  const claims = h(
    "div",
    { class: "claims" },
    relation.allegers.length ? h("div", null, "Alleged by ", joinLinks(relation.allegers, links)) : null,
    relation.deniers.length ? h("div", null, "Denied by ", joinLinks(relation.deniers, links)) : null,
    h("div", null, `${relation.sourceCount} source${relation.sourceCount === 1 ? "" : "s"} · ${relation.outletCount} outlet${relation.outletCount === 1 ? "" : "s"}`),
  );
  const { shown, total, more } = evidenceToShow(relation, options.maxEvidence);
  return h(
    "li",
    { class: `relation${options.selected ? " is-selected" : ""}${relation.rejected ? " is-rejected" : ""}` },
    head,
    claims,
    h("ol", { class: "evidence", "aria-label": "Evidence" }, shown.map((evidence) => evidenceItem(evidence, links))),
    more > 0 || options.perspective !== null
      ? button(more > 0 ? `Show all ${total} pieces of evidence` : "Show on graph", () => links.selectEdge(relation.id), {
          class: "link",
        })
      : null,
  );
}
