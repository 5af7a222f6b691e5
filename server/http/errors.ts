/**
 * HTTP errors as JSON, everywhere: one error type for routes to throw, and the middleware that maps
 * every failure (validation, body parsing, Neo4j gone, bugs) to a status and an ApiErrorBody.
 */
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "pino";
import { ZodError } from "zod";

import type { ApiErrorBody } from "../../graph-schema/index.js";
import { isUnavailable } from "../neo4j/driver.js";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly kind: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const notFound = (what: string): HttpError => new HttpError(404, "not-found", `${what} was not found.`);
export const badRequest = (message: string, details?: unknown): HttpError =>
  new HttpError(400, "bad-request", message, details);

export function errorBody(kind: string, message: string, details?: unknown): ApiErrorBody {
  return { error: details === undefined ? { kind, message } : { kind, message, details } };
}

/** Unknown API routes answer 404 JSON, never the SPA's HTML. */
export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody("not-found", `No API route ${req.method} ${req.path}.`));
};

/** Registered after a route's handlers: any other method gets 405 with the Allow header. */
export function methodNotAllowed(allowed: readonly string[]): RequestHandler {
  return (req, res) => {
    res.setHeader("Allow", allowed.join(", "));
    res.status(405).json(errorBody("method-not-allowed", `${req.method} is not allowed here; use ${allowed.join(" or ")}.`));
  };
}

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) logger.error({ err: error, method: req.method, url: req.originalUrl }, "request failed");
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(status).json(body);
  };
}

export function toErrorResponse(error: unknown): { status: number; body: ApiErrorBody } {
  if (error instanceof HttpError) return { status: error.status, body: errorBody(error.kind, error.message, error.details) };
  if (error instanceof ZodError) {
    const issues = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const first = issues[0];
    const message = first ? `Invalid ${first.path || "input"}: ${first.message}` : "Invalid input.";
    return { status: 400, body: errorBody("bad-request", message, issues) };
  }
  const parser = error as BodyParserError;
  if (parser.type === "entity.too.large") {
    return { status: 413, body: errorBody("payload-too-large", `Request body is larger than the ${parser.limit} bytes allowed.`) };
  }
  if (parser.type === "entity.parse.failed") {
    return { status: 400, body: errorBody("malformed-json", "The request body is not valid JSON.") };
  }
  if (parser.type === "encoding.unsupported" || parser.type === "charset.unsupported") {
    return { status: 415, body: errorBody("unsupported-encoding", "The request body's encoding is not supported; send UTF-8.") };
  }
  if (typeof parser.status === "number" && parser.status >= 400 && parser.status < 500) {
    return { status: parser.status, body: errorBody("bad-request", error instanceof Error ? error.message : "Bad request.") };
  }
  if (isUnavailable(error)) {
    return {
      status: 503,
      body: errorBody("neo4j-unavailable", "The graph database is unavailable right now; the server retries by itself. Try again shortly."),
    };
  }
  return { status: 500, body: errorBody("internal", "Internal server error. The server log has the details.") };
}
