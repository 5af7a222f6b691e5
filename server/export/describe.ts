/**
 * Human descriptions of an export's scope and evidence policy (report headers, file metadata) and
 * the scope's slug in file names: newsgraph-<scope>-<yyyy-mm-dd>.<ext>.
 */
import { RELATION_STATUS_NAMES, RELATION_TYPES, RELATION_TYPE_NAMES, slugify } from "../../graph-schema/index.js";
import type { EvidencePolicy, ExportFilter, ExportScope } from "./bundle.js";

export function describeFilter(filter: ExportFilter): string {
  const parts: string[] = [];
  if (filter.types.length > 0 && filter.types.length < RELATION_TYPE_NAMES.length) {
    parts.push(`relation types: ${filter.types.map((t) => RELATION_TYPES[t].label).join(", ")}`);
  }
  if (filter.statuses.length > 0 && filter.statuses.length < RELATION_STATUS_NAMES.length) parts.push(`statuses: ${filter.statuses.join(", ")}`);
  if (filter.from || filter.to) {
    const clock = filter.clock === "event" ? "event dates" : "report dates";
    parts.push(`${clock} ${filter.from ?? "…"} to ${filter.to ?? "…"}`);
  }
  return parts.join("; ");
}

export function describeScope(scope: ExportScope): string {
  switch (scope.kind) {
    case "graph": {
      const filter = describeFilter(scope.filter);
      return filter ? `Graph view (${filter})` : "Whole graph";
    }
    case "ego": {
      const filter = describeFilter(scope.filter);
      const hops = scope.depth === 1 ? "1 hop" : `${scope.depth} hops`;
      return `Ego network of ${scope.centre.name} (${hops})${filter ? `; ${filter}` : ""}`;
    }
    case "selection": {
      const filter = describeFilter(scope.filter);
      return `Selection of ${scope.entities.length} entities and ${scope.relations.length} relations${filter ? `; ${filter}` : ""}`;
    }
    case "cypher":
      return `Cypher query: ${scope.query}`;
    default: {
      const unreachable: never = scope;
      throw new Error(`unknown scope ${JSON.stringify(unreachable)}`);
    }
  }
}

export function describeEvidencePolicy(policy: EvidencePolicy): string {
  switch (policy.kind) {
    case "none":
      return "Evidence sentences are not included in this format.";
    case "complete":
      return "Every evidence statement of every relation is included.";
    case "capped":
      return `Up to ${policy.perRelation} evidence statements per relation (the most recent) are included: ${policy.reason}`;
    default: {
      const unreachable: never = policy;
      throw new Error(`unknown evidence policy ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The scope part of file names: graph, view, ego-<entity>, selection, cypher. ASCII only. */
export function scopeSlug(scope: ExportScope): string {
  switch (scope.kind) {
    case "graph":
      return describeFilter(scope.filter) ? "view" : "graph";
    case "ego": {
      const ascii = slugify(scope.centre.id).replace(/[^a-z0-9-]+/g, "").replace(/-+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
      return ascii ? `ego-${ascii}` : "ego";
    }
    case "selection":
      return "selection";
    case "cypher":
      return "cypher";
    default: {
      const unreachable: never = scope;
      throw new Error(`unknown scope ${JSON.stringify(unreachable)}`);
    }
  }
}
