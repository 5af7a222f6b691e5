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
