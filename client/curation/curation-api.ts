/**
 * Typed access to the write side of the API: upload (extract for review, commit with decisions),
 * curation of relations and entities, and the audit history. Every call returns a Result. Writes carry
 * the analyst's name; the bearer token is sent once the analyst gave one, and asked for only when the
 * server answers 401 (then the request is retried with it).
 */
import type { z } from "zod";

import { err, ok, type EntityType, type RelationStatus, type RelationType, type Result, type ReviewDecision } from "../../graph-schema/index.js";
import { classifyHttpError, type CurationError, type CurationTarget } from "./errors.js";
import {
  commitBodySchema,
  entityCurationSchema,
  extractBodySchema,
  historyBodySchema,
  relationCurationSchema,
  type CommitBody,
  type EntityCurationBody,
  type ExtractBody,
  type HistoryBody,
  type RelationCurationBody,
} from "./schemas.js";
import type { CurationSettings } from "./settings.js";

export interface UploadFile {
  name: string;
  content: string;
  encoding: "utf8" | "base64";
}

export interface VersionedBody {
  comment?: string;
  /** The version the analyst saw; the server answers 409 if it moved on. */
  expectedVersion?: number;
}

export interface CorrectionBody extends VersionedBody {
  type?: RelationType;
  swap?: boolean;
  status?: RelationStatus;
}

export interface ManualRelationBody {
  type: RelationType;
  sourceId: string;
  targetId: string;
  status: RelationStatus;
  articleId: string;
  /** Words of the article, verbatim. */
  quote: string;
  eventDate?: string | null;
  comment?: string;
}

export interface SplitBody extends VersionedBody {
  name: string;
  type: EntityType;
  aliases: string[];
}

export type Call<T> = Promise<Result<T, CurationError>>;

export interface CurationApi {
  extract(files: UploadFile[]): Call<ExtractBody>;
  commit(file: UploadFile, decisions: ReviewDecision[]): Call<CommitBody>;
  reject(relationId: string, body: VersionedBody): Call<RelationCurationBody>;
  restore(relationId: string, body: VersionedBody): Call<RelationCurationBody>;
  correct(relationId: string, body: CorrectionBody): Call<RelationCurationBody>;
  addRelation(body: ManualRelationBody): Call<RelationCurationBody>;
  merge(entityId: string, from: string, body: VersionedBody): Call<EntityCurationBody>;
  split(entityId: string, body: SplitBody): Call<EntityCurationBody>;
  addAlias(entityId: string, alias: string, body: VersionedBody): Call<EntityCurationBody>;
  history(target: CurationTarget, id: string): Call<HistoryBody>;
  /** Where the entity registry (gazetteer JSON) downloads from. */
  registryUrl: string;
}

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

export interface CurationApiDeps {
  settings: CurationSettings;
  /** Asks the analyst for the write token after a 401; null = they cancelled. */
  askToken?: (reason: string) => Promise<string | null>;
  fetch?: FetchFn;
  base?: string;
}

/** How many times a 401 may lead to asking for the token before giving up. */
const MAX_TOKEN_PROMPTS = 3;

const enc = encodeURIComponent;
const PLURAL: Record<CurationTarget, string> = { relation: "relations", entity: "entities", article: "articles" };

export function createCurationApi(deps: CurationApiDeps): CurationApi {
  const base = deps.base ?? "api";
  const doFetch: FetchFn = deps.fetch ?? ((input, init) => fetch(input, init));
  const { settings } = deps;

  async function send<T>(method: "GET" | "POST", path: string, body: object | undefined, schema: z.ZodType<T>): Call<T> {
    for (let prompts = 0; ; prompts += 1) {
      const token = settings.token();
      const headers: Record<string, string> = { accept: "application/json" };
      if (body !== undefined) headers["content-type"] = "application/json";
      if (token && method === "POST") headers["authorization"] = `Bearer ${token}`;
      let response: Response;
      try {
        response = await doFetch(`${base}/${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      } catch (error) {
        return err({ kind: "network", message: error instanceof Error ? error.message : String(error) });
      }
      let json: unknown = null;
      try {
        json = await response.json();
      } catch {
        if (response.ok) return err({ kind: "invalid-response", message: `${path}: the body is not JSON` });
      }
      if (response.ok) {
        const parsed = schema.safeParse(json);
        return parsed.success ? ok(parsed.data) : err({ kind: "invalid-response", message: `${path}: ${parsed.error.message}` });
      }
      const error = classifyHttpError(response.status, json);
      if (error.kind !== "unauthorized" || !deps.askToken || prompts >= MAX_TOKEN_PROMPTS) return err(error);
      const given = await deps.askToken(token ? "The server refused this write token. Enter the right one." : "This server needs a write token (NEWSGRAPH_TOKEN) for changes.");
      if (!given) return err(error);
      settings.setToken(given);
    }
  }

  /** Every write names the analyst, when one is set. */
  const write = <T>(path: string, body: object, schema: z.ZodType<T>) => {
    const analyst = settings.analyst();
    return send("POST", path, analyst ? { ...body, analyst } : body, schema);
  };
  const relation = (id: string, verb: string) => `relations/${enc(id)}/${verb}`;
  const entity = (id: string, verb: string) => `entities/${enc(id)}/${verb}`;

  return {
    extract: (files) => send("POST", "articles/extract", { files }, extractBodySchema),
    commit: (file, decisions) => write("articles", { file, decisions }, commitBodySchema),
    reject: (id, body) => write(relation(id, "reject"), body, relationCurationSchema),
    restore: (id, body) => write(relation(id, "restore"), body, relationCurationSchema),
    correct: (id, body) => write(relation(id, "correct"), body, relationCurationSchema),
    addRelation: (body) => write("relations", body, relationCurationSchema),
    merge: (id, from, body) => write(entity(id, "merge"), { ...body, from }, entityCurationSchema),
    split: (id, body) => write(entity(id, "split"), body, entityCurationSchema),
    addAlias: (id, alias, body) => write(entity(id, "aliases"), { ...body, alias }, entityCurationSchema),
    history: (target, id) => send("GET", `${PLURAL[target]}/${enc(id)}/history`, undefined, historyBodySchema),
    registryUrl: `${base}/registry`,
  };
}
