/**
 * Loads the lexicon: the shipped data files (import/lexicon/) merged with a user folder of the same
 * layout (NEWSGRAPH_LEXICON_DIR, or `extraDir`). Cached per folder set: files are read once per process.
 *
 * Layout: gazetteer/*.json (gazetteer-schema.ts), triggers/*.json, markers.json or markers/*.json,
 * roles.json or roles/*.json, organizations.json or organizations/*.json.
 */
import { createHash, type Hash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";

import type { z } from "zod";

import { EXTRACTOR_VERSION, RELATION_TYPE_NAMES, type Language, type RelationType } from "../../../graph-schema/index.js";
import { LEXICON_DIR } from "../../paths.js";
import { gazetteerFileSchema, type GazetteerEntry } from "../gazetteer-schema.js";
import {
  markersFileSchema,
  organizationsFileSchema,
  rolesFileSchema,
  triggerFileSchema,
  type MarkerClass,
  type OrgTemplate,
  type RolesFile,
  type TriggerEntry,
} from "./schema.js";

export interface Lexicon {
  gazetteer: GazetteerEntry[];
  triggers: Record<RelationType, Record<Language, TriggerEntry[]>>;
  markers: Record<Language, Map<MarkerClass, string[]>>;
  roles: RolesFile;
  organizations: OrgTemplate[];
  orgHeads: Record<Language, string[]>;
  orgHeadsAfterName: Record<Language, string[]>;
  /** Files read, in order (for diagnostics). */
  files: string[];
  /**
   * The rules' version and a digest of the files read ("0.2.0+lex.1a2b3c4d"), stored on every statement:
   * an article extracted by other rules or another lexicon (a user's added names) is re-extracted on import.
   */
  version: string;
}

export class LexiconError extends Error {
  constructor(file: string, reason: string) {
    super(`Lexicon file ${file}: ${reason}. Fix or remove the file (see import/README.md for the formats).`);
    this.name = "LexiconError";
  }
}

function emptyLexicon(): Lexicon {
  const triggers = {} as Record<RelationType, Record<Language, TriggerEntry[]>>;
  for (const t of RELATION_TYPE_NAMES) triggers[t] = { id: [], en: [] };
  return {
    gazetteer: [],
    triggers,
    markers: { id: new Map(), en: new Map() },
    roles: rolesFileSchema.parse({}),
    organizations: [],
    orgHeads: { id: [], en: [] },
    orgHeadsAfterName: { id: [], en: [] },
    files: [],
    version: EXTRACTOR_VERSION,
  };
}

/** Parses a lexicon file, adding its name and text to `digest` (the same lexicon hashes alike in any folder). */
function readJson<S extends z.ZodType>(file: string, schema: S, digest: Hash): z.infer<S> {
  let raw: unknown;
  try {
    const text = readFileSync(file, "utf8");
    digest.update(basename(file)).update("\u0000").update(text).update("\u0000");
    raw = JSON.parse(text);
  } catch (e) {
    throw new LexiconError(file, e instanceof Error ? e.message : String(e));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new LexiconError(file, parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  }
  return parsed.data;
}

/** `name.json` and every `name/*.json` under `dir`, sorted. */
function filesOf(dir: string, name: string): string[] {
  const out: string[] = [];
  const single = join(dir, `${name}.json`);
  if (existsSync(single)) out.push(single);
  const folder = join(dir, name);
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    for (const f of readdirSync(folder).sort()) if (f.endsWith(".json")) out.push(join(folder, f));
  }
  return out;
}

function mergeGazetteer(into: GazetteerEntry[], entries: GazetteerEntry[]): void {
  for (const e of entries) {
    const same = into.find((x) => x.name === e.name && x.type === e.type);
    if (!same) {
      into.push(structuredClone(e));
      continue;
    }
    for (const key of ["aliases", "metonyms", "adjectives", "contextAliases"] as const) {
      const target = (same[key] ??= { id: [], en: [] });
      const source = e[key];
      if (!source) continue;
      for (const lang of ["id", "en"] as const) target[lang] = [...new Set([...target[lang], ...source[lang]])];
    }
    same.country ??= e.country;
    same.kind ??= e.kind;
  }
}

function loadDir(lex: Lexicon, dir: string, digest: Hash): void {
  for (const file of filesOf(dir, "gazetteer")) {
    mergeGazetteer(lex.gazetteer, readJson(file, gazetteerFileSchema, digest).entries);
    lex.files.push(file);
  }
  for (const file of filesOf(dir, "triggers")) {
    const t = readJson(file, triggerFileSchema, digest);
    lex.triggers[t.type].id.push(...t.id);
    lex.triggers[t.type].en.push(...t.en);
    lex.files.push(file);
  }
  for (const file of filesOf(dir, "markers")) {
    const m = readJson(file, markersFileSchema, digest);
    for (const lang of ["id", "en"] as const) {
      for (const [cls, words] of Object.entries(m[lang]) as [MarkerClass, string[]][]) {
        lex.markers[lang].set(cls, [...new Set([...(lex.markers[lang].get(cls) ?? []), ...words])]);
      }
    }
    lex.files.push(file);
  }
  for (const file of filesOf(dir, "roles")) {
    const r = readJson(file, rolesFileSchema, digest);
    lex.roles.titles.push(...r.titles);
    for (const key of ["portfolios", "affiliationLinks", "headsVerbs", "possessiveState", "modifiers", "postModifiers", "former", "atTheTime", "bodyQualifiers", "statePossessives", "bodyNouns", "groupNouns", "regionalTitles"] as const) {
      for (const lang of ["id", "en"] as const) lex.roles[key][lang].push(...r[key][lang]);
    }
    lex.roles.relationalRoles.push(...r.relationalRoles);
    lex.files.push(file);
  }
  for (const file of filesOf(dir, "organizations")) {
    const o = readJson(file, organizationsFileSchema, digest);
    lex.organizations.push(...o.templates);
    lex.orgHeads.id.push(...o.heads.id);
    lex.orgHeads.en.push(...o.heads.en);
    lex.orgHeadsAfterName.id.push(...o.headsAfterName.id);
    lex.orgHeadsAfterName.en.push(...o.headsAfterName.en);
    lex.files.push(file);
  }
}

/** Loads the given folders in order (later ones extend earlier ones); uncached. */
export function loadLexiconFrom(dirs: string[]): Lexicon {
  const lex = emptyLexicon();
  const digest = createHash("sha256");
  for (const dir of dirs) if (existsSync(dir)) loadDir(lex, dir, digest);
  lex.version = `${EXTRACTOR_VERSION}+lex.${digest.digest("hex").slice(0, 8)}`;
  return lex;
}

const cache = new Map<string, Lexicon>();

export interface LoadLexiconOptions {
  /** A folder of extra lexicon files, merged after NEWSGRAPH_LEXICON_DIR. */
  extraDir?: string;
}

/** The shipped lexicon + NEWSGRAPH_LEXICON_DIR + `extraDir`; cached per combination. */
export function loadLexicon(options: LoadLexiconOptions = {}): Lexicon {
  const dirs = [LEXICON_DIR(), process.env["NEWSGRAPH_LEXICON_DIR"], options.extraDir].filter(
    (d): d is string => typeof d === "string" && d !== "",
  );
  const key = dirs.join("\u0000");
  let lex = cache.get(key);
  if (!lex) {
    lex = loadLexiconFrom(dirs);
    cache.set(key, lex);
  }
  return lex;
}
