/**
 * Provenance: every relation is backed by evidence records, one per statement in one article.
 * The displayed relation aggregates them (source count, outlets, first/last report dates).
 * Two clocks stay apart: `eventDate` (when it happened) and `reportDate` (when an article said it).
 */
import type { Language } from "./article.js";
import type { PartialDate } from "./dates.js";
import type { RelationType } from "./relations.js";
import type { RelationStatus } from "./statuses.js";

/** One statement of a relation in one article, as stored on an `:Evidence` node. */
export interface Evidence {
  id: string;
  relationId: string;
  articleId: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  status: RelationStatus;
  /** Verbatim sentence; `articleText.slice(start, end) === sentence`. */
  sentence: string;
  start: number;
  end: number;
  triggers: string[];
  language: Language;
  eventDate: PartialDate | null;
  reportDate: PartialDate | null;
  confidence: number;
  extractorVersion: string;
  claimId: string | null;
  role: string | null;
}

/** Aggregates every relation edge carries in Neo4j and in the graph payload, recomputed from its evidence. */
export interface RelationProvenance {
  id: string;
  status: RelationStatus;
  /** Earliest event date among the evidence, if any gives one. */
  eventDate: PartialDate | null;
  firstReported: PartialDate | null;
  lastReported: PartialDate | null;
  /** Number of distinct articles stating it. */
  sourceCount: number;
  /** Number of distinct outlets (articles without an outlet count as one each). */
  outletCount: number;
  evidenceCount: number;
  articleIds: string[];
  claimIds: string[];
  /** Entity ids that deny this (alleged) relation's claims. */
  deniedBy: string[];
  /** Entity ids that make the claims. */
  allegedBy: string[];
  confidence: number;
  /** An analyst curated it (added, corrected, rejected); re-imports never override that. */
  curated?: boolean;
  /** Rejected by an analyst: hidden from views and exports by default, kept for audit. */
  rejected?: boolean;
  /** Optimistic-concurrency version, bumped by every curation. */
  version?: number;
}

/** The provenance property names on relationships (used by exports and the Cypher console docs). */
export const RELATION_PROVENANCE_KEYS = [
  "id",
  "status",
  "eventDate",
  "firstReported",
  "lastReported",
  "sourceCount",
  "outletCount",
  "evidenceCount",
  "articleIds",
  "claimIds",
  "deniedBy",
  "allegedBy",
  "confidence",
] as const satisfies readonly (keyof RelationProvenance)[];
