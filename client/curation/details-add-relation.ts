/**
 * "Add relation by hand" from an entity's panel: the other end (search), direction, type, status, the
 * article (one of those the entity's evidence comes from) and a quote — selected in the article text
 * shown in the form, or pasted. The quote must be the article's own words; that is checked here
 * before the server checks it again.
 */
import { RELATION_STATUS_NAMES, RELATION_TYPE_NAMES, RELATION_TYPES, type EntityDetails, type RelationStatus, type RelationType, type SearchHit } from "../../graph-schema/index.js";
import { describeApiError } from "../api.js";
import { relationLabel } from "../render/styles.js";
import { formatPartialDate } from "../state/time-window.js";
import { h, replaceChildren } from "../ui/dom.js";
import { createSearchBox } from "../ui/search-box.js";
import { articlesOf, manualRelationProblem, type ManualRelationDraft } from "./checks.js";
import { finish, setFlash, type DetailsCurationDeps } from "./details-common.js";
import { actionForm, field, selectOf, textArea, textInput } from "./forms.js";

export function addRelationForm(details: EntityDetails, deps: DetailsCurationDeps, close: () => void): HTMLFormElement {
  const entity = details.entity;
  const articles = articlesOf(details);
  let other: SearchHit | null = null;
  let articleText: string | null = null;

  const otherBox = createSearchBox({
    label: "Other entity",
    placeholder: "Search the other end…",
    keepChoice: true,
    search: deps.search,
    onChoose: (hit) => (other = hit),
  });
  const direction = selectOf<"out" | "in">("Direction", [["out", `${entity.name} → other`], ["in", `other → ${entity.name}`]], "out");
  const firstType = RELATION_TYPE_NAMES.find((t) => (RELATION_TYPES[t].sourceTypes as readonly string[]).includes(entity.entityType)) ?? RELATION_TYPE_NAMES[0]!;
  const type = selectOf<RelationType>("Relation type", RELATION_TYPE_NAMES.map((t) => [t, relationLabel(t)] as const), firstType);
  const status = selectOf<RelationStatus>("Status", RELATION_STATUS_NAMES.map((s) => [s, s] as const), "reported");
  const article = selectOf<string>(
    "Article",
    articles.map((a) => [a.id, `${a.title || "Untitled"}${a.date ? ` (${formatPartialDate(a.date)})` : ""}`] as const),
    articles[0]?.id ?? "",
  );
  const text = h("div", { class: "cur-article-text", tabindex: "0", "aria-label": "Article text: select the quote" });
  const quote = textArea("Quote", "", { placeholder: "Select words in the article above, or paste them", maxlength: "5000", rows: "3" });
  const eventDate = textInput("Event date (optional)", "", { placeholder: "YYYY-MM-DD, YYYY-MM or YYYY", maxlength: "10" });

  const loadArticle = async () => {
    articleText = null;
    if (!article.value) {
      replaceChildren(text, h("p", { class: "hint" }, "This entity has no article with evidence yet."));
      return;
    }
    replaceChildren(text, h("p", { class: "loading-text" }, "Loading the article…"));
    const wanted = article.value;
    const result = await deps.readApi.article(wanted);
    if (wanted !== article.value) return;
    if (!result.ok) {
      replaceChildren(text, h("p", { class: "error-text" }, describeApiError(result.error)));
      return;
    }
    articleText = result.value.text;
    replaceChildren(text, result.value.text);
  };
  article.addEventListener("change", () => void loadArticle());
  const takeSelection = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.anchorNode || !text.contains(selection.anchorNode)) return;
    const words = selection.toString().trim();
    if (words) quote.value = words;
  };
  text.addEventListener("mouseup", takeSelection);
  text.addEventListener("keyup", takeSelection);
  void loadArticle();

  return actionForm({
    title: `Add a relation of “${entity.name}” by hand`,
    intro: "Backed by a quote: the article's own words that state it.",
    fields: [
      field("Other entity", otherBox.element),
      field("Direction", direction),
      field("Type", type),
      field("Status", status),
      articles.length ? field("Article", article) : h("p", { class: "hint" }, "No article to quote: this entity has no evidence yet."),
      text,
      field("Quote", quote),
      field("Event date (optional)", eventDate),
    ],
    submit: "Add relation",
    cancel: close,
    run: async () => {
      const draft: ManualRelationDraft = {
        entityType: entity.entityType,
        other,
        outgoing: direction.value === "out",
        type: type.value as RelationType,
        articleId: article.value,
        quote: quote.value,
        articleText,
        eventDate: eventDate.value,
      };
      const problem = manualRelationProblem(entity.id, draft);
      const end = other;
      if (problem || !end) return problem ?? "Choose the other entity.";
      const [sourceId, targetId] = draft.outgoing ? [entity.id, end.id] : [end.id, entity.id];
      const result = await deps.api.addRelation({
        type: draft.type,
        sourceId,
        targetId,
        status: status.value as RelationStatus,
        articleId: draft.articleId,
        quote: draft.quote.trim(),
        eventDate: draft.eventDate.trim() || null,
      });
      return finish(result, {
        target: "relation",
        id: entity.id,
        ok: () => `Added the relation with ${end.name} by hand.`,
        reread: async (value) => {
          await deps.refresh.around([entity.id, end.id]);
          if (value) {
            setFlash(value.relationId, { kind: "ok", text: "Added by hand: this relation is curated and backed by your quote." });
            deps.selectEdge(value.relationId);
          }
        },
      });
    },
  });
}
