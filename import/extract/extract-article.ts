/**
 * extractArticle: one Article -> its entities and typed, evidence-backed relations. Synchronous,
 * deterministic, no I/O (the lexicon is loaded once and compiled once).
 */
import type { Article, ExtractedArticle, PartialDate } from "../../graph-schema/index.js";

import { findDateMentions } from "../read/date-mentions.js";
import { resolveDateMention } from "../read/dates.js";
import { assembleRelations, type DatedDraft } from "./assemble.js";
import { attributeTransfers } from "./attribution.js";
import { accuse } from "./claims.js";
import type { ExtractionContext } from "./context.js";
import { registerDenial, resolveDenials } from "./denials.js";
import { Discourse } from "./discourse.js";
import { carriesTime, eventDate, sentenceDates } from "./event-dates.js";
import { compileLexicon } from "./lexicon/compile.js";
import { loadLexicon, type Lexicon } from "./lexicon/load.js";
import { findMentions } from "./mention-pass.js";
import { learnCountries, representsRelations } from "./represents.js";
import { accompanyVisits, RELATION_RULES, settleVisits } from "./rules/index.js";
import { buildView, type SentenceView } from "./sentence-view.js";
import { firstWordFlags } from "./text/first-words.js";
import { noteReporters } from "./speech.js";
import { splitSentences } from "./text/sentences.js";
import { tokenize } from "./text/tokens.js";
import { findTokenMarkers } from "./token-markers.js";
import { findTriggers } from "./triggers.js";

export function extractArticle(article: Article, lexicon: Lexicon = loadLexicon()): ExtractedArticle {
  const compiled = compileLexicon(lexicon);
  const lang = compiled.lang[article.language];
  const text = article.text;
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const flags = firstWordFlags(tokens, lang);
  const tokenMarkers = findTokenMarkers(tokens, lang, flags);
  const { ctx: mctx, roles } = findMentions(text, tokens, sentences, compiled, article.language, tokenMarkers, flags);
  const registry = mctx.registry;
  const coordination = new Set(lexicon.markers[article.language].get("coordination") ?? []);
  const ctx: ExtractionContext = {
    article,
    language: article.language,
    lexicon: compiled,
    lang,
    registry,
    discourse: new Discourse(registry, (it) => it.text === "," || coordination.has(it.norm)),
    views: [],
    relations: [],
    claims: [],
    denials: [],
    unsaid: [],
  };
  learnCountries(roles);

  for (const s of sentences) {
    const v = buildView(text, tokens, s, mctx.index, tokenMarkers, (cls, phrase, before, notAntecedents) => ctx.discourse.resolve(cls, phrase, before, notAntecedents), lang.eventNouns, (person) => ctx.discourse.countryOf(person));
    ctx.views.push(v);
    const hits = findTriggers(v, lang, article.language, flags);
    for (const h of hits) if (h.type === "ACCUSES") accuse(ctx, v, h);
    for (const h of hits) if (h.type === "DENIES") registerDenial(ctx, v, h);
    for (const h of hits) RELATION_RULES[h.type]?.[h.entry.frame]?.(ctx, v, h);
    settleVisits(ctx, v);
    accompanyVisits(ctx, v);
    attributeTransfers(ctx, v);
    noteReporters(ctx, v);
    resolveDenials(ctx, v);
    ctx.discourse.endSentence(v);
  }
  ctx.relations.push(...representsRelations(ctx, roles, tokens, sentences));

  const dates = findDateMentions(text);
  const datesOf = ctx.views.map((v) => sentenceDates(v, dates));
  const carried: (PartialDate | null)[] = [];
  ctx.views.forEach((v, k) => {
    const first = datesOf[k]?.[0];
    carried[k] = first ? resolveDateMention(first, article.date, "past") : carriesTime(v) ? (carried[k - 1] ?? null) : null;
  });
  const dated: DatedDraft[] = ctx.relations.map((r) => {
    if (r.type === "REPRESENTS") return { ...r, date: null };
    const v = ctx.views[r.sentence] as SentenceView;
    return { ...r, date: eventDate(r, v, datesOf[r.sentence] ?? [], article.date, carried[r.sentence - 1] ?? null) };
  });

  const relations = assembleRelations(text, dated, sentences);
  const used = new Set(ctx.relations.flatMap((r) => [r.source, r.target]));
  const entities = registry.toExtracted(used);
  const warnings: string[] = [];
  if (!article.date) warnings.push("no publication date found: event dates relative to it stay unresolved");
  if (entities.length === 0) warnings.push("no entities found: nothing to extract");
  else if (relations.length === 0) warnings.push("no relations found");
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
    warnings,
  };
}
