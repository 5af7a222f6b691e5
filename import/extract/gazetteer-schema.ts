/**
 * Format of the gazetteer data files in import/lexicon/gazetteer/*.json (extendable by users:
 * extra files in NEWSGRAPH_LEXICON_DIR are merged in). One entry per real-world entity, with its
 * canonical English name and every surface form per language.
 */
import { z } from "zod";

import { ENTITY_TYPE_NAMES, type EntityType } from "../../graph-schema/index.js";

export const ORGANIZATION_KINDS = ["state", "military", "party", "non-state", "international", "media", "civil"] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

const formsByLanguage = z.object({
  en: z.array(z.string().min(1)).default([]),
  id: z.array(z.string().min(1)).default([]),
});

export const gazetteerEntrySchema = z.object({
  /** Canonical English name, as in the gold set ("North Korea", "Kim Jong Un", "KCNA"). */
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPE_NAMES as [EntityType, ...EntityType[]]),
  /** Names and abbreviations that always denote the entity ("Korea Utara", "Korut", "DPRK"). */
  aliases: formsByLanguage.default({ en: [], id: [] }),
  /**
   * Metonyms: words naming something else that stand for the entity's government when they act
   * ("Pyongyang", "Kremlin", "Gedung Putih"). Capitals of countries belong here.
   */
  metonyms: formsByLanguage.default({ en: [], id: [] }),
  /** Adjectives and demonyms that qualify a role or body ("Russian", "North Korean"); Indonesian mostly reuses the name. */
  adjectives: formsByLanguage.default({ en: [], id: [] }),
  /**
   * Short forms that denote the entity only in an article that also names it in full ("Utara" for
   * North Korea, "the North"). Optional extension, ignored by readers that do not know it.
   */
  contextAliases: formsByLanguage.optional(),
  /**
   * For organizations: what kind of body it is. "state" bodies (ministries, agencies, parliaments,
   * ruling parties) and "military" ones are held for their country: their officials REPRESENT the
   * country, and a "military" acts for it in relations (as a metonym does). "non-state" groups
   * (movements, militias) are represented by their own leaders, whatever country they are based in.
   */
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  /** For organizations and persons: the country they belong to (canonical name), if any. */
  country: z.string().optional(),
  /**
   * For places: held by another state than `country` ("Sevastopol", "Donetsk"), so an official of the
   * place serves neither for certain ("Gubernur Sevastopol X" gets no REPRESENTS).
   */
  contested: z.boolean().optional(),
  /** Free-text note for curators. */
  note: z.string().optional(),
});

export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>;

export const gazetteerFileSchema = z.object({
  /** What the file holds and where its names come from. */
  description: z.string().optional(),
  entries: z.array(gazetteerEntrySchema),
});

export type GazetteerFile = z.infer<typeof gazetteerFileSchema>;
