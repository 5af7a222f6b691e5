/**
 * The entities of one article: canonical English names, every surface form seen (aliases), roles,
 * and the country each belongs to (used when a leader or a state organ stands for its state).
 */
import type { EntityType, ExtractedEntity } from "../../graph-schema/index.js";

import type { GazetteerEntry, OrganizationKind } from "./gazetteer-schema.js";
import type { CompiledLexicon } from "./lexicon/compile.js";
import { personKey } from "./person-key.js";

export interface ArticleEntity {
  name: string;
  type: EntityType;
  aliases: Set<string>;
  roles: Set<string>;
  /** Canonical name of the country it belongs to, if known. */
  country: string | null;
  /** A state organ (ministry, armed forces, state media built from a template): acts for its state. */
  organ: boolean;
  /** Armed forces (a template "{adj} armed forces" or a gazetteer body of kind "military"): they deploy, they do not visit. */
  military: boolean;
  /** Kind of a gazetteer organization (gazetteer-schema.ts), null otherwise. */
  kind: OrganizationKind | null;
  /** Holds a head-of-state or government title in this article. */
  leader: boolean;
  gazetteer: GazetteerEntry | null;
  /** Character offset of the first mention (entities are listed in this order). */
  first: number;
}

/** Lower-case particles of Arabic, Persian, Urdu and European names ("Khalid bin Salman", "Anwaar-ul-Haq"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(["bin", "binti", "bint", "ibn", "al", "el", "ul", "ud", "ad", "de", "van", "von", "der", "da", "dos", "du"]);

/** "Choe Son-hui" -> "Choe Son Hui"; "KIM JONG UN" -> "Kim Jong Un"; "Khalid bin Salman" and "Anwaar-ul-Haq Kakar" keep their particles. */
export function canonicalPersonName(surface: string): string {
  const allUpper = surface === surface.toUpperCase();
  return surface
    .split(/\s+/)
    .flatMap((w) => w.split(/(?<=\p{L})-(?=\p{Ll})(?!(?:al|el|ul|ud|ad)-)/u))
    .map((w, k) => {
      // written lower-case, a particle stays so ("Vo Van Thuong" keeps its capital)
      if (k > 0 && NAME_PARTICLES.has(w)) return w;
      return allUpper || w === w.toLowerCase() ? (w[0] ?? "").toUpperCase() + w.slice(1).toLowerCase() : w;
    })
    .join(" ");
}

export class EntityRegistry {
  private readonly byName = new Map<string, ArticleEntity>();
  private readonly personsByKey = new Map<string, ArticleEntity>();
  /** Persons by the lower-cased first and last word of their name ("kim", "putin"). */
  private readonly personsByPart = new Map<string, ArticleEntity[]>();

  constructor(private readonly lexicon: CompiledLexicon) {}

  private ensure(name: string, type: EntityType, first: number, init: Partial<ArticleEntity> = {}): ArticleEntity {
    let e = this.byName.get(name);
    if (!e) {
      e = { name, type, aliases: new Set(), roles: new Set(), country: null, organ: false, military: false, kind: null, leader: false, gazetteer: null, first, ...init };
      this.byName.set(name, e);
      if (type === "Person") {
        const words = name.toLowerCase().split(/\s+/);
        if (words.length >= 2) for (const w of new Set([words[0] as string, words[words.length - 1] as string])) this.personsByPart.set(w, [...(this.personsByPart.get(w) ?? []), e]);
      }
    }
    e.first = Math.min(e.first, first);
    return e;
  }

  get(name: string): ArticleEntity | undefined {
    return this.byName.get(name);
  }

  fromGazetteer(entry: GazetteerEntry, surface: string | null, first: number): ArticleEntity {
    const military = entry.kind === "military";
    const e = this.ensure(entry.name, entry.type, first, { gazetteer: entry, country: entry.country ?? null, kind: entry.kind ?? null, organ: military, military });
    if (surface) e.aliases.add(surface);
    if (entry.type === "Person") this.personsByKey.set(personKey(entry.name), e);
    return e;
  }

  /** A person by name as written; one entity per romanisation key, gazetteer name when it has one. */
  person(surface: string, first: number): ArticleEntity {
    const canonical = canonicalPersonName(surface);
    const key = personKey(canonical);
    let e = this.personsByKey.get(key);
    if (!e) {
      const entry = this.lexicon.personsByKey.get(key);
      e = entry ? this.fromGazetteer(entry, null, first) : this.ensure(canonical, "Person", first);
      this.personsByKey.set(key, e);
    }
    e.first = Math.min(e.first, first);
    e.aliases.add(surface);
    return e;
  }

  /** Is a person with this romanisation key named in the article? */
  hasPersonKey(key: string): boolean {
    return this.personsByKey.has(key);
  }

  /** Persons whose first or last name is this (lower-case) word. */
  personsNamed(word: string): readonly ArticleEntity[] {
    return this.personsByPart.get(word) ?? [];
  }

  /** The persons named so far. */
  persons(): ArticleEntity[] {
    return [...this.byName.values()].filter((e) => e.type === "Person");
  }

  organization(name: string, surface: string, country: string | null, organ: boolean, first: number, military = false): ArticleEntity {
    const e = this.ensure(name, "Organization", first, { country, organ, military });
    e.aliases.add(surface);
    return e;
  }

  group(name: string, surface: string | null, first: number): ArticleEntity {
    const entry = this.lexicon.byName.get(name);
    const e = entry ? this.fromGazetteer(entry, null, first) : this.ensure(name, "Group", first);
    if (surface) e.aliases.add(surface);
    return e;
  }

  /** The entity of a country by canonical name (created without aliases if not mentioned). */
  country(name: string, first: number): ArticleEntity | null {
    const existing = this.byName.get(name);
    if (existing) return existing;
    const entry = this.lexicon.byName.get(name);
    return entry ? this.fromGazetteer(entry, null, first) : null;
  }

  /** Entities with a name seen in the text, in order of first mention. */
  toExtracted(used: Set<ArticleEntity>): ExtractedEntity[] {
    return [...this.byName.values()]
      .filter((e) => e.aliases.size > 0 || used.has(e))
      .sort((a, b) => a.first - b.first || (a.name < b.name ? -1 : 1))
      .map((e) => {
        const out: ExtractedEntity = { name: e.name, type: e.type, aliases: [...e.aliases].sort() };
        if (e.roles.size > 0) out.roles = [...e.roles].sort();
        return out;
      });
  }
}
