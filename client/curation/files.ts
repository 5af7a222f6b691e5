/**
 * Article files picked or dropped by the analyst -> upload payloads. The bytes are read once; valid
 * UTF-8 travels as text, anything else as base64, so the server (not the browser's lenient decoder)
 * decides whether it is binary, UTF-16 or broken, and says so in the file's own error.
 * Files the server would refuse anyway (wrong extension, too large) are refused here, unsent.
 */
import type { UploadFile } from "./curation-api.js";
import type { FileError } from "./schemas.js";

export const ACCEPTED_EXTENSIONS = [".txt", ".md", ".json"] as const;
/** The server's default limit of one article (NEWSGRAPH_MAX_ARTICLE_BYTES). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** POST /api/articles/extract takes at most 20 files, in a body of at most 30 MB. */
export const MAX_FILES_PER_REQUEST = 20;
export const MAX_BYTES_PER_REQUEST = 20 * 1024 * 1024;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** A reason to refuse the file without sending it, or null. */
export function precheckFile(name: string, size: number, maxBytes = MAX_FILE_BYTES): FileError | null {
  const ext = extensionOf(name);
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(ext)) {
    return { kind: "unsupported-type", file: name, message: `unsupported file type "${ext || "(none)"}": use .txt, .md or .json` };
  }
  if (size === 0) return { kind: "empty", file: name, message: "the file is empty" };
  if (size > maxBytes) return { kind: "too-large", file: name, message: `file is ${mb(size)} MB, above the ${mb(maxBytes)} MB limit` };
  return null;
}

/**
 * A name the server accepts (no path characters, no "..", at most 200 characters), keeping the
 * extension. The article id derives from it, so the same file always gets the same name.
 */
export function safeUploadName(name: string): string {
  const cleaned = name.replace(/[\\/\u0000]/g, "_").replace(/\.{2,}/g, ".").trim() || "article.txt";
  if (cleaned.length <= 200) return cleaned;
  const ext = extensionOf(cleaned);
  return cleaned.slice(0, 200 - ext.length) + ext;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Text when the bytes are clean UTF-8 without NUL or a UTF-16 byte-order mark; base64 otherwise. */
export function encodeUpload(rawName: string, bytes: Uint8Array): UploadFile {
  const name = safeUploadName(rawName);
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16 && !bytes.includes(0)) {
    try {
      return { name, content: strictUtf8.decode(bytes), encoding: "utf8" };
    } catch {
      // not UTF-8: let the server name the problem
    }
  }
  return { name, content: bytesToBase64(bytes), encoding: "base64" };
}

/** Bytes the payload takes in a JSON body (close enough for batching). */
export function payloadBytes(file: UploadFile): number {
  return file.encoding === "base64" ? file.content.length : new TextEncoder().encode(file.content).length;
}

/** Splits uploads into requests the server accepts: at most `maxCount` files and about `maxBytes` each. */
export function batchUploads<T extends UploadFile>(files: readonly T[], maxCount = MAX_FILES_PER_REQUEST, maxBytes = MAX_BYTES_PER_REQUEST): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const file of files) {
    const size = payloadBytes(file);
    if (current.length > 0 && (current.length >= maxCount || bytes + size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
