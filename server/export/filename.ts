/** Export file names: newsgraph-<scope>-<yyyy-mm-dd>.<ext>, ASCII only. */
import type { ExportMeta } from "./bundle.js";
import { isoDay } from "./dates.js";
import { scopeSlug } from "./describe.js";

export function exportFileName(meta: Pick<ExportMeta, "scope" | "generatedAt">, extension: string): string {
  return `newsgraph-${scopeSlug(meta.scope)}-${isoDay(meta.generatedAt)}.${extension}`;
}
