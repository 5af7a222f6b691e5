/**
 * Turns argument groups into draft relations: every source × target pair, each endpoint made fit for
 * the relation type as graph-schema defines it — a state organ stands for its state, and a person
 * stands for his country where the type takes no persons (SUPPLIES_WEAPONS_TO, ATTACKED) or faces a
 * state on the other end of a symmetric relation; a body with a country is its place when visited.
 */
import { allowsEndpoints, isSymmetric, RELATION_TYPES, type RelationStatus, type RelationType } from "../../graph-schema/index.js";

import type { Claim, DraftRelation, ExtractionContext } from "./context.js";
import type { ArticleEntity } from "./entities.js";
import { isMarker, markerEndingAt, type Item, type SentenceView } from "./sentence-view.js";

type Side = "source" | "target";

const allowed = (type: RelationType, side: Side, e: ArticleEntity) =>
  (side === "source" ? RELATION_TYPES[type].sourceTypes : RELATION_TYPES[type].targetTypes).some((t) => t === e.type);

/** The entity that takes part in a relation of `type` for `e`, or null when none can. */
export function endpoint(ctx: ExtractionContext, type: RelationType, side: Side, e: ArticleEntity): ArticleEntity | null {
  const country = () => ctx.discourse.countryOf(e);
  if (type !== "REPRESENTS" && e.organ && e.country) return country();
  // a visit to a city or region of a country is a visit to the country ("flew to Kazan"), and so is
  // an attack on one ("struck Kharkiv"): the sentence keeps the place
  if ((type === "VISITED" || type === "ATTACKED") && side === "target" && e.type === "Location" && e.country) return country() ?? e;
  if (allowed(type, side, e)) return e;
  // a city or region is where an attack comes from, never who attacks ("Redlepus Vector Industry Shenzhen")
  if (type === "ATTACKED" && side === "source" && e.type === "Location") return null;
  if (e.type === "Person" || e.type === "Organization" || e.type === "Location") {
    const c = country();
    return c && allowed(type, side, c) ? c : null;
  }
  return null;
}

/** Accepts an actor as an argument of `type` on `side`. */
export const acceptFor = (ctx: ExtractionContext, type: RelationType, side: Side) => (e: ArticleEntity) =>
  endpoint(ctx, type, side, e) !== null;

export interface EmitArgs {
  type: RelationType;
  sources: ArticleEntity[];
  targets: ArticleEntity[];
  status: RelationStatus;
  view: SentenceView;
  /** Trigger items [i0, i1). */
  i0: number;
  i1: number;
  confidence: number;
  claim?: Claim;
  role?: string;
}

/** Cooperation is between states: a person, a state body or armed forces stand for their country. */
const liftPerson = (ctx: ExtractionContext, e: ArticleEntity) =>
  e.type === "Person" || (e.type === "Organization" && (e.kind === "state" || e.kind === "military" || e.organ)) ? (ctx.discourse.countryOf(e) ?? e) : e;

function sameLevel(ctx: ExtractionContext, a: ArticleEntity, b: ArticleEntity): [ArticleEntity, ArticleEntity] {
  const lift = (p: ArticleEntity) => ctx.discourse.countryOf(p) ?? p;
  if (a.type === "Person" && b.type !== "Person") return [lift(a), b];
  if (b.type === "Person" && a.type !== "Person") return [a, lift(b)];
  return [a, b];
}

/**
 * A sea or a region no single country holds (the gazetteer gives it no country: Red Sea, Middle East,
 * Korean Peninsula) is where an attack happens, not its target ("attacked ships in the Red Sea").
 */
function attacksRegion(type: RelationType, target: ArticleEntity): boolean {
  return type === "ATTACKED" && target.type === "Location" && target.gazetteer !== null && target.country === null;
}

/** A person never "visits" the country he stands for ("Kim … the Russian leader's visit to Pyongyang" read wrongly); a place in it he may. */
function visitsOwnCountry(ctx: ExtractionContext, type: RelationType, source: ArticleEntity, target: ArticleEntity): boolean {
  return type === "VISITED" && source.type === "Person" && target.type === "Country" && ctx.discourse.countryOf(source) === target;
}

/**
 * After the attacker, the sentence names `country` (or its forces) as a side he fights with or helps:
 * "North Korean troops fought alongside Russian forces in Kursk", "… untuk membantu Rusia". ("… membantu
 * Rusia memukul mundur pasukan Ukraina yang menyerbu Kursk": Russia is helped before the attacker is named.)
 */
function sidesWith(ctx: ExtractionContext, v: SentenceView, country: ArticleEntity, attacker: ArticleEntity): boolean {
  const of = (target: ArticleEntity) => (it: Item) => it.kind === "actor" && it.entities.some((e) => e === target || ctx.discourse.countryOf(e) === target);
  const from = v.items.findIndex(of(attacker));
  const named = (k: number) => markerEndingAt(v, k, "sideWith") > 0 || (isMarker(v, k - 1, "determiner") && markerEndingAt(v, k - 1, "sideWith", 2) > 0);
  return v.items.some((it, k) => k > from && of(country)(it) && named(k));
}

export function emit(ctx: ExtractionContext, args: EmitArgs): DraftRelation[] {
  const out: DraftRelation[] = [];
  const v = args.view;
  const first = v.items[args.i0] as Item;
  const last = v.items[Math.max(args.i0, args.i1 - 1)] as Item;
  for (const s0 of args.sources) {
    for (const t0 of args.targets) {
      let s = endpoint(ctx, args.type, "source", s0);
      let t = endpoint(ctx, args.type, "target", t0);
      if (!s || !t) continue;
      // "fought alongside Russian forces in the Kursk region", "untuk membantu Rusia": the place is where the
      // fighting was, not an attack on its country; "Ukrainian forces shelled Donetsk": a place the attacker's
      // own country holds is held by the other side
      if (args.type === "ATTACKED" && t !== t0 && (t === s || sidesWith(ctx, v, t, s))) t = t0;
      if (isSymmetric(args.type)) [s, t] = sameLevel(ctx, s, t);
      // cooperation is between the states the persons stand for ("Kim … memperkuat hubungan dengan Rusia")
      if (args.type === "COOPERATES_WITH") [s, t] = [liftPerson(ctx, s), liftPerson(ctx, t)];
      if (s === t || !allowsEndpoints(args.type, s.type, t.type) || visitsOwnCountry(ctx, args.type, s, t) || attacksRegion(args.type, t)) continue;
      const r: DraftRelation = {
        type: args.type,
        source: s,
        target: t,
        status: args.status,
        sentence: v.sentence.index,
        triggerStart: first.start,
        triggerEnd: last.end,
        triggers: [ctx.article.text.slice(first.start, last.end)],
        confidence: args.confidence,
      };
      if (args.claim) {
        r.claimId = args.claim.id;
        // a claim's relations are what it alleges, not the accusing and denying of it
        if (args.type !== "ACCUSES" && args.type !== "DENIES") args.claim.relations.push(r);
      }
      if (args.role !== undefined) r.role = args.role;
      ctx.relations.push(r);
      out.push(r);
    }
  }
  return out;
}

/** Every unordered pair of a group, for symmetric relations of a coordinated subject ("X dan Y bekerja sama"). */
export function pairs<T>(group: T[]): [T, T][] {
  const out: [T, T][] = [];
  for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) out.push([group[a] as T, group[b] as T]);
  return out;
}
