/**
 * graphology's serialized format, re-importable with `Graph.from(json)` (and by Gephi Lite and sigma):
 * the graph payload's attributes plus display attributes sigma reads (x, y, size, color, label), the
 * event codes, and each relation's evidence (without the article, which is listed once in the graph
 * attributes' `articles`). Compact: this is for programs.
 */
import type { SerializedGraph } from "graphology-types";

import type { ArticleRef, EntityNodeAttributes, Evidence, RelationEdgeAttributes } from "../../graph-schema/index.js";
import type { ExportBundle, ExportMeta } from "./bundle.js";
import { toExportGraph } from "./prepare.js";
import { Utf8Sink } from "./utf8-sink.js";

export interface ExportedNodeAttributes extends EntityNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  degree: number;
}

export interface ExportedEdgeAttributes extends RelationEdgeAttributes {
  label: string;
  size: number;
  color: string;
  cameo: string | null;
  ploverEventType: string | null;
  allegedByNames: string[];
  deniedByNames: string[];
  /** Present when the export carries evidence (see graph attribute `evidence`). */
  evidence?: Evidence[];
}

export interface ExportedGraphAttributes {
  title: string;
  generatedAt: string;
  scope: ExportMeta["scope"];
  evidence: ExportMeta["evidence"];
  notes: string[];
  articles: ArticleRef[];
}

export type ExportedGraph = SerializedGraph<ExportedNodeAttributes, ExportedEdgeAttributes, ExportedGraphAttributes>;

interface Parts {
  attributes: ExportedGraphAttributes;
  options: ExportedGraph["options"];
  nodes: () => Iterable<ExportedGraph["nodes"][number]>;
  edges: () => Iterable<ExportedGraph["edges"][number]>;
}

function exportedParts(bundle: ExportBundle): Parts {
  const graph = toExportGraph(bundle);
  const payloadNodes = new Map(bundle.graph.nodes.map((n) => [n.key, n.attributes]));
  const payloadEdges = new Map(bundle.graph.edges.map((e) => [String(e.key), e.attributes]));
  const withEvidence = bundle.meta.evidence.kind !== "none";
  return {
    attributes: {
      title: graph.meta.title,
      generatedAt: graph.meta.generatedAt,
      scope: graph.meta.scope,
      evidence: graph.meta.evidence,
      notes: graph.meta.notes,
      articles: [...graph.articles.values()],
    },
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    *nodes() {
      for (const n of graph.nodes) {
        const base = payloadNodes.get(n.id);
        yield {
          key: n.id,
          attributes: {
            ...(base ?? { label: n.label, entityType: n.entityType, aliases: n.aliases, roles: n.roles, mentionCount: n.mentionCount }),
            x: n.x,
            y: n.y,
            size: n.size,
            color: n.color,
            degree: n.degree,
          },
        };
      }
    },
    *edges() {
      for (const e of graph.edges) {
        const base = payloadEdges.get(e.id);
        if (!base) throw new Error(`export: edge ${e.id} is missing from the payload it was prepared from.`);
        const attributes: ExportedEdgeAttributes = {
          ...base,
          label: e.spec.label,
          size: e.thickness,
          color: e.color,
          cameo: e.spec.cameo,
          ploverEventType: e.spec.plover?.eventType ?? null,
          allegedByNames: e.allegedByNames,
          deniedByNames: e.deniedByNames,
        };
        if (withEvidence) attributes.evidence = (graph.details.get(e.id)?.evidence ?? []).map(({ article: _article, ...v }) => v);
        yield { key: e.id, source: e.source, target: e.target, attributes, ...(e.directed ? {} : { undirected: true }) };
      }
    },
  };
}

/** The export as a graphology serialized graph (an object). */
export function toExportedGraph(bundle: ExportBundle): ExportedGraph {
  const parts = exportedParts(bundle);
  return { attributes: parts.attributes, options: parts.options, nodes: [...parts.nodes()], edges: [...parts.edges()] };
}

/**
 * The same document as JSON.stringify(toExportedGraph(bundle)), written node by node and edge by edge
 * so a 30k-relation export never holds every element object at once.
 */
export function exportJson(bundle: ExportBundle): Buffer {
  const { attributes, options, nodes, edges } = exportedParts(bundle);
  const out = new Utf8Sink();
  out.write(`{"attributes":${JSON.stringify(attributes)},"options":${JSON.stringify(options)},"nodes":[`);
  let first = true;
  for (const n of nodes()) {
    out.write(first ? JSON.stringify(n) : `,${JSON.stringify(n)}`);
    first = false;
  }
  out.write('],"edges":[');
  first = true;
  for (const e of edges()) {
    out.write(first ? JSON.stringify(e) : `,${JSON.stringify(e)}`);
    first = false;
  }
  out.write("]}");
  return out.bytes();
}
