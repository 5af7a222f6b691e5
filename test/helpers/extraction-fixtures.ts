/**
 * Hand-built articles and extractions for loader and API tests, independent of the extractor,
 * so those tests fail only when the loader or API is wrong.
 */
import { createHash } from "node:crypto";

import type { Article, ExtractedArticle, ExtractedRelation } from "../../graph-schema/index.js";

export function makeArticle(id: string, text: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    file: `${id}.txt`,
    title: `Title of ${id}`,
    text,
    url: null,
    outlet: "Test Outlet",
    language: "en",
    date: "2024-06-20",
    dateSource: "text",
    contentHash: createHash("sha256").update(text).digest("hex"),
    ...overrides,
  };
}

/** A relation whose evidence is the first occurrence of `sentence` in the article text. */
export function relationIn(
  text: string,
  sentence: string,
  relation: Omit<ExtractedRelation, "evidence" | "start" | "end" | "triggers" | "confidence"> &
    Partial<Pick<ExtractedRelation, "triggers" | "confidence">>,
): ExtractedRelation {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: sentence not in text: ${sentence}`);
  return { triggers: [], confidence: 0.9, ...relation, evidence: sentence, start, end: start + sentence.length };
}

export function extractionOf(article: Article, entities: ExtractedArticle["entities"], relations: ExtractedRelation[]): ExtractedArticle {
  return {
    file: article.file,
    id: article.id,
    language: article.language,
    title: article.title,
    date: article.date,
    dateSource: article.dateSource,
    url: article.url,
    outlet: article.outlet,
    entities,
    relations,
    warnings: [],
  };
}

export const CLAIM_TEXT =
  "The United States accused North Korea of shipping artillery shells to Russia. Pyongyang denied the claim. Sergei Shoigu visited Pyongyang in July.";

/** One article with an accusation, its alleged relation, a denial and a plain visit. */
export function claimArticle(id = "art-claims", text = CLAIM_TEXT) {
  const article = makeArticle(id, text);
  const accusation = "The United States accused North Korea of shipping artillery shells to Russia.";
  const entities: ExtractedArticle["entities"] = [
    { name: "United States", type: "Country", aliases: ["United States"] },
    { name: "North Korea", type: "Country", aliases: ["North Korea", "Pyongyang"] },
    { name: "Russia", type: "Country", aliases: ["Russia"] },
  ];
  const relations = [
    relationIn(text, accusation, { type: "ACCUSES", source: "United States", target: "North Korea", status: "reported", date: null, claimId: `${id}#c1` }),
    relationIn(text, accusation, { type: "SUPPLIES_WEAPONS_TO", source: "North Korea", target: "Russia", status: "alleged", date: null, claimId: `${id}#c1` }),
    relationIn(text, "Pyongyang denied the claim.", { type: "DENIES", source: "North Korea", target: "United States", status: "reported", date: null, claimId: `${id}#c1` }),
  ];
  if (text.includes("Sergei Shoigu visited Pyongyang in July.")) {
    entities.push({ name: "Sergei Shoigu", type: "Person", aliases: ["Sergei Shoigu"], roles: [] });
    relations.push(
      relationIn(text, "Sergei Shoigu visited Pyongyang in July.", { type: "VISITED", source: "Sergei Shoigu", target: "North Korea", status: "reported", date: "2024-07" }),
    );
  }
  return { article, extraction: extractionOf(article, entities, relations) };
}

/** An article naming North Korea "Korut" as its own entity, the kind of split an analyst merges. */
export function korutArticle(text = "Korut sent artillery shells to Russia.", overrides: Partial<Article> = {}) {
  const article = makeArticle("art-korut", text, { language: "id", ...overrides });
  return {
    article,
    extraction: extractionOf(
      article,
      [
        { name: "Korut", type: "Country", aliases: ["Korut"] },
        { name: "Russia", type: "Country", aliases: ["Russia"] },
      ],
      [relationIn(text, text, { type: "SUPPLIES_WEAPONS_TO", source: "Korut", target: "Russia", status: "reported", date: null })],
    ),
  };
}

export async function* itemsOf(...pairs: { article: Article; extraction: ExtractedArticle }[]) {
  for (const pair of pairs) yield { kind: "article" as const, ...pair };
}

/** An article whose names break careless exporters: markup, quotes, backslashes, Cyrillic, Hangul, emoji. */
export const HOSTILE_NAMES_TEXT =
  `<script>alert(1)</script> accused O'Brien "Quote" & Sons of shipping drones to Russia. Ким Чен Ын met 김정은 in Pyongyang in June. 🚀 Rocket Force signed a pact with O'Brien "Quote" & Sons.`;

export function hostileNamesArticle(id = "art-hostile", text = HOSTILE_NAMES_TEXT) {
  const article = makeArticle(id, text, {
    title: `Claims & "Denials" <b>today</b> \\ back'slash`,
    url: "https://example.org/news?id=1&lang=en",
    outlet: "Kompas",
    date: "2024-06-21",
  });
  const accusation = `<script>alert(1)</script> accused O'Brien "Quote" & Sons of shipping drones to Russia.`;
  const entities: ExtractedArticle["entities"] = [
    { name: "<script>alert(1)</script>", type: "Organization", aliases: ["<script>alert(1)</script>"] },
    { name: `O'Brien "Quote" & Sons`, type: "Organization", aliases: [`O'Brien "Quote" & Sons`, "back\\slash \\u0027 alias"] },
    { name: "Russia", type: "Country", aliases: ["Russia"] },
    { name: "Ким Чен Ын", type: "Person", aliases: ["Ким Чен Ын"], roles: ["лидер"] },
    { name: "김정은", type: "Person", aliases: ["김정은"] },
    { name: "🚀 Rocket Force", type: "Organization", aliases: ["🚀 Rocket Force"] },
  ];
  const relations = [
    relationIn(text, accusation, { type: "ACCUSES", source: "<script>alert(1)</script>", target: `O'Brien "Quote" & Sons`, status: "reported", date: null, claimId: `${id}#c1` }),
    relationIn(text, accusation, { type: "SUPPLIES_WEAPONS_TO", source: `O'Brien "Quote" & Sons`, target: "Russia", status: "alleged", date: null, claimId: `${id}#c1` }),
    relationIn(text, "Ким Чен Ын met 김정은 in Pyongyang in June.", { type: "MET_WITH", source: "Ким Чен Ын", target: "김정은", status: "reported", date: "2024-06", triggers: ["met"] }),
    relationIn(text, `🚀 Rocket Force signed a pact with O'Brien "Quote" & Sons.`, { type: "SIGNED_AGREEMENT_WITH", source: "🚀 Rocket Force", target: `O'Brien "Quote" & Sons`, status: "reported", date: null }),
  ];
  return { article, extraction: extractionOf(article, entities, relations) };
}
