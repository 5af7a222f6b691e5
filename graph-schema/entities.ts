/**
 * Entity labels of the newsgraph ontology: what kinds of actors and places an article can mention.
 * Every entity node in Neo4j carries `:Entity` plus exactly one of these labels.
 */

export const ENTITY_TYPES = {
  Country: {
    description: "A sovereign state, also when named by its capital or seat of government acting for it.",
    label: "Country",
    color: "#4e79a7",
  },
  Person: {
    description: "A named individual, usually an official, spokesperson or analyst.",
    label: "Person",
    color: "#f28e2b",
  },
  Organization: {
    description: "A ministry, agency, party, parliament, armed group, news agency or international body.",
    label: "Organization",
    color: "#59a14f",
  },
  Location: {
    description: "A place that is not a country: a region, city, building or venue.",
    label: "Location",
    color: "#b07aa1",
  },
  Group: {
    description: 'A loose collective actor such as "Western countries" or "US allies".',
    label: "Group",
    color: "#9c755f",
  },
} as const;

export type EntityType = keyof typeof ENTITY_TYPES;

export const ENTITY_TYPE_NAMES = Object.keys(ENTITY_TYPES) as EntityType[];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === "string" && Object.hasOwn(ENTITY_TYPES, value);
}

/** Neo4j labels: every entity is `:Entity:<EntityType>`; articles are `:Article`. */
export const ENTITY_LABEL = "Entity";
export const ARTICLE_LABEL = "Article";
export const EVIDENCE_LABEL = "Evidence";
export const CLAIM_LABEL = "Claim";
