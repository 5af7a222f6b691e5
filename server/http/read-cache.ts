/**
 * A cache of GET responses that are pure functions of the URL and the graph: the explorer asks for
 * the same graph, entities and paths again and again, and a large graph takes Neo4j seconds to read.
 *
 * - Validity: an entry holds the graph-state token it was computed under; requests read the current
 *   token (one tiny query, shared by requests within `tokenMaxAgeMs`) and a different token is a miss. Every writer renews the token in its own transaction — this server, `newsgraph import`
 *   from another process, uploads and curations alike — and this process's own writes also drop
 *   the whole cache at once (`invalidate`).
 * - Stampedes: concurrent requests for the same URL share one computation.
 * - Memory: least recently used entries go first beyond `maxBytes`; a body over `maxEntryBytes` is
 *   not kept.
 * - Transfer: a client that accepts Brotli (every browser) gets a hit in Brotli, one that accepts only
 *   gzip gets gzip; each encoding is compressed once per entry, off the event loop, when a client
 *   first asks for it (ahead, for the encoding of the request that filled the entry). Bytes on the
 *   wire are what bound latency when many clients ask for a large graph at once: its 20.9 MB are
 *   2.3 MB gzipped at level 1 and 1.4 MB in Brotli.
 * Only answers that follow from the request and the graph are kept — 200, and the refusals 404 (no
 * such entity) and 413 (an export too large, which costs a count of the whole graph to decide) — with
 * the headers a client needs (type, disposition); `X-Cache` says hit or miss.
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants as zlibConstants, gzip } from "node:zlib";

import type { NextFunction, Request, RequestHandler, Response } from "express";

import type { GraphDb } from "../db/graph-db.js";
import { readGraphToken } from "../db/graph-state.repository.js";

export interface ReadCacheOptions {
  /** The current graph-state token (null when the graph was never written). */
  readToken: () => Promise<string | null>;
  maxBytes?: number;
  maxEntryBytes?: number;
  /**
   * How long a token read answers later requests. Reading it costs Neo4j a transaction; under load,
   * one read per request took more CPU than serving the cached answers. Another process's write
   * shows at most this much later; this process's writes show at once (`invalidate`).
   */
  tokenMaxAgeMs?: number;
  /** The key a request's answer is kept under, or null to let the route answer. Default: a GET's URL. */
  keyOf?: (req: Request) => string | null;
}

/** Default of ReadCacheOptions.tokenMaxAgeMs. */
export const TOKEN_MAX_AGE_MS = 250;

interface TokenRead {
  generation: number;
  token: Promise<string | null>;
  /** When the read answered; null while it runs (requests meanwhile share it). */
  settledAt: number | null;
}

type Encoding = "br" | "gzip";

/** Statuses that are a function of the request and the graph (never 5xx, 429 or 400s of the body parser). */
const KEPT_STATUSES: ReadonlySet<number> = new Set([200, 404, 413]);

interface Entry {
  status: number;
  token: string | null;
  body: Buffer;
  /** Kept headers (type, disposition) and the body's ETag, computed once: Express would hash the body on every send. */
  headers: Record<string, string>;
  /** The body compressed, per encoding, started on first use. */
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
}

/** Bodies smaller than this go as they are: compression would save less than its headers cost. */
const COMPRESS_MIN_BYTES = 1024;
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const ENCODERS: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  // Quality 5: the 20.9 MB graph in ~0.3 s to 7% (gzip level 1: 0.1 s to 11%); higher qualities
  // cost seconds for a few percent.
  br: (body) =>
    brotliAsync(body, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 5,
        [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  // Level 1: higher levels save little more for JSON.
  gzip: (body) => gzipAsync(body, { level: zlibConstants.Z_BEST_SPEED }),
};

/** What Chromium sends: keep-warm and the benchmark ask as a browser does. */
export const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

/** The smallest encoding the client accepts for this body, or null to send it as it is. */
function encodingFor(req: Request, body: Buffer): Encoding | null {
  if (body.length < COMPRESS_MIN_BYTES) return null;
  if (req.acceptsEncodings("br") === "br") return "br";
  if (req.acceptsEncodings("gzip") === "gzip") return "gzip";
  return null;
}

const KEPT_HEADERS = ["content-type", "content-disposition", "cache-control"] as const;

export interface ReadCache {
  middleware: RequestHandler;
  /** Drops everything (after a write by this process). */
  invalidate: () => void;
  stats: () => { entries: number; bytes: number; hits: number; misses: number };
}

export function createReadCache(options: ReadCacheOptions): ReadCache {
  const maxBytes = options.maxBytes ?? 256 * 1024 * 1024;
  const maxEntryBytes = options.maxEntryBytes ?? 64 * 1024 * 1024;
  const tokenMaxAgeMs = options.tokenMaxAgeMs ?? TOKEN_MAX_AGE_MS;
  const keyOf = options.keyOf ?? getUrlKey;
  const entries = new Map<string, Entry>();
  const computing = new Map<string, Promise<Entry | null>>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  /** Bumped by invalidate(): a token read started before a local write must not be trusted. */
  let generation = 0;
  let tokenRead: TokenRead | null = null;

  const currentToken = (): Promise<string | null> => {
    // A read still running is always shared; a settled one only while it is young.
    const reusable = tokenRead?.settledAt == null || Date.now() - tokenRead.settledAt < tokenMaxAgeMs;
    if (tokenRead && tokenRead.generation === generation && reusable) return tokenRead.token;
    const read: TokenRead = { generation, token: options.readToken(), settledAt: null };
    tokenRead = read;
    read.token.then(
      () => (read.settledAt = Date.now()),
      // A failed read is not reused: the next request asks again.
      () => {
        if (tokenRead === read) tokenRead = null;
      },
    );
    return read.token;
  };

  /** The entry's body in an encoding, compressed once; null (and tried again next time) when compression failed. */
  const encodedBody = (entry: Entry, encoding: Encoding): Promise<Buffer | null> => {
    const encoded = (entry.encoded[encoding] ??= ENCODERS[encoding](entry.body));
    return encoded.catch(() => {
      delete entry.encoded[encoding];
      return null;
    });
  };

  /** An entry's share of `maxBytes`, with room for its compressed copies. */
  const cost = (entry: Entry) => Math.ceil(entry.body.length * 1.2);

  const remember = (key: string, entry: Entry, encoding: Encoding | null) => {
    const old = entries.get(key);
    if (old) {
      bytes -= cost(old);
      entries.delete(key);
    }
    if (entry.body.length > maxEntryBytes) return;
    // Compressed ahead, off the event loop, as the client that asked for it accepts: the next one should not wait.
    if (encoding) void encodedBody(entry, encoding);
    entries.set(key, entry);
    bytes += cost(entry);
    for (const [oldest, value] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= cost(value);
    }
  };

  const send = async (req: Request, res: Response, entry: Entry, state: "hit" | "miss") => {
    res.status(entry.status).set(entry.headers).set("X-Cache", state).vary("Accept-Encoding");
    const encoding = encodingFor(req, entry.body);
    if (encoding) {
      const encoded = await encodedBody(entry, encoding);
      if (encoded) {
        res.set("Content-Encoding", encoding).send(encoded);
        return;
      }
    }
    res.send(entry.body);
  };

  /** Runs the route with `res.send` observed, and resolves with what it sent (null unless 200). */
  const capture = (req: Request, res: Response, next: NextFunction, token: string | null): Promise<Entry | null> =>
    new Promise((resolveEntry) => {
      const originalSend = res.send.bind(res);
      let settled = false;
      const settle = (entry: Entry | null) => {
        if (!settled) {
          settled = true;
          resolveEntry(entry);
        }
      };
      res.send = (body?: unknown) => {
        if (KEPT_STATUSES.has(res.statusCode) && (typeof body === "string" || Buffer.isBuffer(body))) {
          const headers: Record<string, string> = {};
          for (const name of KEPT_HEADERS) {
            const value = res.getHeader(name);
            if (typeof value === "string") headers[name] = value;
          }
          const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
          headers["etag"] = weakEtag(bytes);
          res.setHeader("ETag", headers["etag"]);
          settle({ status: res.statusCode, token, body: bytes, headers, encoded: {} });
        } else if (typeof body === "string" || Buffer.isBuffer(body) || !KEPT_STATUSES.has(res.statusCode)) settle(null);
        res.setHeader("X-Cache", "miss");
        return originalSend(body);
      };
      res.once("close", () => settle(null));
      next();
    });

  const middleware: RequestHandler = async (req, res, next) => {
    const key = keyOf(req);
    if (key === null) return next();
    let token: string | null;
    try {
      token = await currentToken();
    } catch {
      // Neo4j unreachable: let the route answer (it reports the outage as 503).
      return next();
    }
    const cached = entries.get(key);
    if (cached && cached.token === token) {
      hits += 1;
      // Refresh recency.
      entries.delete(key);
      entries.set(key, cached);
      return send(req, res, cached, "hit");
    }
    const flightKey = `${token ?? ""}\u0000${generation}\u0000${key}`;
    const inFlight = computing.get(flightKey);
    if (inFlight) {
      const shared = await inFlight;
      if (shared) {
        hits += 1;
        return send(req, res, shared, "hit");
      }
      return next();
    }
    misses += 1;
    const startedIn = generation;
    const flight = capture(req, res, next, token);
    computing.set(flightKey, flight);
    const entry = await flight;
    computing.delete(flightKey);
    if (entry && startedIn === generation) remember(key, entry, encodingFor(req, entry.body));
  };

  return {
    middleware,
    invalidate: () => {
      generation += 1;
      entries.clear();
      bytes = 0;
    },
    stats: () => ({ entries: entries.size, bytes, hits, misses }),
  };
}

/** A weak validator of the body (as Express makes one), so a revalidating browser gets 304. */
function weakEtag(body: Buffer): string {
  return `W/"${body.length.toString(16)}-${createHash("sha1").update(body).digest("base64").slice(0, 27)}"`;
}

/** The default key: a GET's URL; other methods are not cached. */
export function getUrlKey(req: Request): string | null {
  return req.method === "GET" ? req.originalUrl : null;
}

/**
 * The database handle and cache middleware as `serve` wires them: reads validated against the graph
 * token, kept under `keyOf` (the app's apiCacheKey), and this process's writes dropping the cache.
 * `megabytes` 0 means no cache.
 */
export function withReadCache(db: GraphDb, megabytes: number, keyOf: (req: Request) => string | null): { db: GraphDb; readCache?: RequestHandler } {
  if (megabytes <= 0) return { db };
  const cache = createReadCache({ readToken: () => readGraphToken(db), maxBytes: megabytes * 1024 * 1024, keyOf });
  return { db: { ...db, onWrite: cache.invalidate }, readCache: cache.middleware };
}
