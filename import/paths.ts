/**
 * Locates files shipped with the project (seed articles, lexicons) from source (`import/`) and from
 * the build (`dist/import/`) alike, by walking up to the folder holding newsgraph's package.json.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cachedRoot: string | null = null;

export function projectRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && isNewsgraphManifest(manifest)) return (cachedRoot = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error("Cannot find newsgraph's package.json above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

function isNewsgraphManifest(path: string): boolean {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
    return typeof parsed === "object" && parsed !== null && (parsed as { name?: unknown }).name === "newsgraph";
  } catch {
    return false;
  }
}

/** A path inside the project, e.g. `projectPath("import", "articles")`. */
export function projectPath(...segments: string[]): string {
  return join(projectRoot(), ...segments);
}

/** The seed articles shipped with the project and imported on first start. */
export const SEED_ARTICLES_DIR = (): string => projectPath("import", "articles");

/** The lexicon data files (gazetteer, triggers, titles). */
export const LEXICON_DIR = (): string => projectPath("import", "lexicon");
