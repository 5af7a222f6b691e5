/**
 * A fixture API for the explorer: serves the built client (dist/client) and the API endpoints it uses
 * from an in-memory dataset, on a free port. For the client benchmark (synthetic graphs) and for running
 * the e2e journeys before the real server exists (NEWSGRAPH_E2E_FIXTURE=1). The real e2e runs against
 * `node dist/server/cli.js serve` (see e2e-server.ts).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

import { aroundFixture, buildFixtureDataset, pathFixture, searchFixture, type FixtureDataset, type GoldArticle } from "./e2e-fixture-data.js";

export interface FixtureServerOptions {
  /** Directories served as static files, by URL prefix ("/" -> dist/client). */
  staticDirs: Record<string, string>;
  dataset?: FixtureDataset | null;
  /** A pre-serialised graph for /api/graph (large synthetic graphs); overrides the dataset's payload. */
  graphJson?: string;
}

export interface FixtureServer {
  url: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(text);
}

const notFound = (res: ServerResponse, what: string) => sendJson(res, 404, { error: { kind: "not-found", message: `${what} not found` } });

function handleApi(url: URL, res: ServerResponse, options: FixtureServerOptions): void {
  const dataset = options.dataset ?? null;
  const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const [, endpoint, id] = parts;
  switch (endpoint) {
    case "health":
      return sendJson(res, 200, {
        status: "ok",
        neo4j: { connected: true, version: "fixture", embedded: false, uri: "fixture://" },
        counts: dataset ? { articles: dataset.articles.size, entities: dataset.entities.size, relations: dataset.relations.size, evidence: 0 } : null,
        schemaVersion: 1,
      });
    case "graph": {
      const around = url.searchParams.get("around");
      if (around && dataset) return sendJson(res, 200, aroundFixture(dataset, around, Number(url.searchParams.get("depth") ?? 1)));
      if (options.graphJson) return sendJson(res, 200, options.graphJson);
      return dataset ? sendJson(res, 200, dataset.payload) : notFound(res, "graph");
    }
    case "search":
      return dataset
        ? sendJson(res, 200, searchFixture(dataset, url.searchParams.get("q") ?? "", Number(url.searchParams.get("limit") ?? 10)))
        : sendJson(res, 200, { query: url.searchParams.get("q") ?? "", results: [] });
    case "entities": {
      const details = id ? dataset?.entities.get(id) : undefined;
      return details ? sendJson(res, 200, details) : notFound(res, `entity ${id}`);
    }
    case "relations": {
      const details = id ? dataset?.relations.get(id) : undefined;
      return details ? sendJson(res, 200, details) : notFound(res, `relation ${id}`);
    }
    case "articles": {
      const article = id ? dataset?.articles.get(id) : undefined;
      return article ? sendJson(res, 200, article) : notFound(res, `article ${id}`);
    }
    case "paths": {
      const body = dataset ? pathFixture(dataset, url.searchParams.get("from") ?? "", url.searchParams.get("to") ?? "", Number(url.searchParams.get("maxDepth") ?? 4)) : null;
      return body ? sendJson(res, 200, body) : notFound(res, "entity");
    }
    default:
      return notFound(res, url.pathname);
  }
}

async function handleStatic(url: URL, res: ServerResponse, dirs: Record<string, string>): Promise<void> {
  const prefix = Object.keys(dirs)
    .sort((a, b) => b.length - a.length)
    .find((p) => url.pathname.startsWith(p));
  const root = prefix ? dirs[prefix] : undefined;
  if (!prefix || !root) return notFound(res, url.pathname);
  const relative = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
  const file = normalize(join(root, relative.endsWith("/") ? `${relative}index.html` : relative));
  if (!file.startsWith(resolve(root) + sep) && file !== resolve(root)) return notFound(res, url.pathname);
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(body);
  } catch {
    notFound(res, url.pathname);
  }
}

export async function startFixtureServer(options: FixtureServerOptions): Promise<FixtureServer> {
  const staticDirs = Object.fromEntries(Object.entries(options.staticDirs).map(([prefix, dir]) => [prefix, resolve(dir)]));
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname.startsWith("/api/")) return handleApi(url, res, options);
    void handleStatic(url, res, staticDirs);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/**
 * The seed dataset: gold annotations (NEWSGRAPH_GOLD, default ../shared/gold/seeds.json next to the
 * repository) and the article texts shipped in import/articles. Null when the gold file is absent.
 */
export function loadSeedDataset(repoRoot: string): FixtureDataset | null {
  const goldPath = process.env["NEWSGRAPH_GOLD"] ?? resolve(repoRoot, "../shared/gold/seeds.json");
  if (!existsSync(goldPath)) return null;
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { articles: GoldArticle[] };
  const articlesDir = resolve(repoRoot, "import/articles");
  const texts = new Map(readdirSync(articlesDir).map((file) => [file, readFileSync(join(articlesDir, file), "utf8")]));
  return buildFixtureDataset(gold, texts);
}
