/**
 * What an export asks for, parsed once at the boundary: GET /api/export query strings, POST bodies
 * and CLI options all become an `ExportJob` (format, scope, title, view, options).
 */
import { z } from "zod";

import { partialDateSchema, RELATION_STATUS_NAMES, RELATION_TYPE_NAMES } from "../../graph-schema/index.js";
import { cypherRequestSchema, toCypherParams } from "../cypher/params.js";
import { idSchema, relationTypesParam, statusesParam } from "../http/validate.js";
import type { ExportFilter, ExportOptions, ExportView } from "./bundle.js";
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from "./registry.js";
import { isHexColor } from "./style.js";

/** What to export; `filter` is the GET /api/graph filter set. */
export type ExportRequest =
  | { kind: "graph"; filter: ExportFilter }
  | { kind: "ego"; filter: ExportFilter; around: string; depth: number }
  | { kind: "selection"; filter: ExportFilter; entities: string[]; relations: string[] }
  | { kind: "cypher"; query: string; params: Record<string, unknown> };

export interface ExportJob {
  format: ExportFormat;
  request: ExportRequest;
  title: string | null;
  view: ExportView;
  options: ExportOptions;
}

export const MAX_SELECTED_ENTITIES = 20_000;
export const MAX_SELECTED_RELATIONS = 50_000;
export const MAX_TITLE_LENGTH = 200;

export const formatSchema = z.string().refine((v): v is ExportFormat => isExportFormat(v), {
  message: `unknown format; expected one of ${EXPORT_FORMATS.join(", ")}`,
});

const titleSchema = z.string().trim().min(1).max(MAX_TITLE_LENGTH);
const csvDelimiterSchema = z.enum([",", ";"]);

const filterShape = {
  types: relationTypesParam.optional(),
  status: statusesParam.optional(),
  clock: z.enum(["event", "report"]).default("event"),
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
  around: idSchema.optional(),
  depth: z.coerce.number().int().min(1).max(3).default(1),
};

type ParsedFilter = z.infer<z.ZodObject<typeof filterShape>>;

const fromBeforeTo = (q: { from?: string | undefined; to?: string | undefined }) => !q.from || !q.to || q.from <= q.to;
const FROM_AFTER_TO = { message: "from must not be after to", path: ["from"] };

/** GET /api/export?format=…&types=…&status=…&clock=…&from=…&to=…&around=…&depth=…&title=… */
export const exportQuerySchema = z
  .object({
    format: formatSchema,
    ...filterShape,
    title: titleSchema.optional(),
    csvDelimiter: csvDelimiterSchema.optional(),
    directedOnly: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  })
  .strict()
  .refine(fromBeforeTo, FROM_AFTER_TO);

const finite = z.number().finite();
const elementKey = z.string().min(1).max(300);

export const viewSchema = z
  .object({
    positions: z.record(elementKey, z.object({ x: finite, y: finite }).strip()).optional(),
    colors: z.record(elementKey, z.string().refine(isHexColor, "colours are hex, like #1f77b4")).optional(),
    sizes: z.record(elementKey, z.number().positive().max(1000)).optional(),
  })
  .strict();

/** POST /api/export */
export const exportBodySchema = z
  .object({
    format: formatSchema,
    filter: z.object(filterShape).strict().refine(fromBeforeTo, FROM_AFTER_TO).optional(),
    selection: z
      .object({
        entities: z.array(idSchema).max(MAX_SELECTED_ENTITIES).default([]),
        relations: z.array(idSchema).max(MAX_SELECTED_RELATIONS).default([]),
      })
      .strict()
      .refine((s) => s.entities.length + s.relations.length > 0, "selection needs at least one entity or relation id")
      .optional(),
    cypher: cypherRequestSchema.optional(),
    view: viewSchema.optional(),
    title: titleSchema.optional(),
    options: z
      .object({ csvDelimiter: csvDelimiterSchema.optional(), includeProvenance: z.boolean().optional(), directedOnly: z.boolean().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((b) => !b.cypher || (!b.filter && !b.selection), {
    message: "a Cypher export takes no filter or selection: the query decides what is exported",
    path: ["cypher"],
  })
  .refine((b) => !b.selection || !b.filter?.around, {
    message: "a selection export cannot also be an ego network; send either selection or filter.around",
    path: ["selection"],
  });

export type ExportQuery = z.infer<typeof exportQuerySchema>;
export type ExportBody = z.infer<typeof exportBodySchema>;

export function toExportFilter(q: Partial<ParsedFilter> | undefined): ExportFilter {
  return {
    types: q?.types && q.types.length > 0 ? q.types : RELATION_TYPE_NAMES,
    statuses: q?.status && q.status.length > 0 ? q.status : RELATION_STATUS_NAMES,
    clock: q?.clock ?? "event",
    from: q?.from ?? null,
    to: q?.to ?? null,
  };
}

function filterRequest(q: Partial<ParsedFilter> | undefined): ExportRequest {
  const filter = toExportFilter(q);
  return q?.around ? { kind: "ego", filter, around: q.around, depth: q.depth ?? 1 } : { kind: "graph", filter };
}

export function jobFromQuery(q: ExportQuery): ExportJob {
  return {
    format: q.format,
    request: filterRequest(q),
    title: q.title ?? null,
    view: {},
    options: { ...(q.csvDelimiter ? { csvDelimiter: q.csvDelimiter } : {}), ...(q.directedOnly ? { directedOnly: true } : {}) },
  };
}

export function jobFromBody(b: ExportBody): ExportJob {
  let request: ExportRequest;
  if (b.cypher) request = { kind: "cypher", query: b.cypher.query, params: toCypherParams(b.cypher.params) };
  else if (b.selection) request = { kind: "selection", filter: toExportFilter(b.filter), entities: b.selection.entities, relations: b.selection.relations };
  else request = filterRequest(b.filter);
  return { format: b.format, request, title: b.title ?? null, view: b.view ?? {}, options: b.options ?? {} };
}
