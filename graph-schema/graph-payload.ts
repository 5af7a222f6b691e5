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

export type GraphPayload = SerializedGraph<EntityNodeAttributes, RelationEdgeAttributes>;
