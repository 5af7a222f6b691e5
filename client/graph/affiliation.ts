/**
 * Which countries an entity belongs to, for the "involving countries" filter: a Country is its own;
 * a person or organisation belongs to the countries it REPRESENTS (directly, or through an organisation
 * that represents a country: "Maria Zakharova" -> "Russian Ministry of Foreign Affairs" -> "Russia").
 */
import type { NewsGraph } from "./news-graph.js";

export type Affiliation = ReadonlyMap<string, readonly string[]>;

export function computeAffiliation(graph: NewsGraph): Affiliation {
  const direct = new Map<string, Set<string>>();
  const add = (node: string, country: string): void => {
    const set = direct.get(node) ?? new Set<string>();
    set.add(country);
    direct.set(node, set);
  };
  graph.forEachNode((node, attrs) => {
    if (attrs.entityType === "Country") add(node, node);
  });
  // Two rounds follow person -> organisation -> country.
  for (let round = 0; round < 2; round++) {
    graph.forEachDirectedEdge((_edge, attrs, source, target) => {
      if (attrs.relationType !== "REPRESENTS") return;
      for (const country of direct.get(target) ?? []) add(source, country);
    });
  }
  const result = new Map<string, readonly string[]>();
  for (const [node, set] of direct) result.set(node, [...set].sort());
  return result;
}

/** Countries present in the graph, by name, for the filter's list. */
export function listCountries(graph: NewsGraph): { id: string; label: string }[] {
  const countries: { id: string; label: string }[] = [];
  graph.forEachNode((node, attrs) => {
    if (attrs.entityType === "Country") countries.push({ id: node, label: attrs.label });
  });
  return countries.sort((a, b) => a.label.localeCompare(b.label));
}
