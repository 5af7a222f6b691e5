import { batchUploads, bytesToBase64, encodeUpload, extensionOf, precheckFile, safeUploadName } from "../../../client/curation/files.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("reading article files for upload", () => {
  it("should refuse unsupported extensions, empty and oversized files without sending them", () => {
    expect(precheckFile("photo.PDF", 100)).toMatchObject({ kind: "unsupported-type", file: "photo.PDF" });
    expect(precheckFile("README", 100)).toMatchObject({ kind: "unsupported-type" });
    expect(precheckFile("empty.txt", 0)).toMatchObject({ kind: "empty" });
    expect(precheckFile("huge.md", 6 * 1024 * 1024)).toMatchObject({ kind: "too-large" });
    expect(precheckFile("Berita.TXT", 100)).toBeNull();
    expect(precheckFile("a.json", 100)).toBeNull();
  });

  it("should read the extension case-insensitively and ignore dots at the start", () => {
    expect(extensionOf("x.tar.MD")).toBe(".md");
    expect(extensionOf(".hidden")).toBe("");
  });

  it("should send clean UTF-8 (Indonesian, accents, emoji) as text", () => {
    const text = "Menlu Iran ke Beijing — café ✓ 🚀\nJakarta";

    expect(encodeUpload("a.txt", utf8(text))).toEqual({ name: "a.txt", content: text, encoding: "utf8" });
  });

  it("should send invalid UTF-8, UTF-16 and binary bytes as base64, for the server to name the problem", () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9]); // "café" in Latin-1
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00]);
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]);

    for (const bytes of [latin1, utf16, binary]) {
      const upload = encodeUpload("x.txt", bytes);
      expect(upload.encoding).toBe("base64");
      expect(new Uint8Array(Buffer.from(upload.content, "base64"))).toEqual(bytes);
    }
  });

  it("should encode large byte arrays to base64 like Node does", () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);

    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });

  it("should split uploads into requests of at most 20 files and about the byte limit", () => {
    const files = Array.from({ length: 45 }, (_, i) => ({ name: `${i}.txt`, content: "x".repeat(10), encoding: "utf8" as const }));

    expect(batchUploads(files).map((b) => b.length)).toEqual([20, 20, 5]);
    expect(batchUploads(files, 20, 25).map((b) => b.length)).toEqual(Array.from({ length: 23 }, (_, i) => (i < 22 ? 2 : 1)));
    expect(batchUploads([])).toEqual([]);
  });

  it("should give every file a name the server accepts, keeping its extension", () => {
    expect(safeUploadName("report..final.txt")).toBe("report.final.txt");
    expect(safeUploadName("a/b\\c.md")).toBe("a_b_c.md");
    expect(safeUploadName(`${"x".repeat(300)}.json`)).toMatch(/^x{195}\.json$/);
    expect(safeUploadName("Berita Korut.txt")).toBe("Berita Korut.txt");
    expect(encodeUpload("x..y.txt", utf8("text")).name).toBe("x.y.txt");
  });

  it("should send a single file larger than the byte limit on its own", () => {
    const big = { name: "big.txt", content: "x".repeat(100), encoding: "utf8" as const };
    const small = { name: "s.txt", content: "x", encoding: "utf8" as const };

    expect(batchUploads([small, big, small], 20, 50).map((b) => b.map((f) => f.name))).toEqual([["s.txt"], ["big.txt"], ["s.txt"]]);
  });
});
