/**
 * Write access. On loopback with no token configured, writes are open (a single analyst's machine).
 * With NEWSGRAPH_TOKEN set, every write needs `Authorization: Bearer <token>`. Bound beyond loopback
 * without a token, writes are refused outright: an exposed server must not accept anonymous edits.
 * Reads, including the Cypher console, never need the token: they cannot change anything.
 */
import { timingSafeEqual } from "node:crypto";

import type { RequestHandler } from "express";

import { isLoopback } from "../config.js";
import { errorBody } from "./errors.js";

export interface WriteAccess {
  host: string;
  token: string | null;
}

export function requireWriteAccess({ host, token }: WriteAccess): RequestHandler {
  return (req, res, next) => {
    if (!token) {
      if (isLoopback(host)) return next();
      res
        .status(403)
        .json(errorBody("writes-disabled", "This server listens beyond localhost without NEWSGRAPH_TOKEN, so it accepts no writes. Set NEWSGRAPH_TOKEN."));
      return;
    }
    const header = req.get("authorization") ?? "";
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1] ?? "";
    if (!sameSecret(given, token)) {
      res.setHeader("WWW-Authenticate", 'Bearer realm="newsgraph"');
      res.status(401).json(errorBody("unauthorized", "Writes need the bearer token: send `Authorization: Bearer <NEWSGRAPH_TOKEN>`."));
      return;
    }
    next();
  };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
