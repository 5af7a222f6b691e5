/**
 * What a curation request can end in, as values (STYLE §9.5): the read API's errors plus the three a
 * write adds — a stale version (409, someone else changed it first), a missing or wrong token (401)
 * and a server that accepts no writes at all (403). Pure: classification and messages are unit-tested.
 */
import { describeApiError, type ApiError } from "../api.js";

export type CurationError =
  | ApiError
  | { kind: "conflict"; message: string; currentVersion: number | null }
  | { kind: "unauthorized"; message: string }
  | { kind: "forbidden"; message: string };

interface ErrorBodyParts {
  errorKind: string | null;
  message: string | null;
  details: unknown;
}

function partsOf(body: unknown): ErrorBodyParts {
  if (typeof body !== "object" || body === null || !("error" in body)) return { errorKind: null, message: null, details: null };
  const error = (body as { error: unknown }).error;
  if (typeof error !== "object" || error === null) return { errorKind: null, message: null, details: null };
  const { kind, message, details } = error as { kind?: unknown; message?: unknown; details?: unknown };
  return { errorKind: typeof kind === "string" ? kind : null, message: typeof message === "string" ? message : null, details: details ?? null };
}

/** Maps a non-2xx answer of a write to a CurationError. */
export function classifyHttpError(status: number, body: unknown): CurationError {
  const { errorKind, message, details } = partsOf(body);
  const text = message ?? `HTTP ${status}`;
  if (status === 409 || errorKind === "conflict") {
    const current = typeof details === "object" && details !== null ? (details as { currentVersion?: unknown }).currentVersion : undefined;
    return { kind: "conflict", message: text, currentVersion: typeof current === "number" ? current : null };
  }
  if (status === 401) return { kind: "unauthorized", message: text };
  if (status === 403) return { kind: "forbidden", message: text };
  return { kind: "http", status, errorKind, message: text };
}

export type CurationTarget = "relation" | "entity" | "article";

/** One line for the analyst, naming what to do next. */
export function describeCurationError(error: CurationError, target: CurationTarget = "relation"): string {
  switch (error.kind) {
    case "conflict":
      return (
        `Someone else changed this ${target} since you opened it` +
        (error.currentVersion !== null ? ` (it is now at version ${error.currentVersion})` : "") +
        ". Nothing was saved: the panel now shows the current state — check it and try again."
      );
    case "unauthorized":
      return "This server needs a write token for changes. Enter the token (NEWSGRAPH_TOKEN) when asked, then try again.";
    case "forbidden":
      return `This server accepts no changes: ${error.message}`;
    case "http":
      if (error.errorKind === "invalid-curation" || error.errorKind === "bad-article") return `Not saved: ${error.message}`;
      if (error.errorKind === "bad-request" || error.status === 400) return `The server refused the request: ${error.message}`;
      if (error.status === 413) return "The files are too large to send at once: add fewer articles at a time.";
      return describeApiError(error);
    default:
      return describeApiError(error);
  }
}

/** Whether the shown state is stale and must be re-read from the server before trying again. */
export function needsReload(error: CurationError): boolean {
  return error.kind === "conflict" || (error.kind === "http" && error.status === 404);
}
