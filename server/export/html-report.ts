/**
 * The HTML report: one self-contained file (inline CSS and SVG, no scripts, no external assets) that
 * reads on screen and prints cleanly to PDF. Title and generation date, the SVG picture, summary
 * counts (entities by type, relations by type x status), then the relations grouped by type (a page
 * per group in print) with status, dates, source count, evidence quotes and citations, and the list
 * of cited articles. Built with the `html` template: every string is escaped; the only raw markup is
 * our own SVG. A Content-Security-Policy meta tag forbids scripts even if the file is opened locally.
 */
import {
  ENTITY_TYPES,
  ENTITY_TYPE_NAMES,
  RELATION_STATUSES,
  RELATION_STATUS_NAMES,
  RELATION_TYPE_NAMES,
  type ArticleRef,
  type EvidenceView,
} from "../../graph-schema/index.js";
import type { ExportBundle } from "./bundle.js";
import { countBy, groupBy } from "./collections.js";
import { describeEvidencePolicy, describeScope } from "./describe.js";
import { html, safeHref, trustedHtml, type SafeHtml } from "./html.js";
import { toExportGraph, type ExportEdge, type ExportGraph } from "./prepare.js";
import { REPORT_CSS } from "./report-css.js";
import { renderSvg } from "./svg.js";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function exportHtmlReport(bundle: ExportBundle): string {
  const graph = toExportGraph(bundle);
  const { meta } = graph;
  const generated = new Date(meta.generatedAt).toISOString().replace("T", " ").slice(0, 16) + " UTC";
  const articleNumbers = new Map([...graph.articles.keys()].map((id, i) => [id, i + 1]));
  const doc = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsgraph">
<title>${meta.title}</title>
<style>${trustedHtml(REPORT_CSS)}</style>
</head>
<body>
<header>
<h1>${meta.title}</h1>
<p class="meta">Generated ${generated} by newsgraph · ${describeScope(meta.scope)}</p>
${meta.notes.map((n) => html`<p class="note">${n}</p>`)}
</header>
<figure>${trustedHtml(renderSvg(graph, { declaration: false, width: 1000, header: false }))}</figure>
${summary(graph)}
${relationGroups(graph, articleNumbers)}
${sources(graph)}
<footer>${describeEvidencePolicy(meta.evidence)} Statuses: ${RELATION_STATUS_NAMES.map((s) => `${s}: ${RELATION_STATUSES[s].description}`).join(" ")}</footer>
</body>
</html>
`;
  return doc.value;
}

function summary(graph: ExportGraph): SafeHtml {
  const byEntityType = countBy(graph.nodes, (n) => n.entityType);
  const statuses = RELATION_STATUS_NAMES.filter((s) => graph.edges.some((e) => e.status === s));
  const cells = countBy(graph.edges, (e) => `${e.relationType}/${e.status}`);
  const byType = countBy(graph.edges, (e) => e.relationType);
  const evidenceCount = graph.edges.reduce((sum, e) => sum + e.evidenceCount, 0);
  return html`<section class="summary">
<h2>Summary</h2>
<p>${graph.nodes.length} entities, ${graph.edges.length} relations backed by ${evidenceCount} evidence statements${graph.articles.size > 0 ? ` from ${graph.articles.size} articles` : ""}.</p>
<h3>Entities by type</h3>
<table><thead><tr><th>Type</th><th class="num">Entities</th></tr></thead><tbody>
${ENTITY_TYPE_NAMES.filter((t) => byEntityType.has(t)).map(
  (t) => html`<tr><td><span class="swatch" style="background:${ENTITY_TYPES[t].color}"></span>${ENTITY_TYPES[t].label}</td><td class="num">${byEntityType.get(t) ?? 0}</td></tr>`,
)}
</tbody></table>
<h3>Relations by type and status</h3>
<table><thead><tr><th>Relation</th>${statuses.map((s) => html`<th class="num">${s}</th>`)}<th class="num">Total</th></tr></thead><tbody>
${RELATION_TYPE_NAMES.filter((t) => byType.has(t)).map((t) => {
  const spec = graph.edges.find((e) => e.relationType === t)?.spec;
  return html`<tr><td><span class="line" style="background:${spec?.color ?? "#999"}"></span>${spec?.label ?? t}</td>${statuses.map(
    (s) => html`<td class="num">${cells.get(`${t}/${s}`) ?? 0}</td>`,
  )}<td class="num">${byType.get(t) ?? 0}</td></tr>`;
})}
</tbody></table>
</section>`;
}

function relationGroups(graph: ExportGraph, articleNumbers: ReadonlyMap<string, number>): SafeHtml[] {
  const groups = groupBy(graph.edges, (e) => e.relationType);
  return RELATION_TYPE_NAMES.filter((t) => groups.has(t)).map((type) => {
    const edges = [...(groups.get(type) ?? [])].sort(compareEdges(graph));
    const spec = edges[0]?.spec;
    const codes = [spec?.cameo ? `CAMEO ${spec.cameo}` : null, spec?.plover ? `PLOVER ${spec.plover.eventType}${spec.plover.extension ? " (newsgraph extension)" : ""}` : null].filter(Boolean).join(" · ");
    return html`<section class="group" id="${`relations-${type}`}">
<h2><span class="line" style="background:${spec?.color ?? "#999"}"></span>${spec?.label ?? type} <span class="meta">(${edges.length})</span></h2>
<p class="codes">${spec?.description ?? ""}${codes ? ` ${codes}.` : ""}</p>
<table><thead><tr><th>Relation</th><th>Status</th><th>Event date</th><th class="num">Sources</th><th>Evidence</th></tr></thead><tbody>
${edges.map((e) => relationRow(graph, e, articleNumbers))}
</tbody></table>
</section>`;
  });
}

const collator = new Intl.Collator("en");

/** By date (event, else first report; undated last), status, then source and target names. */
function compareEdges(graph: ExportGraph): (a: ExportEdge, b: ExportEdge) => number {
  const label = (id: string) => graph.nodeById.get(id)?.label ?? id;
  const date = (e: ExportEdge) => e.eventDate ?? e.firstReported ?? "9999";
  const plain = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (a, b) =>
    plain(date(a), date(b)) ||
    RELATION_STATUS_NAMES.indexOf(a.status) - RELATION_STATUS_NAMES.indexOf(b.status) ||
    collator.compare(label(a.source), label(b.source)) ||
    collator.compare(label(a.target), label(b.target)) ||
    plain(a.id, b.id);
}

function relationRow(graph: ExportGraph, e: ExportEdge, articleNumbers: ReadonlyMap<string, number>): SafeHtml {
  const source = graph.nodeById.get(e.source)?.label ?? e.source;
  const target = graph.nodeById.get(e.target)?.label ?? e.target;
  const evidence = graph.details.get(e.id)?.evidence ?? [];
  const reported = e.firstReported ? (e.lastReported && e.lastReported !== e.firstReported ? `${e.firstReported} – ${e.lastReported}` : e.firstReported) : null;
  const missing = e.evidenceCount - evidence.length;
  return html`<tr id="${`relation-${e.id}`}">
<td><span class="ends">${source} ${e.directed ? "→" : "↔"} ${target}</span>
${e.allegedByNames.length > 0 ? html`<div class="parties">alleged by ${e.allegedByNames.join(", ")}</div>` : null}
${e.deniedByNames.length > 0 ? html`<div class="parties">denied by ${e.deniedByNames.join(", ")}</div>` : null}</td>
<td><span class="${`status status-${e.status}`}" title="${RELATION_STATUSES[e.status].description}">${e.status}</span></td>
<td>${e.eventDate ?? "—"}${reported ? html`<div class="reported">reported ${reported}</div>` : null}</td>
<td class="num">${e.sourceCount}</td>
<td>${evidence.length > 0 ? html`<ol class="evidence">${evidence.map((v) => evidenceItem(v, articleNumbers))}</ol>` : null}
${missing > 0 ? html`<div class="meta">${missing} more statement${missing === 1 ? "" : "s"} not included; cited in ${citedArticles(graph, e)}.</div>` : null}</td>
</tr>`;
}

function evidenceItem(v: EvidenceView, articleNumbers: ReadonlyMap<string, number>): SafeHtml {
  return html`<li><blockquote lang="${v.language}">“${v.sentence}”</blockquote><cite>${citation(v.article)}${articleNumbers.has(v.article.id) ? html` [${articleNumbers.get(v.article.id)}]` : null}</cite></li>`;
}

function citation(a: ArticleRef): SafeHtml {
  const href = safeHref(a.url);
  const title = a.title || a.id;
  const where = [a.outlet, a.date].filter(Boolean).join(", ");
  return html`${href ? html`<a href="${href}">${title}</a>` : title}${where ? `. ${where}` : ""}${!href && a.url ? html`. <span class="meta">${a.url}</span>` : null}`;
}

function citedArticles(graph: ExportGraph, e: ExportEdge): SafeHtml {
  const titles = e.articleIds.map((id) => graph.articles.get(id)?.title ?? id);
  return html`${titles.slice(0, 5).join("; ")}${titles.length > 5 ? ` and ${titles.length - 5} more` : ""}`;
}

function sources(graph: ExportGraph): SafeHtml | null {
  if (graph.articles.size === 0) return null;
  return html`<section class="sources">
<h2>Sources</h2>
<ol class="sources">
${[...graph.articles.values()].map((a) => html`<li>${citation(a)}${a.language ? html` <span class="meta">(${a.language})</span>` : null}</li>`)}
</ol>
</section>`;
}
