/**
 * ZIP archives with Node's native deflate: fflate writes the container (headers, central directory),
 * zlib compresses. fflate's own JavaScript deflate took most of a 10k-entity CSV export; zlib's is
 * several times faster on the same text.
 */
import { crc32, deflateRawSync, constants as zlibConstants } from "node:zlib";

import { Zip, type ZipInputFile } from "fflate";

export interface ZipEntry {
  name: string;
  content: string | Uint8Array;
}

/** Deflate method number in PKZIP's APPNOTE (4.4.5). */
const DEFLATE = 8;

export function zipWithNativeDeflate(entries: ZipEntry[], mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const entry of entries) {
    const raw = typeof entry.content === "string" ? Buffer.from(entry.content, "utf8") : entry.content;
    // Level 1: on CSV text, twice as fast as the default level for an archive a few per cent larger.
    const compressed = deflateRawSync(raw, { level: zlibConstants.Z_BEST_SPEED });
    const file: ZipInputFile = { filename: entry.name, size: raw.length, crc: crc32(raw), compression: DEFLATE, mtime };
    zip.add(file);
    file.ondata?.(null, compressed, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
