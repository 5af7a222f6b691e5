/**
 * The export formats, one registry shared by the API, the CLI and (through the API) the explorer's
 * Export menu. Each entry says how to name and serve the file, whether the format needs the
 * relations' evidence (loading it is the expensive part), and how to write it.
 */
import type { ExportBundle, ExportOptions } from "./bundle.js";
import { exportCsvZip } from "./csv.js";
import { exportCypherScript } from "./cypher-script.js";
import { exportGexf } from "./gexf.js";
import { exportGraphml } from "./graphml.js";
import { exportHtmlReport } from "./html-report.js";
import { exportJson } from "./json.js";
import { exportSvg } from "./svg.js";

export interface Exporter {
  /** File extension without the dot. */
  extension: string;
  contentType: string;
  /** Name in menus and help texts. */
  label: string;
  /** Whether the bundle must carry evidence and articles. */
  needsEvidence: boolean;
  export(bundle: ExportBundle, options: ExportOptions): string | Uint8Array;
}

export const EXPORTERS = {
  graphml: {
    extension: "graphml",
    contentType: "application/graphml+xml; charset=utf-8",
    label: "GraphML (Gephi, yEd, Cytoscape, NetworkX)",
    needsEvidence: false,
    export: (bundle, options) => exportGraphml(bundle, options),
  },
  gexf: {
    extension: "gexf",
    contentType: "application/gexf+xml; charset=utf-8",
    label: "GEXF 1.3 (Gephi, with timeline)",
    needsEvidence: false,
    export: (bundle) => exportGexf(bundle),
  },
  csv: {
    extension: "csv.zip",
    contentType: "application/zip",
    label: "CSV tables in a ZIP (Excel): nodes, edges, evidence, articles",
    needsEvidence: true,
    export: (bundle, options) => exportCsvZip(bundle, options),
  },
  json: {
    extension: "json",
    contentType: "application/json; charset=utf-8",
    label: "JSON (graphology serialized graph, with evidence)",
    needsEvidence: true,
    export: (bundle) => exportJson(bundle),
  },
  cypher: {
    extension: "cypher",
    contentType: "text/plain; charset=utf-8",
    label: "Cypher script (recreates the subgraph in Neo4j)",
    needsEvidence: true,
    export: (bundle, options) => exportCypherScript(bundle, options),
  },
  svg: {
    extension: "svg",
    contentType: "image/svg+xml; charset=utf-8",
    label: "SVG image",
    needsEvidence: false,
    export: (bundle) => exportSvg(bundle),
  },
  html: {
    extension: "html",
    contentType: "text/html; charset=utf-8",
    label: "HTML report (printable, with evidence and citations)",
    needsEvidence: true,
    export: (bundle) => exportHtmlReport(bundle),
  },
} as const satisfies Record<string, Exporter>;

export type ExportFormat = keyof typeof EXPORTERS;

export const EXPORT_FORMATS = Object.keys(EXPORTERS) as ExportFormat[];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && Object.hasOwn(EXPORTERS, value);
}
