/**
 * Accusations (ACCUSES, always "reported") and the claims they open. A claim's span is what is
 * alleged: relations stated there get status "alleged" and the claim's id (rules/common.ts).
 *  verb    "Negara-negara Barat menuduh Korea Utara … menjual amunisi", "accused X of", "menuduh bahwa X"
 *  passive "Korea Utara dan Iran dituduh oleh AS dan sekutunya menyediakan …", "tindakan yang dikutuk oleh X"
 *  noun    "tuduhan dari Barat bahwa …", "kritik AS terhadap dugaan …", "tuduhan Moskow menggunakan …"
 *  face    "Pyongyang menghadapi tuduhan dari Barat bahwa …" (the subject is the accused)
 */
import { classWithin, entitiesOf, genitiveAt, indexAfter, isOblique, objectRight, ownersAfter, subjectLeft, widen, type Accept, type ArgGroup } from "./args.js";
import { newClaimId, type Claim, type DraftRelation, type ExtractionContext } from "./context.js";
import type { ArticleEntity } from "./entities.js";
import { acceptFor, emit } from "./emit.js";
import type { MarkerClass } from "./lexicon/schema.js";
import { coordinatedSubject, isEnglishPassive, passiveAgent, type TriggerHit } from "./rules/common.js";
import { isHardStop, isMarker, isQuoteMark, markerLength, type Item, type SentenceView } from "./sentence-view.js";
import { speakerOf } from "./speech.js";
import { clauseEnd, isNegated } from "./status.js";


/** "bahwa"/"that" at item k (possibly after a determiner): index after it, else -1. */
function complementAt(v: SentenceView, k: number): number {
  const it = v.items[k];
  if (it && (it.norm === "bahwa" || it.norm === "that")) return k + 1;
  return -1;
}

interface Parsed {
  accusers: ArgGroup;
  accused: ArgGroup;
  from: number;
  /** Condemns a relation another party's claim told ("menyebut pasokan itu sebagai eskalasi"): no claim of its own for denials to answer. */
  echoes?: boolean;
}

/**
 * Whether the noun phrase "claim noun + X" ends before item `k`: "tuduhan Seoul sebagai rumor", "kritik
 * Barat itu", "tuduhan Washington." — then X is the genitive accuser, not the subject of an alleged act.
 */
function endsNounPhrase(v: SentenceView, k: number): boolean {
  const it = v.items[k];
  if (!it || it.kind === "punct") return true;
  // "tuduhan Amerika Serikat soal pengiriman senjata …": a preposition after X opens what the claim is about
  return it.norm === "sebagai" || it.norm === "as" || isMarker(v, k, "demonstrative") || isMarker(v, k, "copula") || (it.kind === "word" && isMarker(v, k, "preposition"));
}

/** Plain words a coordinated noun phrase may hold ("dan tiga negara Eropa", "and its European allies"). */
const COORDINATED_WORDS = 4;

/** The item after "dan/and" + a few plain words starting at `k`, else -1. */
function coordinatedPhraseEnd(v: SentenceView, k: number): number {
  if (!isMarker(v, k, "coordination")) return -1;
  let j = k + markerLength(v, k, "coordination");
  const first = j;
  while (j < v.items.length && j - first < COORDINATED_WORDS && v.items[j]?.kind === "word" && !isMarker(v, j, "complementizer")) j++;
  return j > first ? j : -1;
}

/** After a claim noun: "dari/oleh/by X", "X terhadap Y", "X bahwa …", "X <verb> …" (X accused), "X sebagai …" (X accuser). */
function parseNounTail(ctx: ExtractionContext, v: SentenceView, k: number): Parsed {
  const accept = acceptFor(ctx, "ACCUSES", "source");
  let accusers: ArgGroup = [];
  let accused: ArgGroup = [];
  if (isMarker(v, k, "agent") || isMarker(v, k, "genitiveLink")) {
    accusers = genitiveAt(v, k + 1, accept);
    k = indexAfter(v, accusers, k + 1);
  } else {
    const g = genitiveAt(v, k, accept);
    if (g.length > 0) {
      let next = indexAfter(v, g, k);
      // "tuduhan Amerika Serikat dan tiga negara Eropa bahwa …": owners joined by a plain noun phrase
      const joinedOwners = coordinatedPhraseEnd(v, next);
      if (joinedOwners > 0 && complementAt(v, joinedOwners) > 0) next = joinedOwners;
      if (isMarker(v, next, "againstPrep") || complementAt(v, next) > 0 || endsNounPhrase(v, next)) accusers = g;
      else accused = g;
      k = next;
    }
  }
  if (isMarker(v, k, "againstPrep")) {
    const target = objectRight(v, k + markerLength(v, k, "againstPrep"), { accept, preps: null, maxGap: 4 });
    if (accused.length === 0) accused = target;
    return { accusers, accused, from: k + 1 };
  }
  const c = complementAt(v, k);
  if (c > 0) {
    if (accused.length === 0) accused = objectRight(v, c, { accept, preps: null, maxGap: 3 });
    return { accusers, accused, from: c };
  }
  return { accusers, accused, from: k };
}

/** Sentences back an attack or an arms transfer a condemnation refers to may have been told. */
const RECENT_ACT_SENTENCES = 3;

/**
 * "mengecam serangan Israel", "condemned the strike", "mengecam serangan tersebut": condemning an attack
 * accuses its attacker — named after the noun, or, for an attack already told ("the attack", "serangan
 * itu"), the attacker of the latest attack of the last few sentences. Condemning a tie ("kerja sama
 * militer Pyongyang dan Moskow", "the cooperation between X and Y") accuses the parties named with it;
 * condemning an arms transfer told before ("the transfers", "pengiriman senjata itu") both its parties.
 * `attackers` are whom the condemnation accuses.
 */
function condemnedAttack(ctx: ExtractionContext, v: SentenceView, from: number): { attackers: ArgGroup; end: number; echoes?: boolean } | null {
  let det = from;
  // 'Japan "strongly condemns" the transfers': a quote closing on the verb
  if (isQuoteMark(v.items[det])) det++;
  // "mengecam keras latihan …": an intensifier before the condemned thing
  if (isMarker(v, det, "intensifier")) det += markerLength(v, det, "intensifier");
  const start = det;
  while (det < v.items.length && det < start + 2 && isMarker(v, det, "determiner")) det++;
  // an attack, or a joint exercise ("mengecam latihan militer gabungan tahunan AS dan Korea Selatan"),
  // after at most two words qualifying it ("the annual joint military exercises")
  const condemnable = (p: { type: string; entry: { frame: string } }) =>
    (p.type === "ATTACKED" && p.entry.frame === "noun") ||
    (p.type === "COOPERATES_WITH" && (p.entry.frame === "joint" || p.entry.frame === "noun")) ||
    (p.type === "SUPPLIES_WEAPONS_TO" && p.entry.frame === "noun");
  const accept = acceptFor(ctx, "ACCUSES", "target");
  // English names the attacker before the noun: "the U.S. strikes", "Ukraine's attack", "the Israeli strike"
  let owner: Item | null = null;
  const prenominal = v.items[det];
  // (a place before the noun is where it struck: "the Damascus strike")
  const possessive = v.items[det + 1]?.text === "'s";
  const place = prenominal?.mention?.form === "metonym" || prenominal?.entities.some((e) => e.type === "Location");
  if (ctx.language === "en" && prenominal?.kind === "actor" && prenominal.entities.some(accept) && (possessive || (v.items[det + 1]?.kind === "word" && !place))) {
    owner = prenominal;
    det += possessive ? 2 : 1;
  }
  let k = det;
  let m = null;
  // English puts qualifiers before the noun ("the annual joint exercises"); a preposition means the
  // condemned thing is another one ("reports of attacks", "the retaliation for attacks")
  // "mengecam kedua serangan itu", "rangkaian serangan tersebut": a count before the noun
  while (det < start + 3 && isMarker(v, det, "quantifier") && v.items[det]?.kind === "word") det++;
  const reach = ctx.language === "en" ? det + 3 : det + 1;
  for (; k < reach && v.items[k]?.kind === "word" && !isMarker(v, k, "preposition"); k++) {
    m = ctx.lang.triggers.longest(v.items, k, v.items.length, (j) => v.items[j]?.kind !== "word");
    if (m?.payloads.some(condemnable)) break;
    m = null;
  }
  const it = v.items[k];
  if (!it || !m) return condemnedAct(ctx, v, det, owner) ?? condemnedLaunch(ctx, v, start, det, owner);
  const end = k + m.length;
  if (owner) return { attackers: [owner], end };
  const named = isMarker(v, end, "agent") ? genitiveAt(v, end + 1, accept) : ownersAfter(v, end, accept);
  if (named.length > 0) return { attackers: named, end: indexAfter(v, named, end) };
  const doers = agentOfRelative(ctx, v, end, accept);
  if (doers.length > 0) return { attackers: doers, end: indexAfter(v, doers, end) };
  // "mengecam kerja sama militer antara Rusia dan Korea Utara", "condemns the arms transfers between North
  // Korea and Russia": both parties of a tie or a transfer
  const paired = m.payloads.some((p) => p.type === "COOPERATES_WITH" || p.type === "SUPPLIES_WEAPONS_TO");
  const parties = paired ? objectRight(v, end, { accept, preps: "betweenPrep", maxGap: 2 }) : [];
  if (parties.length >= 2) return { attackers: parties, end: indexAfter(v, parties, end) };
  // "condemned the transfers": both parties of the arms transfer told last
  if (m.payloads.some((p) => p.type === "SUPPLIES_WEAPONS_TO") && !m.payloads.some((p) => p.type === "ATTACKED")) {
    if (det === start && !demonstrativeAfter(v, end)) return null;
    const told = toldSupply(ctx, v);
    if (!told) return null;
    return { attackers: actorsOf(v, it, [told.source, told.target]), end, echoes: told.claimId !== undefined };
  }
  // "the cooperation", "kerja sama itu": no attacker to look back for
  if (!m.payloads.some((p) => p.type === "ATTACKED")) return null;
  // "X menggempur Iran, serangan yang dikecam …": the noun sums up the attack the clause before told
  const appositive = v.items[start - 1]?.text === "," && isMarker(v, end, "relative");
  const anaphoric = det > start || isMarker(v, end, "demonstrative") || appositive;
  if (!anaphoric) return null;
  const attackers = appositive ? clauseAttackers(ctx, v, start - 1) : toldAttackers(ctx, v);
  if (attackers.length === 0) return null;
  return { attackers: actorsOf(v, it, attackers), end: end + (isMarker(v, end, "demonstrative") ? 1 : 0) };
}

/** Words an English act noun may follow after its determiner ("the annual Ulchi Freedom Shield exercise"). */
const ACT_QUALIFIERS = 4;

/**
 * "mengecam langkah Israel tersebut", "criticized Vietnam's decision", "condemned the decision by Tehran",
 * "criticized the exercise that South Korea and the United States are to begin": condemning an act
 * (markers 'actNoun', whose owner is its author, unlike "the killing of X") accuses its author.
 */
function condemnedAct(ctx: ExtractionContext, v: SentenceView, det: number, owner: Item | null): { attackers: ArgGroup; end: number; echoes: true } | null {
  // English qualifies the noun before it ("the annual Ulchi Freedom Shield exercise")
  let at = det;
  const reach = ctx.language === "en" ? det + ACT_QUALIFIERS : det;
  while (at < reach && v.items[at]?.kind === "word" && !isMarker(v, at, "actNoun") && !isMarker(v, at, "preposition")) at++;
  const length = markerLength(v, at, "actNoun");
  if (length === 0 || v.items[at]?.kind !== "word") return null;
  const end = at + length;
  // what the act does is told as fact ("mengecam keputusan AS mengirimkan tank ke Ukraina"), not alleged
  if (owner) return { attackers: [owner], end, echoes: true };
  const accept = acceptFor(ctx, "ACCUSES", "target");
  const named = isMarker(v, end, "agent") ? genitiveAt(v, end + markerLength(v, end, "agent"), accept) : ownersAfter(v, end, accept);
  if (named.length > 0) return { attackers: named, end: indexAfter(v, named, end), echoes: true };
  // the act's author as the subject of a relative clause right after it
  const doer = isMarker(v, end, "relative") ? genitiveAt(v, end + 1, accept) : [];
  return doer.length > 0 ? { attackers: doer, end: indexAfter(v, doer, end), echoes: true } : null;
}

/** Whether an entity is on the side of `speakers`: one of them or of their states (a person or body counts for its country). */
function sideOf(ctx: ExtractionContext, speakers: ArticleEntity[]): (e: ArticleEntity) => boolean {
  const states = new Set(speakers.map((e) => ctx.discourse.countryOf(e) ?? e));
  return (e) => states.has(ctx.discourse.countryOf(e) ?? e);
}

/** Items a violator's phrase may run before the verb that says it breaks a rule. */
const VIOLATOR_REACH = 10;

/**
 * Who breaks a rule, told in the phrase before the verb (after the speech verb, "bahwa/that" or a comma):
 * the authors of an act named there ("kerja sama militer Rusia dan Korut", "pengiriman tersebut", "the
 * transfers"), else the party that is its subject ("Korea Utara melanggar …").
 */
function violators(ctx: ExtractionContext, v: SentenceView, i0: number): ArgGroup {
  let start = i0;
  while (start > 0 && i0 - start < VIOLATOR_REACH) {
    const before = v.items[start - 1] as Item;
    if (isHardStop(before) || before.text === "," || (before.kind === "word" && (isMarker(v, start - 1, "speech") || isMarker(v, start - 1, "clauseBoundary")))) break;
    start--;
  }
  const accept = acceptFor(ctx, "ACCUSES", "target");
  const act = condemnedAttack(ctx, v, start);
  if (act && act.end <= i0) return act.attackers;
  for (let k = start; k < i0; k++) {
    const it = v.items[k] as Item;
    if (it.kind === "actor" && !isOblique(v, k) && it.entities.some(accept)) return widen(v, k, accept);
  }
  return [];
}

/** Items "blamed" may stand before the "on" of whom it blames ("blamed the deadly drone attack on"). */
const BLAMED_ON_REACH = 6;

/** "blamed the attack on X" (English): X, after the blamed thing and "on" (an opening quote aside); else []. */
function blamedOn(v: SentenceView, from: number, accept: Accept): ArgGroup {
  for (let k = from; k < v.items.length && k <= from + BLAMED_ON_REACH; k++) {
    const it = v.items[k] as Item;
    if (it.kind !== "word" || isHardStop(it)) return [];
    // (nothing blamed between: "which it blamed on Hezbollah" leaves the accuser to a pronoun too far to trust)
    if (it.norm === "on") return k === from ? [] : genitiveAt(v, isQuoteMark(v.items[k + 1]) ? k + 2 : k + 1, accept);
  }
  return [];
}

/** Items between a condemned noun and the passive verb of its relative clause ("serangan berskala besar yang dilancarkan"). */
const RELATIVE_AGENT_REACH = 6;

/**
 * The agent a passive relative clause after a noun names: "serangan berskala besar yang dilancarkan Iran
 * terhadap Israel", "the attack carried out by Iran", "strikes launched by the Houthis".
 */
function agentOfRelative(ctx: ExtractionContext, v: SentenceView, end: number, accept: Accept): ArgGroup {
  for (let k = end; k < v.items.length && k <= end + RELATIVE_AGENT_REACH; k++) {
    const it = v.items[k] as Item;
    // ("Serangan itu dikecam oleh Rusia", "The strike was condemned by Moscow": the condemner, no author)
    if (it.kind !== "word" || isHardStop(it) || it.text === "," || isMarker(v, k, "demonstrative") || isMarker(v, k, "beAux") || isMarker(v, k, "auxiliary")) return [];
    // "yang dilancarkan (oleh) Iran": an Indonesian passive takes its agent with or without "oleh"
    if (isMarker(v, k, "relative") && v.items[k + 1]?.kind === "word" && /^di\p{L}{3,}/u.test(v.items[k + 1]?.norm ?? "")) {
      const after = k + 2 + (isMarker(v, k + 2, "agent") ? markerLength(v, k + 2, "agent") : 0);
      return genitiveAt(v, after, accept);
    }
    // "carried out by Iran", "launched by the Houthis" (an Indonesian agent needs the "yang" above)
    if (ctx.language === "en" && isMarker(v, k, "agent") && k > end) return genitiveAt(v, k + markerLength(v, k, "agent"), accept);
  }
  return [];
}

/** Each entity as the sentence's actor naming it, else as a stand-in for it at item `at` (told in an earlier sentence). */
function actorsOf(v: SentenceView, at: Item, entities: ArticleEntity[]): Item[] {
  return entities.map((e) => v.items.find((x) => x.kind === "actor" && x.entities.includes(e)) ?? { ...at, kind: "actor", entities: [e], pronoun: true });
}

/**
 * When a passive accusation's subject is an attack ("Serangan itu dikecam oleh Rusia", "The strike was
 * condemned by Moscow", ", serangan yang dikecam …"), its attackers as condemnedAttack finds them (none
 * when it finds none); null when the subject is no attack.
 */
function condemnedSubject(ctx: ExtractionContext, v: SentenceView, verb: number): { attackers: ArgGroup } | null {
  const attackNounAt = (k: number) =>
    ctx.lang.triggers.longest(v.items, k, v.items.length, (j) => v.items[j]?.kind !== "word")?.payloads.some((p) => p.type === "ATTACKED" && p.entry.frame === "noun") === true;
  let k = verb - 1;
  while (k > 0 && (isMarker(v, k, "auxiliary") || isMarker(v, k, "demonstrative") || isMarker(v, k, "relative"))) k--;
  // "Serangan Israel ke konsulat Iran di Damaskus dikecam …": the noun opens the clause, its phrase follows
  if (!attackNounAt(k)) {
    k = verb - 1;
    while (k > 0 && v.items[k - 1]?.text !== "," && !isHardStop(v.items[k - 1])) k--;
    while (isMarker(v, k, "determiner")) k++;
    if (!attackNounAt(k)) return null;
  }
  let start = k;
  while (start > 0 && isMarker(v, start - 1, "determiner")) start--;
  return { attackers: condemnedAttack(ctx, v, start)?.attackers ?? [] };
}

/**
 * "condemned the launch", "mengecam peluncuran itu", "Jepang juga mengecam uji coba itu": condemning a
 * missile launch or test accuses who launched it — named with it, else the launcher told in the last
 * few sentences.
 */
function condemnedLaunch(ctx: ExtractionContext, v: SentenceView, start: number, det: number, owner: Item | null): { attackers: ArgGroup; end: number } | null {
  const length = markerLength(v, det, "launch");
  if (length === 0 || v.items[det]?.kind !== "word") return null;
  const end = det + length;
  // "the launch of the talks": a launch of something that is no weapon
  if ((v.items[end]?.norm === "of" || v.items[end]?.norm === "dari") && classWithin(v, end, "weapon", LAUNCH_OF_REACH) < 0) return null;
  if (owner) return { attackers: [owner], end };
  const accept = acceptFor(ctx, "ACCUSES", "target");
  const named = isMarker(v, end, "agent") ? genitiveAt(v, end + markerLength(v, end, "agent"), accept) : ownersAfter(v, end, accept);
  if (named.length > 0) return { attackers: named, end: indexAfter(v, named, end) };
  if (det === start && !isMarker(v, end, "demonstrative")) return null;
  const launcher = toldLauncher(ctx, v, accept);
  return launcher ? { attackers: [launcher], end: end + (isMarker(v, end, "demonstrative") ? 1 : 0) } : null;
}

/** Items after "the launch of" its weapon may stand ("the launch of a new missile"). */
const LAUNCH_OF_REACH = 4;

/** Sentences back a launch may have been told. */
const RECENT_LAUNCH_SENTENCES = 6;

/**
 * Who launched or tested a weapon in the last few sentences: the subject of a launch verb with a weapon
 * after it ("North Korea fired a hypersonic missile …"), or of watching a launch ("Kim Jong Un menyaksikan
 * uji peluncuran rudal", a leader standing for his state); the one told most, the first told on a tie.
 * A satellite launched, or watchers of two states ("Shoigu and Kim watched the launch"), name none.
 */
function toldLauncher(ctx: ExtractionContext, v: SentenceView, accept: Accept): Item | null {
  const told: { entity: ArticleEntity; item: Item }[] = [];
  const from = Math.max(0, ctx.views.length - 1 - RECENT_LAUNCH_SENTENCES);
  for (const view of ctx.views.slice(from)) {
    for (let j = 0; j < view.items.length; j++) {
      if (view.items[j]?.kind !== "word" || !launchAt(view, j)) continue;
      const who = subjectLeft(view, j, { accept });
      const states = [...new Set(entitiesOf(who).map((e) => (e.type === "Person" ? (ctx.discourse.countryOf(e) ?? e) : e)))];
      if (states.length === 1 && who[0]) told.push({ entity: states[0] as ArticleEntity, item: who[0] });
    }
  }
  const count = (e: ArticleEntity) => told.filter((t) => t.entity === e).length;
  const best = [...told].sort((a, b) => count(b.entity) - count(a.entity))[0];
  return best ? { ...best.item, entities: [best.entity], pronoun: true } : null;
}

/** A launch verb with its weapon after it, or watching a launch noun, at item `j` (no satellite launched). */
function launchAt(v: SentenceView, j: number): boolean {
  const verb = isMarker(v, j, "launchVerb");
  const watch = !verb && isMarker(v, j, "launchWatch") && classWithin(v, j + 1, "launch", LAUNCH_WATCH_REACH) >= 0;
  if (!verb && !watch) return false;
  return classWithin(v, j, "weapon", LAUNCH_WEAPON_REACH) >= 0 && classWithin(v, j, "spaceLaunch", LAUNCH_WEAPON_REACH) < 0;
}

/** Items after a watching verb the launch noun may stand ("watched the test-firing of"). */
const LAUNCH_WATCH_REACH = 4;

/** Items after a launch verb its weapon may stand ("watched the test-firing of a new solid-fuel missile": hyphens count). */
const LAUNCH_WEAPON_REACH = 12;

/** A demonstrative right after a noun, or after one word qualifying it ("pengiriman senjata itu"). */
const demonstrativeAfter = (v: SentenceView, end: number) =>
  isMarker(v, end, "demonstrative") || (v.items[end]?.kind === "word" && isMarker(v, end + 1, "demonstrative"));

/** The arms transfer told last in the few sentences before (accusations are read before this sentence's relations), if any. */
function toldSupply(ctx: ExtractionContext, v: SentenceView): DraftRelation | null {
  const told = ctx.relations.filter((rel) => rel.type === "SUPPLIES_WEAPONS_TO" && rel.status !== "denied" && rel.sentence <= v.sentence.index && rel.sentence >= v.sentence.index - RECENT_ACT_SENTENCES);
  return told[told.length - 1] ?? null;
}

/**
 * ", serangan yang dikecam …", ", a strike that drew condemnation": the subject of the attack verb
 * in the clause before the comma at `comma` (this sentence's attacks are not emitted yet).
 */
function clauseAttackers(ctx: ExtractionContext, v: SentenceView, comma: number): ArticleEntity[] {
  for (let k = comma - 1; k > 0 && !isHardStop(v.items[k]); k--) {
    const m = v.items[k]?.kind === "word" ? ctx.lang.triggers.longest(v.items, k, v.items.length, (j) => v.items[j]?.kind !== "word") : null;
    if (m?.payloads.some((p) => p.type === "ATTACKED" && p.entry.frame === "verb")) {
      return entitiesOf(subjectLeft(v, k, { accept: acceptFor(ctx, "ATTACKED", "source") }));
    }
  }
  return [];
}

/**
 * Whom "the attack" refers to: of the attacks told lately, the attacker the story names most (ties to the
 * latest), with whoever attacked alongside him by the same words
 * ("The United States and Britain carried out airstrikes … Iran condemned the strikes"), if an attack
 * was told in the last few sentences.
 */
function toldAttackers(ctx: ExtractionContext, v: SentenceView): ArticleEntity[] {
  const score = new Map<ArticleEntity, { n: number; last: number }>();
  ctx.relations.forEach((rel: DraftRelation, k) => {
    if (rel.type !== "ATTACKED" || rel.status === "denied" || rel.sentence > v.sentence.index) return;
    score.set(rel.source, { n: (score.get(rel.source)?.n ?? 0) + 1, last: k });
  });
  const recent = ctx.relations.some((rel) => rel.type === "ATTACKED" && rel.sentence >= v.sentence.index - RECENT_ACT_SENTENCES);
  if (!recent) return [];
  const best = [...score.entries()].sort((a, b) => b[1].n - a[1].n || b[1].last - a[1].last)[0];
  const told = best ? ctx.relations[best[1].last] : undefined;
  if (!best || !told) return [];
  const alongside = ctx.relations.filter((rel) => rel.type === "ATTACKED" && rel.status !== "denied" && rel.sentence === told.sentence && rel.triggerStart === told.triggerStart).map((rel) => rel.source);
  return [...new Set([best[0], ...alongside])];
}

function parse(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): Parsed | null {
  const accept = acceptFor(ctx, "ACCUSES", "source");
  const frame = hit.entry.frame;
  // "is accused", "is also accused", "has been accused"
  const passive = frame === "passive" || (frame === "verb" && isEnglishPassive(ctx.language, v, hit));
  if (passive) {
    // "dituduh oleh Ukraina", "dituduh Ukraina" (an Indonesian passive takes its agent without "oleh" too)
    const accusers = passiveAgent(ctx.language, v, hit.i1, accept);
    // "Serangan itu dikecam oleh Rusia", "The strike was condemned by Moscow": the attack's author is
    // accused, not whoever the attack's clause names ("X menggempur Iran, serangan yang dikecam …")
    const attack = condemnedSubject(ctx, v, hit.i0);
    const accused = attack ? attack.attackers : subjectLeft(v, hit.i0, { accept });
    return { accusers, accused, from: indexAfter(v, accusers, hit.i1) };
  }
  if (frame === "verb") {
    // 'Japan "strongly condemns" …': a partial quote may open before the verb
    let at = hit.i0;
    while (at > 0 && (isMarker(v, at - 1, "intensifier") || isQuoteMark(v.items[at - 1]))) at--;
    const accusers = subjectLeft(v, isQuoteMark(v.items[at]) ? at : hit.i0, { accept, speechAct: true });
    const direct = genitiveAt(v, hit.i1, accept);
    if (direct.length > 0) return { accusers, accused: direct, from: indexAfter(v, direct, hit.i1) };
    // "Baltic Freight, which Washington accused of shipping drones": the object is the relative clause's
    // head (none when it is no known entity); the alleged act's subject is never the accuser
    if (ctx.language === "en" && v.items[hit.i1]?.norm === "of") return { accusers, accused: relativeHead(v, accusers, accept), from: hit.i1 };
    const c = complementAt(v, hit.i1);
    // "blamed the attack on radical Iran-backed groups": the party after "on" is blamed, not the attack's target
    const blamed = isMarker(v, hit.i0, "blameVerb") ? blamedOn(v, hit.i1, accept) : [];
    if (blamed.length > 0) return { accusers, accused: blamed, from: indexAfter(v, blamed, hit.i1) };
    if (c < 0) {
      const attack = condemnedAttack(ctx, v, hit.i1);
      return attack ? { accusers, accused: attack.attackers, from: attack.end, ...(attack.echoes ? { echoes: true } : {}) } : null;
    }
    return { accusers, accused: objectRight(v, c, { accept, preps: null, maxGap: 3 }), from: c };
  }
  if (frame === "smear") {
    const accused = smearer(ctx, v, hit, accept);
    if (accused.length === 0) return null;
    // the speaker stands before the quote the smear noun may open ('dismissed the reports as "a smear campaign"')
    let at = hit.i0;
    while (at > 0 && (isMarker(v, at - 1, "determiner") || isQuoteMark(v.items[at - 1]))) at--;
    return { accusers: subjectLeft(v, at, { accept, speechAct: true }), accused, from: indexAfter(v, accused, hit.i1) };
  }
  if (frame === "demand-stop") {
    // "urged North Korea to halt arms supplies to Russia", "mendesak Rusia dan Korea Utara menghentikan kerja
    // sama militer": only a demand to stop something accuses; what is to stop is the claim
    const object = objectThen(v, hit, accept, "stopVerb", INFINITIVE_LINKS);
    if (!object) return null;
    // the subject shared with a verb before ("memanggil Dubes Rusia dan mendesak Moskow …"), never a party urged
    const urged = new Set(entitiesOf(object.accused));
    const shared = coordinatedSubject(v, hit.i0, accept);
    const own = shared.length > 0 && !entitiesOf(shared).some((e) => urged.has(e));
    return { accusers: own ? shared : subjectLeft(v, hit.i0, { accept, speechAct: true }), ...object };
  }
  if (frame === "sanction") {
    // "imposed sanctions on Iran over its drone transfers", "menjatuhkan sanksi kepada Iran karena memasok
    // drone": only a sanction with its reason accuses; the reason is the claim
    const object = objectThen(v, hit, accept, "reason") ?? describedObjectThen(v, hit, accept, "reason");
    return object && { accusers: subjectLeft(v, hit.i0, { accept }), ...object };
  }
  if (frame === "characterize") {
    // "menyebut serangan itu sebagai \"agresi terang-terangan\"", "called the launch \"a grave provocation\"",
    // "menyebut kerja sama militer Rusia dan Korut sebagai ancaman": what a speaker calls an attack, a launch,
    // a tie or a transfer accuses its authors when the name condemns it ("hubungan yang strategis" does
    // not); his own side's he calls something else
    // a party itself may be what the speaker calls it ("menyebut Korea Utara sebagai \"kaki tangan\" agresi Rusia")
    // (the party heads the object: what follows it is already the name, not a noun it qualifies, "the Damascus strike")
    const named = genitiveAt(v, hit.i1, accept);
    const after = v.items[indexAfter(v, named, hit.i1)];
    const party = named.length > 0 && after && (CHARACTERIZATION_OPENERS.has(after.norm) || isQuoteMark(after)) ? named : [];
    const attack = condemnedAttack(ctx, v, hit.i1) ?? (party.length > 0 ? { attackers: party, end: indexAfter(v, party, hit.i1) } : null);
    if (!attack || !characterizes(v, attack.end)) return null;
    const accusers = subjectLeft(v, hit.i0, { accept, speechAct: true });
    const ours = sideOf(ctx, entitiesOf(accusers));
    // calling one's own accuser names ("described the MSMT as an \"illegal\" body") answers its claim: a denial
    const answers = (e: ArticleEntity) =>
      attack.attackers === party && (ctx.discourse.lastReporter === e || ctx.claims.some((c) => c.accusers.includes(e) && c.accused.some(ours)));
    const accused = attack.attackers.filter((it) => it.entities.every((e) => !ours(e) && !answers(e)));
    return accused.length > 0 ? { accusers, accused, from: attack.end, ...(attack.echoes ? { echoes: true } : {}) } : null;
  }
  if (frame === "violates") {
    // "Seoul menilai kerja sama militer Rusia dan Korut melanggar resolusi DK PBB", "Menurut Kihara, pengiriman
    // tersebut melanggar …", "said North Korea violated …": a speaker's judgment that a party or its act breaks
    // a rule accuses the party; nobody's judgment (the article's own telling) accuses no one
    const { speakers } = speakerOf(ctx, v, hit.i0);
    if (speakers.length === 0) return null;
    const ours = sideOf(ctx, speakers);
    const accused = violators(ctx, v, hit.i0).filter((it) => it.entities.every((e) => !ours(e)));
    if (accused.length === 0) return null;
    return { accusers: actorsOf(v, v.items[hit.i0] as Item, speakers), accused, from: hit.i1 };
  }
  if (frame === "accountable") {
    // "to hold the DPRK and Russia accountable", "held Tehran responsible for the attack": holding a
    // party to account accuses it; what it is held to account for is the claim
    // a pronoun is no party to hold to account: "Tehran held them responsible" names no one
    const object = objectThen(v, hit, accept, "accountable");
    if (object?.accused.some((it) => it.pronoun)) return null;
    // a partial quote may open before it: 'work with Seoul "to hold North Korea accountable," he said'
    let at = hit.i0;
    while (at > 0 && (INFINITIVE_LINKS.includes(v.items[at - 1]?.norm ?? "") || isQuoteMark(v.items[at - 1]))) at--;
    return object && { accusers: subjectLeft(v, at, { accept, speechAct: true }), ...object };
  }
  if (frame === "face") {
    const accused = subjectLeft(v, hit.i0, { accept });
    const tail = parseNounTail(ctx, v, hit.i1);
    return { accusers: tail.accusers, accused, from: tail.from };
  }
  // noun: a demonstrative after it refers back to a claim already made
  if (isMarker(v, hit.i1, "demonstrative") && ctx.language === "id") return null;
  const tail = parseNounTail(ctx, v, hit.i1);
  if (ctx.language === "en" && tail.accusers.length === 0) tail.accusers = accuserBefore(v, hit.i0, accept);
  if (ctx.language === "en" && tail.accusers.length === 0 && tail.accused.length === 0) return null;
  return tail;
}

const INFINITIVE_LINKS = ["to", "untuk", "agar", "supaya"];

/** Words that open what an attack is called: "as", "sebagai", a quote, "a"/"an" ("called the strike a violation"). */
const CHARACTERIZATION_OPENERS = new Set(["as", "sebagai", "a", "an"]);

/** Items between the attack and what it is called ("serangan Ukraina terhadap Kursk itu sebagai …"). */
const CHARACTERIZATION_GAP = 5;
/** Items what it is called may run before its condemning word ("a flagrant violation", "\"agresi terang-terangan\""). */
const CHARACTERIZATION_REACH = 6;

/**
 * After the attack ending at `k`, a name for it that condemns it: "as a war crime", "sebagai \"agresi\"",
 * "\"sembrono\"". Praise ("excellent", "a just response", "legitimate self-defence") accuses no one.
 */
function characterizes(v: SentenceView, k: number): boolean {
  for (let j = k; j < v.items.length && j <= k + CHARACTERIZATION_GAP; j++) {
    const it = v.items[j] as Item;
    if (CHARACTERIZATION_OPENERS.has(it.norm) || isQuoteMark(it)) {
      for (let c = j; c < v.items.length && c <= j + CHARACTERIZATION_REACH; c++) if (isMarker(v, c, "condemnation")) return true;
      return false;
    }
    if (isHardStop(it) || it.text === "," || (it.kind === "word" && isMarker(v, j, "clauseBoundary"))) return false;
  }
  return false;
}

/**
 * The trigger's object and, right after it (past one of `links`), a word of `cls`: the accused, and the
 * claim from after that word ("sanctioned Iran [over] …", "urged Iran to [halt] …"); else null.
 */
function objectThen(v: SentenceView, hit: TriggerHit, accept: Accept, cls: MarkerClass, links: readonly string[] = []): { accused: ArgGroup; from: number } | null {
  const accused = genitiveAt(v, hit.i1, accept);
  if (accused.length === 0) return null;
  let k = indexAfter(v, accused, hit.i1);
  if (links.includes(v.items[k]?.norm ?? "")) k++;
  // "urged X to immediately stop", "mendesak Rusia segera menghentikan"
  if (isMarker(v, k, "immediacy")) k += markerLength(v, k, "immediacy");
  return isMarker(v, k, cls) ? { accused, from: k + markerLength(v, k, cls) } : null;
}

/** Items a described object may span before its reason ("three Iranian military officers and drone maker Shahed Aviation Industries"). */
const DESCRIBED_OBJECT_ITEMS = 10;

/**
 * The parties a described object names and, right after it, a word of `cls`: "menjatuhkan sanksi kepada
 * tiga perwira militer Iran dan produsen drone Shahed Aviation Industries atas pengiriman drone …" accuses
 * Iran and the company; else null (no such word before the clause goes on).
 */
function describedObjectThen(v: SentenceView, hit: TriggerHit, accept: Accept, cls: MarkerClass): { accused: ArgGroup; from: number } | null {
  const accused: ArgGroup = [];
  for (let k = hit.i1; k < v.items.length && k <= hit.i1 + DESCRIBED_OBJECT_ITEMS; k++) {
    const it = v.items[k] as Item;
    if (isMarker(v, k, cls)) return accused.length > 0 ? { accused, from: k + markerLength(v, k, cls) } : null;
    if (isHardStop(it) || it.text === "," || (it.kind === "word" && (isMarker(v, k, "clauseBoundary") || isMarker(v, k, "relative")))) return null;
    // "companies in China": where the parties are is not who they are
    if (it.kind === "actor" && it.entities.some(accept) && !isOblique(v, k)) accused.push(it);
  }
  return null;
}

/** Words right before a smear noun that make it no one's doing yet ("against", "possible", "warned of"). */
const SMEAR_NOT_ACCUSED: readonly MarkerClass[] = ["againstPrep", "hostile", "planned", "hedge"];

/** Quotes and a relative participle between a smear noun and its agent ("“smear campaign” waged by", "yang dilancarkan (oleh)"). */
const SMEAR_TO_AGENT = 3;

/**
 * Whose doing a smear noun names: the agent ("a smear campaign by the United States", "perang informasi
 * yang dilancarkan Washington"), the Indonesian owner after it ("kampanye disinformasi Barat") or the
 * English one before it ("Western disinformation", "U.S. provocations").
 */
function smearer(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, accept: Accept): ArgGroup {
  // named as something to fight, fear or expect ("the fight against disinformation", "warned of possible
  // provocations", "mewaspadai kemungkinan provokasi"), it is no one's doing yet
  for (let k = Math.max(0, hit.i0 - 2); k < hit.i0; k++) {
    if (SMEAR_NOT_ACCUSED.some((cls) => isMarker(v, k, cls))) return [];
  }
  let relative = false;
  let participle = false;
  for (let k = hit.i1; k < v.items.length && k <= hit.i1 + SMEAR_TO_AGENT; k++) {
    const it = v.items[k] as Item;
    if (isMarker(v, k, "agent")) return genitiveAt(v, k + markerLength(v, k, "agent"), accept);
    // an Indonesian passive takes its agent without "oleh": "yang dilancarkan Washington"
    if (ctx.language === "id" && participle && it.kind === "actor") return genitiveAt(v, k, accept);
    // "orchestrated by", "yang dilancarkan": a passive participle, not a report of it ("reported by")
    const isParticiple =
      it.kind === "word" &&
      !isMarker(v, k, "speech") &&
      !isMarker(v, k, "preposition") &&
      (ctx.language === "en" ? it.norm.endsWith("ed") : relative && it.norm.length > 3 && it.norm.startsWith("di"));
    relative ||= isMarker(v, k, "relative");
    participle ||= isParticiple;
    const passes = it.kind === "punct" ? isQuoteMark(it) : isMarker(v, k, "relative") || isParticiple;
    if (!passes) break;
  }
  if (ctx.language === "id") return genitiveAt(v, hit.i1, accept);
  return accuserBefore(v, hit.i0, accept);
}

/** The head of the relative clause an argument group opens ("X, which/whom <group> …"), else none. */
function relativeHead(v: SentenceView, group: ArgGroup, accept: Accept): ArgGroup {
  const first = group[0];
  if (!first) return [];
  const rel = v.items.indexOf(first) - 1;
  if (!isMarker(v, rel, "relative")) return [];
  const head = v.items[rel - 1]?.text === "," ? rel - 2 : rel - 1;
  const it = v.items[head];
  return it?.kind === "actor" && it.entities.some(accept) ? widen(v, head, accept) : [];
}

/** English puts the accuser before the noun: "U.S. accusations", "Kyiv's allegations". */
function accuserBefore(v: SentenceView, i0: number, accept: Accept): ArgGroup {
  const at = v.items[i0 - 1]?.text === "'s" ? i0 - 2 : i0 - 1;
  const it = v.items[at];
  return it?.kind === "actor" && it.entities.some(accept) ? widen(v, at, accept) : [];
}

/** Registers the claim of an accusation trigger and its ACCUSES relations. */
export function accuse(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): void {
  const p = parse(ctx, v, hit);
  if (isNegated(v, hit.i0, false)) {
    // "South Korea does not suspect China of supplying weapons": what it does not allege is not stated either
    if (p) ctx.unsaid.push({ sentence: v.sentence.index, from: p.from, to: clauseEnd(v, p.from) });
    return;
  }
  if (!p || (p.accusers.length === 0 && p.accused.length === 0)) return;
  const accusers = entitiesOf(p.accusers);
  const accused = entitiesOf(p.accused).filter((e) => !accusers.includes(e));
  const claim: Claim = { id: newClaimId(ctx), accusers, accused, sentence: v.sentence.index, from: p.from, to: clauseEnd(v, p.from), relations: [] };
  if (hit.entry.frame === "demand-stop") claim.ongoing = true;
  // a smear is the speaker's answer to a claim, and an echo condemns what a claim told: neither is a claim
  // later denials answer
  if (hit.entry.frame !== "smear" && !p.echoes) ctx.claims.push(claim);
  if (accusers.length > 0 && accused.length > 0) {
    emit(ctx, { type: "ACCUSES", sources: accusers, targets: accused, status: "reported", view: v, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence, claim });
  }
}
