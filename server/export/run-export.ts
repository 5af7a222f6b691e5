/**
 * One export, end to end, for the API and the CLI alike: collect the bundle the format needs, run the
 * format's exporter, name the file.
 */
import { ok, type Result } from "../../graph-schema/index.js";
import type { GraphDb } from "../db/graph-db.js";
import type { ExportMeta } from "./bundle.js";
import { collectExportBundle, type CollectOptions, type ExportFailure } from "./collect-bundle.js";
import { exportFileName } from "./filename.js";
import { EXPORTERS } from "./registry.js";
import type { ExportJob } from "./request.js";

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string | Uint8Array;
  meta: ExportMeta;
  counts: { entities: number; relations: number };
}

export async function runExport(db: GraphDb, job: ExportJob, options: Omit<CollectOptions, "needsEvidence"> = {}): Promise<Result<ExportFile, ExportFailure>> {
  const exporter = EXPORTERS[job.format];
  const bundle = await collectExportBundle(db, job, { ...options, needsEvidence: exporter.needsEvidence });
  if (!bundle.ok) return bundle;
  const { meta, graph } = bundle.value;
  return ok({
    fileName: exportFileName(meta, exporter.extension),
    contentType: exporter.contentType,
    body: exporter.export(bundle.value, job.options),
    meta,
    counts: { entities: graph.nodes.length, relations: graph.edges.length },
  });
}
