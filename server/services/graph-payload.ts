/** Builds a graph payload from relation details (path hops, Cypher results). Pure. */
import {
  RELATION_TYPES,
  type EntityRef,
  type GraphPayload,
  type RelationDetails,
} from "../../graph-schema/index.js";

export function relationsToGraphPayload(relations: RelationDetails[], extraNodes: EntityRef[] = []): GraphPayload {
  const nodes = new Map<string, EntityRef>();
  for (const ref of [...extraNodes, ...relations.flatMap((r) => [r.source, r.target])]) nodes.set(ref.id, ref);
  return {
    attributes: {},
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    nodes: [...nodes.values()].map((ref) => ({
      key: ref.id,
      attributes: { label: ref.name, entityType: ref.entityType, aliases: [], roles: [], mentionCount: 0 },
    })),
    edges: relations.map(({ source, target, allegers: _a, deniers: _d, evidence: _e, ...attributes }) => ({
      key: attributes.id,
      source: source.id,
      target: target.id,
      attributes,
      ...(RELATION_TYPES[attributes.relationType].symmetric ? { undirected: true } : {}),
    })),
  };
}
