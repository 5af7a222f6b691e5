/** The realistic fixture (test/fixtures/graph-payload.json, 30 entities and 64 relations from the seed articles). */
import { readFileSync } from "node:fs";

import type { GraphPayload } from "../../../graph-schema/index.js";
import { parseGraphPayload } from "../../../client/api-schemas.js";
import { createNewsGraph, mergePayload, type NewsGraph } from "../../../client/graph/news-graph.js";
import { seededPosition } from "../../../client/layout/positions.js";

export function loadFixturePayload(): GraphPayload {
  const raw: unknown = JSON.parse(readFileSync(new URL("../../fixtures/graph-payload.json", import.meta.url), "utf8"));
  const parsed = parseGraphPayload(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

export function loadFixtureGraph(): NewsGraph {
  const graph = createNewsGraph();
  mergePayload(graph, loadFixturePayload(), (key) => seededPosition(key));
  return graph;
}
