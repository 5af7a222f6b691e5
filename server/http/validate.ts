/**
 * Query and path parameter schemas shared by the routes: one zod schema gives the check and the type.
 */
import { z } from "zod";

import {
  GRAPH_RELATION_LIMITS,
  isSafeId,
  partialDateSchema,
  RELATION_STATUS_NAMES,
  RELATION_TYPE_NAMES,
  type RelationStatus,
  type RelationType,
} from "../../graph-schema/index.js";

export const idSchema = z
  .string()
  .min(1)
  .max(256)
  .refine(isSafeId, "not a valid id (letters, digits, '-', '_', ':' and '.' only; no '..' or '/')");

/** "A,B,C" (or repeated ?x=A&x=B) -> validated list of closed-set names. */
function listOf<T extends string>(names: readonly T[], what: string) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
    .pipe(
      z.array(
        z.string().refine((s): s is T => (names as readonly string[]).includes(s), {
          message: `unknown ${what}; expected one of ${names.join(", ")}`,
        }),
      ),
    )
    .transform((v) => v as T[]);
}

export const relationTypesParam = listOf<RelationType>(RELATION_TYPE_NAMES, "relation type");
export const statusesParam = listOf<RelationStatus>(RELATION_STATUS_NAMES, "status");

export const graphQuerySchema = z
  .object({
    types: relationTypesParam.optional(),
    status: statusesParam.optional(),
    clock: z.enum(["event", "report"]).default("event"),
    from: partialDateSchema.optional(),
    to: partialDateSchema.optional(),
    around: idSchema.optional(),
    depth: z.coerce.number().int().min(1).max(3).default(1),
    /** Most relations to send (the strongest first); defaults depend on whole graph or ego network. */
    limit: z.coerce.number().int().min(1).max(GRAPH_RELATION_LIMITS.max).optional(),
    includeRejected: z.enum(["true", "false"]).transform((v) => v === "true").default(false),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["from"] });

export const searchQuerySchema = z
  .object({
    q: z.string().trim().min(1, "q must not be empty").max(200),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();

export const pathQuerySchema = z
  .object({
    from: idSchema,
    to: idSchema,
    maxDepth: z.coerce.number().int().min(1).max(6).default(4),
  })
  .strict();

export const idParamsSchema = z.object({ id: idSchema });
