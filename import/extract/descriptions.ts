/**
 * Definite descriptions of a person named before: "sang presiden", "menteri pertahanan Rusia itu",
 * "the Russian leader", "the foreign minister". A title with no name after it, made definite (Indonesian
 * "itu/tersebut" after it or "sang" before it, English "the" before it), stands for the one person who
 * held that title (for that country, when one is named) before it in the article; with two or more
 * candidates ("Yoon … Putin … the president") or none, it stands for nobody. A headline drops "the" and
 * "itu" ("Menlu Belarus Sambangi Pyongyang") and may name the holder only below. A bare title describes the
 * roles it covers too ("menteri Rusia itu" for the defence minister named before).
 */
import type { ArticleEntity } from "./entities.js";
import type { MarkerClass } from "./lexicon/schema.js";
import type { Mention, MentionContext } from "./mentions.js";
import type { RoleRecord } from "./roles.js";
import { FIRST } from "./text/first-words.js";
import type { Sentence } from "./text/sentences.js";
import type { Token } from "./text/tokens.js";

/** Words a title's tail ends with when a body follows ("head of", "minister for"). */
const LINK_WORDS = new Set(["of", "for", "the", "and", "dan", "dari", "untuk"]);

/** Words before a title that make it definite in Indonesian ("sang presiden"). */
const ID_DEFINITE_BEFORE = new Set(["sang"]);

interface Description {
  t0: number;
  t1: number;
  role: string;
  /** Roles the bare title also describes (RoleTitle.covers). */
  covers: readonly string[];
  leader: boolean;
  country: ArticleEntity | null;
}

const countryAt = (ctx: MentionContext, t: number): Mention | null => {
  const m = ctx.index.covering(t);
  return m && m.entity.type === "Country" ? m : null;
};

/** The description starting at token `i` ("the" / "sang" / "mantan" included), or null. */
function descriptionAt(ctx: MentionContext, s: Sentence, i: number, isMarker: (t: number, cls: MarkerClass) => number): Description | null {
  const lang = ctx.lexicon.lang[ctx.language];
  const tok = ctx.tokens[i] as Token;
  // a headline drops articles and demonstratives: "Menlu Belarus Sambangi Pyongyang", "Russian Defence Minister Visits Pyongyang"
  const headline = s.index === 0;
  let k = i;
  if (ctx.language === "en") {
    if (tok.norm === "the") k++;
    else if (!headline) return null;
  } else if (ID_DEFINITE_BEFORE.has(tok.norm)) k++;
  if (lang.formerWords.has(ctx.tokens[k]?.norm ?? "")) k++;
  // "the Russian leader": a country before the title
  const before = ctx.language === "en" ? countryAt(ctx, k) : null;
  if (before) k = before.t1;
  if (k >= s.t1 || ctx.index.covering(k) || !((ctx.flags[k] as number) & FIRST.title)) return null;
  const hit = lang.titles.longest(ctx.tokens, k, s.t1, ctx.covered);
  const label = hit?.payloads[0];
  if (!hit || !label || label.rank) return null;
  let end = k + hit.length;
  while (end < s.t1 && !ctx.index.covering(end) && lang.portfolios.has((ctx.tokens[end] as Token).norm)) end++;
  // "the head of the IAEA": a title of a body named after it is that body's, not a description
  if (LINK_WORDS.has(ctx.tokens[end - 1]?.norm ?? "")) return null;
  const after = countryAt(ctx, end);
  if (after) end = after.t1;
  if (ctx.index.covering(end)) return null;
  const next = ctx.tokens[end];
  if (ctx.language === "id") {
    const definite = next !== undefined && isMarker(end, "demonstrative") > 0;
    if (!definite && k === i && !headline) return null;
    if (definite) end += isMarker(end, "demonstrative");
  } else if (next?.cap && next.kind === "word" && !headline) {
    return null; // "the foreign minister Sergei Lavrov": a role phrase, not a description
  }
  // a bare title in a headline must name its country ("Menlu Belarus"), or it says too little
  if (headline && k === i && !(before ?? after)) return null;
  return { t0: i, t1: end, role: label.role, covers: label.covers, leader: label.leader, country: (before ?? after)?.entity ?? null };
}

/** Whom a description stands for: the one holder of its title (of its country) named before it (in a headline: in the article), else nobody. */
function referent(ctx: MentionContext, d: Description, roles: readonly RoleRecord[], start: number): ArticleEntity | null {
  const countryOf = (rec: RoleRecord) => {
    const aff = rec.phrase.affiliation;
    return aff?.type === "Country" ? aff.name : (aff?.country ?? rec.person.country);
  };
  const holders = roles.filter((rec) => {
    const label = rec.phrase.label;
    if (!label || (ctx.tokens[rec.t0] as Token).start >= start) return false;
    const sameRole = label.role === d.role || d.covers.includes(label.role) || (d.leader && label.leader);
    return sameRole && (!d.country || countryOf(rec) === d.country.name);
  });
  const persons = new Set(holders.map((rec) => rec.person));
  return persons.size === 1 ? ([...persons][0] as ArticleEntity) : null;
}

export function findDescriptions(ctx: MentionContext, roles: readonly RoleRecord[], isMarker: (t: number, cls: MarkerClass) => number): void {
  for (const s of ctx.sentences) {
    for (let i = s.t0; i < s.t1; i++) {
      if (ctx.index.covering(i)) continue;
      const d = descriptionAt(ctx, s, i, isMarker);
      if (!d) continue;
      // a headline sums up the article: its holder may be named after it
      const start = s.index === 0 ? Number.POSITIVE_INFINITY : (ctx.tokens[i] as Token).start;
      const person = referent(ctx, d, roles, start);
      if (!person) continue;
      // the country inside is a modifier of the person, as in a role phrase
      ctx.index.put({ t0: d.t0, t1: d.t1, entity: person, form: "description" });
      i = d.t1 - 1;
    }
  }
}
