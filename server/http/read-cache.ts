/**
 * A cache of GET responses that are pure functions of the URL and the graph: the explorer asks for
 * the same graph, entities and paths again and again, and a large graph takes Neo4j seconds to read.
 *
 * - Validity: an entry holds the graph-state token it was computed under; every request reads the
 *   current token (one tiny query, shared by requests that arrive together) and a different token
 *   is a miss. Every writer renews the token in its own transaction — this server, `newsgraph import`
 *   from another process, uploads and curations alike — and this process's own writes also drop
 *   the whole cache at once (`invalidate`).
 * - Stampedes: concurrent requests for the same URL share one computation.
 * - Memory: least recently used entries go first beyond `maxBytes`; a body over `maxEntryBytes` is
 *   not kept.
 * Only 200 responses are kept, with the headers a client needs (type, disposition); `X-Cache` says
 * hit or miss.
 */
import type { NextFunction, Request, RequestHandler, Response } from "express";

import type { GraphDb } from "../db/graph-db.js";
import { readGraphToken } from "../db/graph-state.repository.js";

export interface ReadCacheOptions {
  /** The current graph-state token (null when the graph was never written). */
  readToken: () => Promise<string | null>;
  maxBytes?: number;
  maxEntryBytes?: number;
}

interface Entry {
  token: string | null;
  body: Buffer;
  headers: Record<string, string>;
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
  const entries = new Map<string, Entry>();
  const computing = new Map<string, Promise<Entry | null>>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  /** Bumped by invalidate(): a token read started before a local write must not be trusted. */
  let generation = 0;
  let tokenRead: { generation: number; token: Promise<string | null> } | null = null;

  const currentToken = async (): Promise<string | null> => {
    if (!tokenRead || tokenRead.generation !== generation) {
      const read = { generation, token: options.readToken() };
      tokenRead = read;
      // The next request after this read settles asks again: sharing covers only requests that overlap.
      void read.token.finally(() => {
        if (tokenRead === read) tokenRead = null;
      }).catch(() => undefined);
    }
    return tokenRead.token;
  };

  const remember = (key: string, entry: Entry) => {
    const old = entries.get(key);
    if (old) {
      bytes -= old.body.length;
      entries.delete(key);
    }
    if (entry.body.length > maxEntryBytes) return;
    entries.set(key, entry);
    bytes += entry.body.length;
    for (const [oldest, value] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= value.body.length;
    }
  };

  const send = (res: Response, entry: Entry, state: "hit" | "miss") => {
    res.status(200).set(entry.headers).set("X-Cache", state).send(entry.body);
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
        if (res.statusCode === 200 && (typeof body === "string" || Buffer.isBuffer(body))) {
          const headers: Record<string, string> = {};
          for (const name of KEPT_HEADERS) {
            const value = res.getHeader(name);
            if (typeof value === "string") headers[name] = value;
          }
          settle({ token, body: Buffer.isBuffer(body) ? body : Buffer.from(body), headers });
        } else if (typeof body === "string" || Buffer.isBuffer(body) || res.statusCode !== 200) settle(null);
        res.setHeader("X-Cache", "miss");
        return originalSend(body);
      };
      res.once("close", () => settle(null));
      next();
    });

  const middleware: RequestHandler = async (req, res, next) => {
    if (req.method !== "GET") return next();
    const key = req.originalUrl;
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
      return send(res, cached, "hit");
    }
    const flightKey = `${token ?? ""}\u0000${generation}\u0000${key}`;
    const inFlight = computing.get(flightKey);
    if (inFlight) {
      const shared = await inFlight;
      if (shared) {
        hits += 1;
        return send(res, shared, "hit");
      }
      return next();
    }
    misses += 1;
    const startedIn = generation;
    const flight = capture(req, res, next, token);
    computing.set(flightKey, flight);
    const entry = await flight;
    computing.delete(flightKey);
    if (entry && startedIn === generation) remember(key, entry);
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

/**
 * The database handle and cache middleware as `serve` wires them: reads validated against the graph
 * token, and this process's writes dropping the cache. `megabytes` 0 means no cache.
 */
export function withReadCache(db: GraphDb, megabytes: number): { db: GraphDb; readCache?: RequestHandler } {
  if (megabytes <= 0) return { db };
  const cache = createReadCache({ readToken: () => readGraphToken(db), maxBytes: megabytes * 1024 * 1024 });
  return { db: { ...db, onWrite: cache.invalidate }, readCache: cache.middleware };
}
