/**
 * What a bulk import knows only at the end of the corpus: each entity with every alias and role seen,
 * and each relation with its aggregates over all its evidence. They merge the same way the Cypher
 * loader merges them (first-seen name and type, lists in arrival order, min/max dates), so a database
 * built in bulk holds the same graph as one built article by article.
 */
import type { RelationType } from "../../graph-schema/index.js";
import type { RelationIncrement } from "../load/increments.js";
import type { EntityRow } from "../load/rows.js";

/** An entity with every alias and role any article gave it. */
export type EntityTotal = EntityRow;

/** A relation with its aggregates over all its evidence: an increment (see increments.ts) of the whole corpus. */
export interface RelationTotal extends RelationIncrement {
  type: RelationType;
}

const LIST_KEYS = ["articleIds", "outlets", "claimIds", "allegedBy", "deniedBy"] as const;
type ListKey = (typeof LIST_KEYS)[number];

/**
 * A list that keeps arrival order without repeats. Most lists hold a few items and are searched as
 * they are; a long one (a hub relation lists thousands of articles) gets a Set. Hundreds of thousands
 * of relations each hold five of these, so an empty one costs one array.
 */
class OrderedSet {
  static readonly INDEX_FROM = 16;
  readonly items: string[] = [];
  private seen: Set<string> | null = null;

  addAll(values: readonly string[]): void {
    for (const value of values) {
      if (this.seen ? this.seen.has(value) : this.items.includes(value)) continue;
      this.items.push(value);
      if (this.seen) this.seen.add(value);
      else if (this.items.length >= OrderedSet.INDEX_FROM) this.seen = new Set(this.items);
    }
  }
}

type RelationAccumulator = Omit<RelationTotal, ListKey> & Record<ListKey, OrderedSet>;

const minOf = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxOf = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

export class GraphTotals {
  private readonly entities = new Map<string, Omit<EntityTotal, "aliases" | "roles"> & { aliases: OrderedSet; roles: OrderedSet }>();
  private readonly relations = new Map<string, RelationAccumulator>();

  addEntities(rows: readonly EntityRow[]): void {
    for (const row of rows) {
      let entry = this.entities.get(row.id);
      if (!entry) {
        entry = { id: row.id, name: row.name, type: row.type, aliases: new OrderedSet(), roles: new OrderedSet() };
        this.entities.set(row.id, entry);
      }
      entry.aliases.addAll(row.aliases);
      entry.roles.addAll(row.roles);
    }
  }

  /** One article's increments (see increments.ts): claims never span articles, so each is complete. */
  addIncrements(increments: ReadonlyMap<RelationType, readonly RelationIncrement[]>): void {
    for (const [type, rows] of increments) {
      for (const inc of rows) {
        let acc = this.relations.get(inc.id);
        if (!acc) {
          acc = {
            id: inc.id,
            type,
            sourceId: inc.sourceId,
            targetId: inc.targetId,
            status: inc.status,
            evidenceCount: 0,
            articleIds: new OrderedSet(),
            outlets: new OrderedSet(),
            claimIds: new OrderedSet(),
            allegedBy: new OrderedSet(),
            deniedBy: new OrderedSet(),
            eventDate: null,
            firstReported: null,
            lastReported: null,
            confidence: 0,
          };
          this.relations.set(inc.id, acc);
        }
        acc.evidenceCount += inc.evidenceCount;
        for (const key of LIST_KEYS) acc[key].addAll(inc[key]);
        acc.eventDate = minOf(acc.eventDate, inc.eventDate);
        acc.firstReported = minOf(acc.firstReported, inc.firstReported);
        acc.lastReported = maxOf(acc.lastReported, inc.lastReported);
        acc.confidence = Math.max(acc.confidence, inc.confidence);
      }
    }
  }

  get entityCount(): number {
    return this.entities.size;
  }

  get relationCount(): number {
    return this.relations.size;
  }

  *entityTotals(): Generator<EntityTotal> {
    for (const entry of this.entities.values()) yield { ...entry, aliases: entry.aliases.items, roles: entry.roles.items };
  }

  *relationTotals(): Generator<RelationTotal> {
    for (const acc of this.relations.values()) {
      const lists = Object.fromEntries(LIST_KEYS.map((key) => [key, acc[key].items])) as Record<ListKey, string[]>;
      yield { ...acc, ...lists };
    }
  }
}
