/**
 * Downloads: POST /api/export -> Blob -> object URL -> a temporary `<a download>` (the page's CSP
 * forbids inline scripts, not blob: downloads). The server names the file in Content-Disposition;
 * its errors come back as the usual `{error: {kind, message, details}}` and become one readable line.
 */
import { z } from "zod";

import { err, ok, type Result } from "../../graph-schema/index.js";
import { describeApiError, type ApiError } from "../api.js";
import { fileNameFromDisposition } from "./file-name.js";
import type { ExportRequestBody } from "./request.js";

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

export type ExportError =
  | { kind: "refused"; message: string; rule: string }
  | { kind: "server"; status: number; errorKind: string; message: string }
  | { kind: "api"; error: ApiError };

const errorBody = z.object({
  error: z.object({ kind: z.string(), message: z.string(), details: z.object({ rule: z.string().optional() }).passthrough().optional() }),
});

export async function postExport(body: ExportRequestBody, signal?: AbortSignal, base = "api"): Promise<Result<DownloadedFile, ExportError>> {
  let response: Response;
  try {
    response = await fetch(`${base}/export`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) return err({ kind: "api", error: { kind: "aborted", message: "request cancelled" } });
    return err({ kind: "api", error: { kind: "network", message: error instanceof Error ? error.message : String(error) } });
  }
  if (!response.ok) {
    const parsed = errorBody.safeParse(await response.json().catch(() => null));
    if (!parsed.success) return err({ kind: "api", error: { kind: "http", status: response.status, errorKind: null, message: `HTTP ${response.status}` } });
    const { kind, message, details } = parsed.data.error;
    if (kind === "refused") return err({ kind: "refused", message, rule: details?.rule ?? "unknown" });
    return err({ kind: "server", status: response.status, errorKind: kind, message });
  }
  const blob = await response.blob();
  return ok({ blob, fileName: fileNameFromDisposition(response.headers.get("content-disposition"), `newsgraph-export.${body.format}`) });
}

export function describeExportError(error: ExportError): string {
  switch (error.kind) {
    case "refused":
      return `The server refused the query (rule: ${error.rule}): ${error.message}`;
    case "server":
      if (error.status === 413) return "The request is too large for the server. Narrow the view, or export an ego network.";
      if (error.errorKind === "rate-limited") return error.message;
      return `Export failed (${error.errorKind}): ${error.message}`;
    case "api":
      return describeApiError(error.error);
    default: {
      const never: never = error;
      return String(never);
    }
  }
}

/** Hands a Blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a delay leaves slow browsers time to read it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
