/**
 * Reads a picked or dropped file in the browser (FileReader) into an upload payload or a file error;
 * the decisions on the bytes are files.ts.
 */
import { encodeUpload, precheckFile } from "./files.js";
import type { UploadFile } from "./curation-api.js";
import type { FileError } from "./schemas.js";

/** Reads a picked or dropped file (browser only). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

export type ReadOutcome = { ok: true; upload: UploadFile } | { ok: false; error: FileError };

export async function readArticleFile(file: File): Promise<ReadOutcome> {
  const refused = precheckFile(file.name, file.size);
  if (refused) return { ok: false, error: refused };
  try {
    return { ok: true, upload: encodeUpload(file.name, await readFileBytes(file)) };
  } catch (error) {
    return { ok: false, error: { kind: "io", file: file.name, message: error instanceof Error ? error.message : "the file could not be read" } };
  }
}
