/**
 * Epistemic status of a relation: how the article presents it (see shared gold SCHEMA.md).
 * ACCUSES and DENIES edges themselves are always "reported": the article reports the act of accusing.
 */

export const RELATION_STATUSES = {
  reported: { description: "Stated as fact by the article.", label: "reported", dashed: false, opacity: 1 },
  alleged: {
    description: "Attributed to an accuser, not established, whether or not someone denies it.",
    label: "alleged",
    dashed: true,
    opacity: 0.75,
  },
  denied: {
    description: "Only the denial is reported: the subject denies it and no accuser is named.",
    label: "denied",
    dashed: true,
    opacity: 0.5,
  },
  planned: { description: "Future, invited or intended.", label: "planned", dashed: true, opacity: 0.85 },
} as const;

export type RelationStatus = keyof typeof RELATION_STATUSES;

export const RELATION_STATUS_NAMES = Object.keys(RELATION_STATUSES) as RelationStatus[];

export function isRelationStatus(value: unknown): value is RelationStatus {
  return typeof value === "string" && Object.hasOwn(RELATION_STATUSES, value);
}
