/**
 * The name of a downloaded export: the server's, from Content-Disposition, when it is a plain file
 * name; else a fallback. Pure (unit-tested).
 */

/** `attachment; filename="newsgraph-view-2024-06-01.json"` -> the name; only plain names are kept. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  const match = header ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header) : null;
  let name = "";
  try {
    name = match?.[1] ? decodeURIComponent(match[1]).trim() : "";
  } catch {
    name = "";
  }
  return /^[\w.-]{1,200}$/.test(name) && !name.startsWith(".") ? name : fallback;
}
