/**
 * REPRESENTS from role phrases: person -> the country of the body named with the title (a ministry,
 * a party of a country) or the body itself when it has no country, else the person's own country
 * when the title names none ("Presiden Vladimir Putin"); and the backing a phrase names for its body
 * ("the Iran-backed group Hezbollah": COOPERATES_WITH Hezbollah -> Iran).
 */
import type { DraftRelation, ExtractionContext } from "./context.js";
import type { ArticleEntity } from "./entities.js";
import type { RoleRecord } from "./roles.js";
import type { Sentence } from "./text/sentences.js";
import type { Token } from "./text/tokens.js";

const TITLE_CONFIDENCE = 0.9;
const IMPLIED_CONFIDENCE = 0.7;

function representedBy(ctx: ExtractionContext, rec: RoleRecord): { target: ArticleEntity; confidence: number } | null {
  const aff = rec.phrase.affiliation;
  if (aff) {
    // a titled official of a national state body holds the role for the state; a bare affiliation
    // ("X, dari Universitas …"), a party, a movement or militia ("Pemimpin Houthi"), armed forces
    // ("Juru bicara IDF"), an international body or an outlet is the body itself
    const ownBody = aff.kind !== null && aff.kind !== "state";
    const country = aff.type !== "Country" && aff.country && rec.phrase.title && !ownBody ? ctx.registry.country(aff.country, aff.first) : null;
    return { target: country ?? aff, confidence: TITLE_CONFIDENCE };
  }
  if (!rec.phrase.title || !rec.person.country) return null;
  const own = ctx.registry.country(rec.person.country, rec.person.first);
  return own ? { target: own, confidence: IMPLIED_CONFIDENCE } : null;
}

export function representsRelations(ctx: ExtractionContext, records: RoleRecord[], tokens: Token[], sentences: Sentence[]): DraftRelation[] {
  const out: DraftRelation[] = [];
  for (const rec of records) {
    const to = representedBy(ctx, rec);
    if (!to || to.target === rec.person) continue;
    const sentence = sentences.find((s) => s.t0 <= rec.t0 && rec.t0 < s.t1);
    const phrase = {
      status: "reported" as const,
      sentence: sentence?.index ?? 0,
      triggerStart: rec.phrase.start,
      triggerEnd: rec.phrase.end,
      evidence: { start: (tokens[rec.t0] as Token).start, end: (tokens[rec.t1 - 1] as Token).end },
    };
    const r: DraftRelation = {
      type: "REPRESENTS",
      source: rec.person,
      target: to.target,
      triggers: rec.phrase.title ? [rec.phrase.title] : [],
      confidence: to.confidence,
      ...phrase,
    };
    if (rec.phrase.title) r.role = rec.phrase.title;
    out.push(r);
    // "a senior commander of the Iran-backed Lebanese group Hezbollah": the backing the phrase states
    const backer = rec.phrase.backer;
    const group = rec.phrase.affiliation;
    if (backer && group && backer !== group) out.push({ type: "COOPERATES_WITH", source: group, target: backer, triggers: [], confidence: to.confidence * 0.8, ...phrase });
  }
  return out;
}

/** A person's country, learnt from the roles of the article when no gazetteer gives it. */
export function learnCountries(records: RoleRecord[]): void {
  for (const rec of records) {
    const aff = rec.phrase.affiliation;
    if (!aff || rec.person.country) continue;
    rec.person.country = aff.type === "Country" ? aff.name : aff.country;
  }
}
