/**
 * Role phrases: a person with a title and the body or country it is held for, in either order —
 * "Menteri Luar Negeri Korea Utara, Choe Son-hui", "juru bicara Kremlin Dmitry Peskov", "Russian
 * Foreign Minister Sergei Lavrov", "Yun Jung Ho, menteri hubungan ekonomi eksternal Korea Utara",
 * "Artyom Lukin, dari Universitas …", "Shoigu mengepalai Dewan Keamanan Rusia". A phrase becomes one
 * person mention (the country inside is a modifier, not an actor) and a REPRESENTS record.
 */
import type { ArticleEntity } from "./entities.js";
import type { RoleTitle } from "./lexicon/schema.js";
import type { Mention, MentionContext, RolePhrase } from "./mentions.js";
import { nameRunEnd, personAt } from "./names.js";
import type { Sentence } from "./text/sentences.js";
import { FIRST } from "./text/first-words.js";
import type { Token } from "./text/tokens.js";

export interface RoleRecord {
  person: ArticleEntity;
  phrase: RolePhrase;
  /** Token range of the whole phrase, for evidence. */
  t0: number;
  t1: number;
}

const MAX_PORTFOLIO_WORDS = 6;
const DETERMINERS = new Set(["the", "a", "an", "seorang", "sang", "its", "his", "her"]);

const isAffiliation = (m: Mention | undefined): m is Mention =>
  m !== undefined && (m.entity.type === "Country" || m.entity.type === "Organization");

const text = (ctx: MentionContext, t0: number, t1: number) =>
  t1 > t0 ? ctx.text.slice((ctx.tokens[t0] as Token).start, (ctx.tokens[t1 - 1] as Token).end) : "";

/** After a title: portfolio words, then optionally the body or country (possibly after "of"/"dari"). */
function parseTitleTail(ctx: MentionContext, s: Sentence, from: number): { end: number; titleEnd: number; affiliation: Mention | null } {
  const lang = ctx.lexicon.lang[ctx.language];
  let j = from;
  while (j < s.t1 && j - from < MAX_PORTFOLIO_WORDS && !ctx.index.covering(j) && lang.portfolios.has((ctx.tokens[j] as Token).norm)) j++;
  let titleEnd = j;
  while (titleEnd > from && ["of", "for", "the", "and", "dan"].includes((ctx.tokens[titleEnd - 1] as Token).norm)) titleEnd--;
  let k = j;
  if (k < s.t1 && lang.affiliationLinks.has((ctx.tokens[k] as Token).norm) && isAffiliation(ctx.index.covering(k + 1))) k++;
  const m = ctx.index.covering(k);
  if (isAffiliation(m) && m.t0 === k && m.form !== "adjective") return { end: m.t1, titleEnd, affiliation: m };
  return { end: titleEnd, titleEnd, affiliation: null };
}

function record(ctx: MentionContext, person: Mention, phrase: Omit<RolePhrase, "start" | "end">, t0: number, t1: number, collapse: boolean): RoleRecord {
  const full: RolePhrase = { ...phrase, start: (ctx.tokens[t0] as Token).start, end: (ctx.tokens[t1 - 1] as Token).end };
  if (phrase.title) person.entity.roles.add(phrase.title);
  if (phrase.label?.leader) person.entity.leader = true;
  if (collapse) ctx.index.put({ t0, t1, entity: person.entity, form: "role-phrase", role: full });
  return { person: person.entity, phrase: full, t0, t1 };
}

/** Title first: "[Adj|Country] title [portfolio] [Country|Body] [,] Name". */
function titleFirst(ctx: MentionContext, s: Sentence, i: number, out: RoleRecord[]): number {
  const titles = ctx.lexicon.lang[ctx.language].titles;
  if (ctx.index.covering(i) || !((ctx.flags[i] as number) & FIRST.title)) return i;
  const hit = titles.longest(ctx.tokens, i, s.t1, ctx.covered);
  const label: RoleTitle | undefined = hit?.payloads[0];
  if (!hit || !label) return i;
  const tail = parseTitleTail(ctx, s, i + hit.length);
  let k = tail.end;
  if (ctx.tokens[k]?.text === ",") k++;
  const person = personAt(ctx, s, k, true);
  if (!person) return i;
  let t0 = i;
  let affiliation = tail.affiliation;
  if (!affiliation) {
    const left = ctx.index.covering(i - 1) ?? (ctx.tokens[i - 1]?.text === "'s" ? ctx.index.covering(i - 2) : undefined);
    if (isAffiliation(left) && left.entity.type !== "Person") {
      affiliation = left;
      t0 = left.t0;
    }
  }
  const title = affiliation && affiliation.t0 < i ? text(ctx, i, tail.titleEnd) : text(ctx, i, affiliation ? affiliation.t0 : tail.titleEnd);
  out.push(record(ctx, person, { title: title.replace(/\s+(dari|of|for)$/i, ""), label, affiliation: affiliation?.entity ?? null }, t0, person.t1, true));
  return person.t1 - 1;
}

/** Name first: "Name, [the] title [portfolio] [of] [Country|Body]" or "Name, dari Body". */
function nameFirst(ctx: MentionContext, s: Sentence, i: number, out: RoleRecord[]): number {
  if (!(ctx.tokens[i] as Token).cap) return i;
  const existing = ctx.index.covering(i);
  if (existing && (existing.t0 !== i || existing.entity.type !== "Person" || existing.form === "role-phrase")) return i;
  const end = existing ? existing.t1 : nameRunEnd(ctx, s, i);
  if (end === i || ctx.tokens[end]?.text !== ",") return i;
  const lang = ctx.lexicon.lang[ctx.language];
  let k = end + 1;
  while (k < s.t1 && DETERMINERS.has((ctx.tokens[k] as Token).norm)) k++;
  const hit = lang.titles.longest(ctx.tokens, k, s.t1, ctx.covered);
  const label = hit?.payloads[0];
  const linked = lang.affiliationLinks.has(ctx.tokens[k]?.norm ?? "") ? ctx.index.covering(k + 1) : undefined;
  if (hit && label) {
    const tail = parseTitleTail(ctx, s, k + hit.length);
    const person = personAt(ctx, s, i, true);
    if (!person) return i;
    const title = text(ctx, k, tail.affiliation ? tail.affiliation.t0 : tail.titleEnd).replace(/\s+(dari|of|for)$/i, "");
    out.push(record(ctx, person, { title, label, affiliation: tail.affiliation?.entity ?? null }, i, tail.end, true));
    return tail.end - 1;
  }
  if (isAffiliation(linked) && linked.t0 === k + 1) {
    const person = personAt(ctx, s, i, true);
    if (!person) return i;
    out.push(record(ctx, person, { title: "", label: null, affiliation: linked.entity }, i, linked.t1, true));
    return linked.t1 - 1;
  }
  return i;
}

/** Every role phrase of the article, titles first (they discover names the appositions then reuse). */
export function findRoles(ctx: MentionContext): RoleRecord[] {
  const out: RoleRecord[] = [];
  for (const s of ctx.sentences) for (let i = s.t0; i < s.t1; i++) i = titleFirst(ctx, s, i, out);
  for (const s of ctx.sentences) for (let i = s.t0; i < s.t1; i++) i = nameFirst(ctx, s, i, out);
  return out;
}

/**
 * Roles stated by a verb or a possessive, found once all names are known: "Shoigu mengepalai Dewan
 * Keamanan Rusia" (heads), "negara Kim Jong-un itu" (his state: the country he belongs to).
 */
export function findVerbalRoles(ctx: MentionContext): RoleRecord[] {
  const lang = ctx.lexicon.lang[ctx.language];
  const out: RoleRecord[] = [];
  for (const s of ctx.sentences) {
    for (let i = s.t0; i < s.t1; i++) {
      const m = ctx.index.covering(i);
      if (m?.entity.type === "Person" && m.t0 === i) {
        const verb = lang.headsVerbs.longest(ctx.tokens, m.t1, s.t1);
        const body = verb ? ctx.index.covering(m.t1 + verb.length) : undefined;
        if (verb && isAffiliation(body) && body.t0 === m.t1 + verb.length) {
          const title = text(ctx, m.t1, m.t1 + verb.length); // heading a body is a role held for it
          out.push(record(ctx, m, { title, label: null, affiliation: body.entity }, i, body.t1, false));
        }
        continue;
      }
      const tok = ctx.tokens[i] as Token;
      const next = ctx.index.covering(i + 1);
      if (!m && lang.possessiveState.has(tok.norm) && next?.entity.type === "Person" && next.t0 === i + 1 && next.entity.country) {
        const country = ctx.registry.country(next.entity.country, tok.start);
        if (country) out.push(record(ctx, next, { title: "", label: null, affiliation: country }, i, next.t1, false));
      }
    }
  }
  return out;
}
