/**
 * Formats of the lexicon data files besides the gazetteer (see ../gazetteer-schema.ts): relation
 * triggers, marker word classes, titles/roles and organization templates. Users extend them by
 * dropping files of the same shape into NEWSGRAPH_LEXICON_DIR (same sub-folders), merged at load.
 */
import { z } from "zod";

import { RELATION_TYPE_NAMES, type RelationType } from "../../../graph-schema/index.js";

export const TRIGGER_FRAMES = [
  "verb",
  "passive",
  "noun",
  "send",
  "between",
  "host",
  "weapon-use",
  "face",
  "predicate",
  "insist",
  "fire",
  "tie-verb",
  "joint",
  "ally",
  "receive",
  "deploy",
  "arm",
  "aid",
  "smear",
  "sanction",
  "demand-stop",
  "accountable",
  "characterize",
  "violates",
] as const;
export type TriggerFrame = (typeof TRIGGER_FRAMES)[number];

export const WORD_CLASSES = ["weapon", "envoy", "agreement", "tie", "claim", "troops", "gathering", "aid"] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

export const triggerEntrySchema = z.object({
  /** Phrases as written, matched on whole tokens, case-insensitively. */
  forms: z.array(z.string().min(1)).min(1),
  /** How the rule of the relation type finds the arguments (documented per file). */
  frame: z.enum(TRIGGER_FRAMES),
  /** A word of this class must follow within the object phrase ("mengirim" needs a weapon). */
  requires: z.enum(WORD_CLASSES).optional(),
  /** May the object follow the trigger with no preposition. */
  direct: z.boolean().optional(),
  /** A noun whose agent must be its owner ("perang Rusia", "Russia's war"), never a clause's subject. */
  ownerOnly: z.boolean().optional(),
  /** Both sides act on each other: the relation is emitted both ways ("traded fire with", "baku tembak dengan"). */
  mutual: z.boolean().optional(),
  /** The place must follow the trigger's preposition at once; none is guessed from the sentence ("hadir di Moskow"). */
  needsPlace: z.boolean().optional(),
  /**
   * Being somewhere, not going there ("berada di Moskow", "told reporters in Moscow"): a visit only for a
   * person whose country the article gives, in a place of another country; never forces or facilities.
   */
  presence: z.boolean().optional(),
  /** With needsPlace: items the place's preposition may come after ("attend the BRICS summit in Kazan"); default 0. */
  placeGap: z.number().int().min(0).max(8).optional(),
  /** The object must be a place, a country or location named as the head of its phrase ("seized part of Kursk"): taking people or cargo attacks no one. */
  placeObject: z.boolean().optional(),
  /** Rule strength, 0..1. */
  confidence: z.number().min(0).max(1).default(0.75),
  note: z.string().optional(),
});
export type TriggerEntry = z.infer<typeof triggerEntrySchema>;

export const triggerFileSchema = z.object({
  type: z.enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]]),
  description: z.string().optional(),
  id: z.array(triggerEntrySchema).default([]),
  en: z.array(triggerEntrySchema).default([]),
});
export type TriggerFile = z.infer<typeof triggerFileSchema>;

/** Word classes the rules read (negation, future markers, prepositions…); see markers.json. */
export const MARKER_CLASSES = [
  "negation",
  "auxiliary",
  "beAux",
  "planned",
  "alleged",
  "clauseBoundary",
  "coordination",
  "relative",
  "agent",
  "genitiveLink",
  "speech",
  "lightVerb",
  "possessive",
  "personPronoun",
  "pluralPronoun",
  "countryPronoun",
  "demonstrative",
  "claimNoun",
  "weapon",
  "envoy",
  "agreement",
  "tie",
  "recipientPrep",
  "targetPrep",
  "placePrep",
  "visitPrep",
  "withPrep",
  "betweenPrep",
  "againstPrep",
  "ledBy",
  "allies",
  "hostile",
  "madeIn",
  "timeCarry",
  "determiner",
  "inviter",
  "enumeration",
  "preposition",
  "copula",
  "nounTargetPrep",
  "complementizer",
  "welcome",
  "accordingTo",
  "hedge",
  "troops",
  "groupPronoun",
  "sourcePrep",
  "contrast",
  "useVerb",
  "invasionPrep",
  "purpose",
  "infinitiveSubjectPrep",
  "casualty",
  "gathering",
  "remote",
  "additive",
  "failure",
  "former",
  "aid",
  "jointWord",
  "placeQualifier",
  "placeCompound",
  "reason",
  "stopVerb",
  "tieWorsens",
  "accompaniedBy",
  "intensifier",
  "quantity",
  "stateNoun",
  "blameVerb",
  "backerCompound",
  "delegation",
  "refusal",
  "beneficiary",
  "permission",
  "residentEnvoy",
  "beneficiaryPrep",
  "accountable",
  "sidelines",
  "placeNoun",
  "condemnation",
  "sideWith",
  "medium",
  "launch",
  "launchVerb",
  "launchWatch",
  "spaceLaunch",
  "correlative",
  "quantifier",
  "immediacy",
  "sequence",
  "actNoun",
  "governmentNoun",
  "reciprocal",
  "recall",
] as const;
export type MarkerClass = (typeof MARKER_CLASSES)[number];

const markerListsSchema = z.partialRecord(z.enum(MARKER_CLASSES), z.array(z.string().min(1)));
export type MarkerLists = z.infer<typeof markerListsSchema>;

export const markersFileSchema = z.object({
  description: z.string().optional(),
  id: markerListsSchema.default({}),
  en: markerListsSchema.default({}),
});
export type MarkersFile = z.infer<typeof markersFileSchema>;

const byLanguage = z.object({ id: z.array(z.string().min(1)).default([]), en: z.array(z.string().min(1)).default([]) });

export const roleTitleSchema = z.object({
  /** English label of the role ("Foreign Minister"). */
  role: z.string().min(1),
  /** Heads of state or government: they stand for their state. */
  leader: z.boolean().default(false),
  /** A military rank: it may stand between a role's title and the name ("Juru bicara …, Kolonel X"). */
  rank: z.boolean().default(false),
  /** Sent to a country: a country after "for"/"untuk" is where, not whom, it serves ("U.S. special envoy for Yemen X"). */
  envoy: z.boolean().default(false),
  /**
   * A title whose field may stand beside it ("a North Korea researcher at X", "pengamat Timur Tengah
   * dari X"): the field's words, country names included, are its topic, not its affiliation.
   */
  topical: z.boolean().default(false),
  /** Roles a bare use of this title may describe: "menteri Rusia itu" for a defence minister named before. */
  covers: z.array(z.string().min(1)).default([]),
  id: z.array(z.string().min(1)).default([]),
  en: z.array(z.string().min(1)).default([]),
});
export type RoleTitle = z.infer<typeof roleTitleSchema>;

export const rolesFileSchema = z.object({
  description: z.string().optional(),
  titles: z.array(roleTitleSchema).default([]),
  /** Words allowed between a title and its country ("Menteri Hubungan Ekonomi Luar Negeri Korea Utara"). */
  portfolios: byLanguage.default({ id: [], en: [] }),
  /** Titles held for a region or city, which serve the place's country ("Gubernur Wilayah Primorsky X"). */
  regionalTitles: byLanguage.default({ id: [], en: [] }),
  /** Words linking a name to its body ("Artyom Lukin, dari Universitas …"). */
  affiliationLinks: byLanguage.default({ id: [], en: [] }),
  /** Verbs of heading a body ("Shoigu mengepalai Dewan Keamanan Rusia"). */
  headsVerbs: byLanguage.default({ id: [], en: [] }),
  /** Nouns of a leader's state ("negara Kim Jong-un", "Kim's government"). */
  possessiveState: byLanguage.default({ id: [], en: [] }),
  /** Words before a title that keep it a role of the same body ("deputy", "vice", "wakil", "acting"). */
  modifiers: byLanguage.default({ id: [], en: [] }),
  /** Words after a title, before its country or body, that keep it the same role ("Perdana Menteri sementara Pakistan"). */
  postModifiers: byLanguage.default({ id: [], en: [] }),
  /** Words before a title that make it a past role: no REPRESENTS ("mantan", "former"). */
  former: byLanguage.default({ id: [], en: [] }),
  /** Phrases after a title that date it to the reported events, which it still held then ("Presiden Iran saat itu, X"). */
  atTheTime: byLanguage.default({ id: [], en: [] }),
  /** Words between "of"/"dari" and the body after a name ("Lee, of the ruling People Power Party"). */
  bodyQualifiers: byLanguage.default({ id: [], en: [] }),
  /** Possessive determiners standing for the state just named ("Its vice foreign minister, X"). */
  statePossessives: byLanguage.default({ id: [], en: [] }),
  /** Nouns for a body already named, owning a title ("the agency's director general"). */
  bodyNouns: byLanguage.default({ id: [], en: [] }),
  /** Nouns for an armed group or movement already named, owning a title ("the group's chief negotiator"). */
  groupNouns: byLanguage.default({ id: [], en: [] }),
  /** Role labels (of `titles`) whose possessor is another party: "his Russian counterpart" is not his state's. */
  relationalRoles: z.array(z.string()).default([]),
});
export type RolesFile = z.infer<typeof rolesFileSchema>;

export const orgTemplateSchema = z.object({
  /** Canonical name with {adj} (country adjective) or {country} (country name). */
  name: z.string().min(1),
  /** State organs act for their state in relations (as a metonym does). */
  actsForState: z.boolean().default(true),
  /** Armed forces: they deploy (COOPERATES_WITH the host), they do not visit. */
  military: z.boolean().default(false),
  id: z.array(z.string().min(1)).default([]),
  en: z.array(z.string().min(1)).default([]),
});
export type OrgTemplate = z.infer<typeof orgTemplateSchema>;

export const organizationsFileSchema = z.object({
  description: z.string().optional(),
  templates: z.array(orgTemplateSchema).default([]),
  /** Head words of other bodies, named as written ("Universitas …", "University of …"). */
  heads: byLanguage.default({ id: [], en: [] }),
  /** Heads that may also follow a few capitalised words of the name ("Asan Institute", "Royal United Services Institute"). */
  headsAfterName: byLanguage.default({ id: [], en: [] }),
});
