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

export function toExportedGraph(bundle: ExportBundle): ExportedGraph {
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
    nodes: graph.nodes.map((n) => {
      const base = payloadNodes.get(n.id);
      return {
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
    }),
    edges: graph.edges.map((e) => {
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
      return { key: e.id, source: e.source, target: e.target, attributes, ...(e.directed ? {} : { undirected: true }) };
    }),
  };
}

export function exportJson(bundle: ExportBundle): string {
  return JSON.stringify(toExportedGraph(bundle));
}
