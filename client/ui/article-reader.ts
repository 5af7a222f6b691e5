/**
 * The article reader: a modal dialog with the full text, every evidence sentence of the article marked
 * from its offsets, the one the user came from emphasised and scrolled into view.
 */
import { describeApiError, type Api } from "../api.js";
import { formatPartialDate } from "../state/time-window.js";
import { button, h, isSafeUrl, replaceChildren } from "./dom.js";
import { segmentsToNodes } from "./evidence.js";
import { markRanges, type TextRange } from "./highlight.js";

export interface ArticleReader {
  open(articleId: string, evidence?: { id: string; sentence: string }): Promise<void>;
}

export function createArticleReader(dialog: HTMLDialogElement, api: Api): ArticleReader {
  let token = 0;
  const close = button("Close", () => dialog.close(), { class: "btn close", "aria-label": "Close article" });

  const frame = (...content: Node[]) => {
    replaceChildren(dialog, ...content);
    if (!dialog.open) dialog.showModal();
  };

  return {
    async open(articleId, evidence) {
      const current = ++token;
      frame(h("div", { class: "reader-head" }, h("p", { class: "loading-text" }, "Loading article…"), close));
      const result = await api.article(articleId);
      if (current !== token) return;
      if (!result.ok) {
        frame(h("div", { class: "reader-head" }, h("p", { class: "error-text" }, describeApiError(result.error)), close));
        return;
      }
      const article = result.value;
      const ranges: TextRange[] = article.evidence.map((e) => ({ start: e.start, end: e.end, id: e.id }));
      let currentId = evidence?.id;
      if (evidence && !article.evidence.some((e) => e.id === evidence.id)) {
        // Evidence not listed with offsets: fall back to finding the sentence in the text.
        const start = article.text.indexOf(evidence.sentence);
        if (start >= 0) ranges.push({ start, end: start + evidence.sentence.length, id: evidence.id });
        else currentId = undefined;
      }
      // Identical ranges (one sentence, several relations): the one the user came from must win the mark.
      ranges.sort((a, b) => Number(b.id === currentId) - Number(a.id === currentId));
      const meta = h(
        "div",
        { class: "reader-meta" },
        article.outlet ? h("span", null, article.outlet) : null,
        h("span", null, article.date ? formatPartialDate(article.date) : "date unknown"),
        h("span", null, article.language === "id" ? "Indonesian" : "English"),
        h("span", null, `${article.evidence.length} evidence sentence${article.evidence.length === 1 ? "" : "s"} marked`),
        article.url && isSafeUrl(article.url)
          ? h("a", { href: article.url, target: "_blank", rel: "noopener noreferrer nofollow" }, "Original ↗")
          : null,
      );
      const body = h("div", { class: "article-text", lang: article.language }, segmentsToNodes(markRanges(article.text, ranges), currentId));
      frame(h("div", { class: "reader-head" }, h("div", null, h("h2", null, article.title || "Untitled article"), meta), close), body);
      body.querySelector("mark.current")?.scrollIntoView({ block: "center" });
    },
  };
}
