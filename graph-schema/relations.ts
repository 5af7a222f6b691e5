/**
 * The closed set of relation types (shared gold SCHEMA.md), with direction, allowed endpoints,
 * display style and the event codes that let exports line up with GDELT/POLECAT-style event data
 * (CAMEO 1.1b3 codes; PLOVER event types, where DENY is our extension: PLOVER has no denial type).
 */
import type { EntityType } from "./entities.js";

export interface RelationTypeSpec {
  /** Short human label for legends and tables. */
  readonly label: string;
  readonly description: string;
  /** Symmetric relations are stored once with sorted endpoints and drawn undirected. */
  readonly symmetric: boolean;
  readonly sourceTypes: readonly EntityType[];
  readonly targetTypes: readonly EntityType[];
  readonly color: string;
  /** CAMEO event code, or null when the relation is an actor attribute rather than an event. */
  readonly cameo: string | null;
  readonly plover: { readonly eventType: string; readonly extension: boolean } | null;
}

const ACTORS = ["Country", "Person", "Organization", "Group"] as const;
const STATES_AND_BODIES = ["Country", "Organization", "Group"] as const;

export const RELATION_TYPES = {
  VISITED: {
    label: "visited",
    description: "A person, delegation or official visited, travelled to or will visit a place.",
    symmetric: false,
    sourceTypes: ACTORS,
    targetTypes: ["Country", "Location"],
    color: "#1f77b4",
    cameo: "042",
    plover: { eventType: "CONSULT", extension: false },
  },
  MET_WITH: {
    label: "met with",
    description: "Met or held talks with.",
    symmetric: true,
    sourceTypes: ["Person", "Organization"],
    targetTypes: ["Person", "Organization"],
    color: "#17becf",
    cameo: "040",
    plover: { eventType: "CONSULT", extension: false },
  },
  SUPPLIES_WEAPONS_TO: {
    label: "supplies weapons to",
    description: "Supplies, sends, sells or transfers weapons, ammunition, missiles or drones.",
    symmetric: false,
    sourceTypes: STATES_AND_BODIES,
    targetTypes: STATES_AND_BODIES,
    color: "#d62728",
    cameo: "072",
    plover: { eventType: "AID", extension: false },
  },
  ACCUSES: {
    label: "accuses",
    description: "Accuses, alleges or claims wrongdoing.",
    symmetric: false,
    sourceTypes: ACTORS,
    targetTypes: ACTORS,
    color: "#ff7f0e",
    cameo: "112",
    plover: { eventType: "ACCUSE", extension: false },
  },
  DENIES: {
    label: "denies",
    description: "Denies or rejects a claim made by the target (or about the target's party).",
    symmetric: false,
    sourceTypes: ACTORS,
    targetTypes: ACTORS,
    color: "#7f7f7f",
    cameo: "016",
    plover: { eventType: "DENY", extension: true },
  },
  SIGNED_AGREEMENT_WITH: {
    label: "signed agreement with",
    description: "Signed a treaty, pact or agreement.",
    symmetric: true,
    sourceTypes: ACTORS,
    targetTypes: ACTORS,
    color: "#2ca02c",
    cameo: "057",
    plover: { eventType: "AGREE", extension: false },
  },
  ATTACKED: {
    label: "attacked",
    description: "Fired missiles at, struck or attacked.",
    symmetric: false,
    sourceTypes: STATES_AND_BODIES,
    targetTypes: ["Country", "Organization", "Group", "Location"],
    color: "#8c0000",
    cameo: "190",
    plover: { eventType: "ASSAULT", extension: false },
  },
  REPRESENTS: {
    label: "represents",
    description: "Holds a role for: minister of, spokesperson of, leader of.",
    symmetric: false,
    sourceTypes: ["Person"],
    targetTypes: ["Country", "Organization"],
    color: "#bcbd22",
    cameo: null,
    plover: null,
  },
  COOPERATES_WITH: {
    label: "cooperates with",
    description: "Military, economic or diplomatic cooperation stated as fact or plan.",
    symmetric: true,
    sourceTypes: ACTORS,
    targetTypes: ACTORS,
    color: "#9467bd",
    cameo: "060",
    plover: { eventType: "COOPERATE", extension: false },
  },
} as const satisfies Record<string, RelationTypeSpec>;

export type RelationType = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === "string" && Object.hasOwn(RELATION_TYPES, value);
}

export function isSymmetric(type: RelationType): boolean {
  return RELATION_TYPES[type].symmetric;
}

/** Whether an edge of this type may join entities of these types (used to drop implausible extractions). */
export function allowsEndpoints(type: RelationType, source: EntityType, target: EntityType): boolean {
  const spec: RelationTypeSpec = RELATION_TYPES[type];
  const fits = (s: EntityType, t: EntityType) => spec.sourceTypes.includes(s) && spec.targetTypes.includes(t);
  return fits(source, target) || (spec.symmetric && fits(target, source));
}
