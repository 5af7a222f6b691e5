/**
 * Maps relationship and node properties read from Neo4j to graph-schema types, in one place.
 */
import {
  isEntityType,
  isRelationStatus,
  isRelationType,
  type EntityRef,
  type EntityType,
  type RelationProvenance,
  type RelationStatus,
  type RelationType,
} from "../../graph-schema/index.js";
import { toInt, toNative, toStringArray, toStringOrNull } from "./to-native.js";

type Props = Record<string, unknown>;

export function toRelationType(value: unknown): RelationType {
  if (!isRelationType(value)) throw new Error(`Unknown relation type in the database: ${String(value)}`);
  return value;
}

export function toEntityType(value: unknown): EntityType {
  return isEntityType(value) ? value : "Organization";
}

export function toStatus(value: unknown): RelationStatus {
  return isRelationStatus(value) ? value : "reported";
}

export function toProvenance(props: Props): RelationProvenance {
  const confidence = toNative(props.confidence);
  return {
    id: String(props.id),
    status: toStatus(props.status),
    eventDate: toStringOrNull(props.eventDate),
    firstReported: toStringOrNull(props.firstReported),
    lastReported: toStringOrNull(props.lastReported),
    sourceCount: toInt(props.sourceCount),
    outletCount: toInt(props.outletCount),
    evidenceCount: toInt(props.evidenceCount),
    articleIds: toStringArray(props.articleIds),
    claimIds: toStringArray(props.claimIds),
    deniedBy: toStringArray(props.deniedBy),
    allegedBy: toStringArray(props.allegedBy),
    confidence: typeof confidence === "number" ? confidence : 0,
    curated: props.curated === true,
    rejected: props.rejected === true,
    version: toInt(props.version ?? 0),
  };
}

export function toEntityRef(props: Props): EntityRef {
  return { id: String(props.id), name: String(props.name ?? props.id), entityType: toEntityType(props.type) };
}
