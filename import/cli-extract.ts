/**
 * `newsgraph extract <files|dirs…> [--json]`: streams the extraction of every article. With --json,
 * exactly one JSON document {"articles":[…]} on stdout (written article by article, never held whole);
 * otherwise a readable summary per article. One line per bad file on stderr. Exit code 0 when at least
 * one article was extracted, 1 when none could be. Large inputs are extracted on every core (worker
 * threads); the output is the same, in the same order.
 */
import type { ExtractedArticle } from "../graph-schema/index.js";

import { extractPathsInParallel } from "./extract/extract-parallel.js";

export interface ExtractCommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

function summary(a: ExtractedArticle): string {
  const lines = [
    `${a.file}`,
    `  ${a.title}`,
    `  language ${a.language} · date ${a.date ?? "unknown"} (${a.dateSource}) · outlet ${a.outlet ?? "unknown"} · ${a.entities.length} entities · ${a.relations.length} relations`,
  ];
  for (const r of a.relations) {
    const extra = [r.status !== "reported" ? r.status : "", r.date ?? "", r.role ? `as ${r.role}` : ""].filter(Boolean).join(", ");
    lines.push(`    ${r.type} ${r.source} -> ${r.target}${extra ? ` (${extra})` : ""}`);
  }
  for (const w of a.warnings) lines.push(`  warning: ${w}`);
  return lines.join("\n") + "\n\n";
}

export async function runExtractCommand(paths: string[], options: { json: boolean }, io: ExtractCommandIo): Promise<number> {
  if (paths.length === 0) {
    io.stderr.write("newsgraph: no input: give article files (.txt, .md, .json) or folders\n");
    return 2;
  }
  let extracted = 0;
  if (options.json) io.stdout.write('{"articles":[');
  for await (const event of extractPathsInParallel(paths)) {
    if (event.kind === "error") {
      io.stderr.write(`newsgraph: ${event.error.file}: ${event.error.message}\n`);
      continue;
    }
    if (options.json) io.stdout.write((extracted > 0 ? ",\n" : "\n") + JSON.stringify(event.extraction));
    else io.stdout.write(summary(event.extraction));
    extracted++;
  }
  if (options.json) io.stdout.write("\n]}\n");
  if (extracted === 0) io.stderr.write("newsgraph: no article could be extracted\n");
  return extracted > 0 ? 0 : 1;
}
