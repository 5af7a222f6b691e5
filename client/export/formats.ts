/**
 * The formats the Export menu offers: PNG, made here from the canvas, then the server's formats from
 * GET /api/export/formats (the server's registry is the one list), in our preferred order. If that
 * list cannot be read, the formats this client was built with are offered (the server still checks).
 */
import { z } from "zod";

export interface ExportFormatOption {
  format: string;
  label: string;
  extension: string;
  /** Made in the browser (PNG) rather than by the server. */
  client: boolean;
}

export const PNG_FORMAT: ExportFormatOption = {
  format: "png",
  label: "PNG image (the graph as drawn, high resolution, with legend)",
  extension: "png",
  client: true,
};

export const KNOWN_SERVER_FORMATS: readonly ExportFormatOption[] = [
  { format: "svg", label: "SVG image", extension: "svg", client: false },
  { format: "html", label: "HTML report (printable, with evidence and citations)", extension: "html", client: false },
  { format: "graphml", label: "GraphML (Gephi, yEd, Cytoscape, NetworkX)", extension: "graphml", client: false },
  { format: "gexf", label: "GEXF 1.3 (Gephi, with timeline)", extension: "gexf", client: false },
  { format: "csv", label: "CSV tables in a ZIP (Excel): nodes, edges, evidence, articles", extension: "csv.zip", client: false },
  { format: "json", label: "JSON (graphology serialized graph, with evidence)", extension: "json", client: false },
  { format: "cypher", label: "Cypher script (recreates the subgraph in Neo4j)", extension: "cypher", client: false },
];

const ORDER = ["svg", "html", "graphml", "gexf", "csv", "json", "cypher"];

const formatsBody = z.object({
  formats: z.array(z.object({ format: z.string().regex(/^[a-z0-9-]{1,20}$/), label: z.string().max(200), extension: z.string().max(20) })),
});

export function toFormatOptions(body: unknown): ExportFormatOption[] | null {
  const parsed = formatsBody.safeParse(body);
  if (!parsed.success || parsed.data.formats.length === 0) return null;
  const rank = (format: string) => (ORDER.includes(format) ? ORDER.indexOf(format) : ORDER.length);
  const server = parsed.data.formats
    .filter((f) => f.format !== PNG_FORMAT.format)
    .map((f) => ({ ...f, client: false }))
    .sort((a, b) => rank(a.format) - rank(b.format));
  return [PNG_FORMAT, ...server];
}

let cached: Promise<ExportFormatOption[]> | null = null;

export function loadFormats(base = "api"): Promise<ExportFormatOption[]> {
  cached ??= fetch(`${base}/export/formats`, { headers: { accept: "application/json" } })
    .then((response) => (response.ok ? response.json() : null))
    .then((body: unknown) => toFormatOptions(body) ?? [PNG_FORMAT, ...KNOWN_SERVER_FORMATS])
    .catch(() => {
      cached = null;
      return [PNG_FORMAT, ...KNOWN_SERVER_FORMATS];
    });
  return cached;
}
