/**
 * What the API sends the explorer: graphology's serialized graph with our attributes.
 * Attribute names avoid sigma's reserved `type` (program selector): entity and relation types
 * travel as `entityType` and `relationType`. Colours and sizes are not here: the client derives them.
 */
import type { SerializedGraph } from "graphology-types";

import type { EntityType } from "./entities.js";
import type { RelationProvenance } from "./provenance.js";
import type { RelationType } from "./relations.js";

export interface EntityNodeAttributes {
  label: string;
  entityType: EntityType;
  aliases: string[];
  roles: string[];
  /** Articles mentioning the entity. */
  mentionCount: number;
  /** Stored layout position, when one was computed. */
  x?: number;
  y?: number;
}

export interface RelationEdgeAttributes extends RelationProvenance {
  relationType: RelationType;
}

/** What a graph answer says about itself: when it was read and whether a relation limit cut it. */
export interface GraphPayloadAttributes {
  generatedAt?: string;
  /** Relations matching the request; more than sent when `truncated`. */
  totalRelations?: number;
  /** True when only the `relationLimit` strongest relations were sent. */
  truncated?: boolean;
  relationLimit?: number;
  [key: string]: unknown;
}

export type GraphPayload = SerializedGraph<EntityNodeAttributes, RelationEdgeAttributes, GraphPayloadAttributes>;

/**
 * The order of a payload's nodes and edges: by key, in UTF-16 code units (locale-independent, so
 * server and client agree). A graph built in this order lays out the same way on every load.
 */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
