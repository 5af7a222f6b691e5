/**
 * Markdown articles: optional front matter (`key: value` lines between `---`), a `# ` heading as
 * headline, Markdown syntax stripped to plain prose.
 */
import { languageSchema } from "../../graph-schema/index.js";

import { draftFromLines, takeSourceUrl, type ArticleDraft } from "./draft.js";

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?/;

function parseFrontMatter(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.split("\n")) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line.trim());
    if (m?.[1] && m[2] !== undefined) out[m[1].toLowerCase()] = m[2].trim().replace(/^["']|["']$/g, "");
  }
  return out;
}

/** Markdown inline and block syntax -> plain text, line by line (line count kept close to the source). */
function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, "")
    .replace(/^\s{0,3}>\s?/, "")
    .replace(/^\s*([-*+]|\d+[.)])\s+/, "")
    .replace(/^\s*(\*\s*){3,}$|^\s*(-\s*){3,}$|^\s*(_\s*){3,}$/, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/`{1,3}([^`]*)`{1,3}/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1");
}

export function draftFromMarkdown(source: string): ArticleDraft {
  const fm = FRONT_MATTER.exec(source);
  const meta = fm?.[1] ? parseFrontMatter(fm[1]) : {};
  const bodySource = fm ? source.slice(fm[0].length) : source;
  const lines: string[] = [];
  let inFence = false;
  let heading: string | null = null;
  for (const raw of bodySource.split("\n")) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const h1 = /^\s{0,3}#\s+(.+?)\s*#*\s*$/.exec(raw);
    if (h1?.[1] && heading === null) {
      heading = stripMarkdown(h1[1]).trim();
      lines.push(heading);
      continue;
    }
    lines.push(stripMarkdown(raw));
  }
  const { url, lines: rest } = takeSourceUrl(lines);
  const language = languageSchema.safeParse(meta["language"] ?? meta["lang"]);
  return draftFromLines(
    rest,
    {
      title: meta["title"] ?? heading,
      url: meta["url"] ?? meta["source"] ?? url,
      outlet: meta["outlet"] ?? meta["publisher"] ?? null,
      date: meta["date"] ?? meta["published"] ?? null,
      language: language.success ? language.data : null,
    },
    source,
  );
}
