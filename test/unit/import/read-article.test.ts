import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { articleSchema } from "../../../graph-schema/index.js";
import { listArticleFiles, parseArticle, readArticleFile } from "../../../import/index.js";
import { ARTICLE_FIXTURES, REPO_ROOT } from "./helpers.js";

describe("article readers", () => {
  it("should read a .txt article: headline after site chrome, Source line, outlet, date line", async () => {
    const r = await readArticleFile(join(ARTICLE_FIXTURES, "en-iran-israel.txt"));
    if (!r.ok) throw new Error(r.error.message);
    expect(articleSchema.parse(r.value)).toEqual(r.value);
    expect(r.value.title).toBe("Iran fires missiles at Israel as Tehran rejects arms claims");
    expect(r.value.url).toBe("https://news.example.org/world/2024/04/15/iran-israel-missiles");
    expect(r.value.outlet).toBe("news.example.org");
    expect(r.value.text).not.toContain("Source:");
    expect(r.value.text.startsWith(r.value.title)).toBe(true);
    expect([r.value.language, r.value.date, r.value.dateSource]).toEqual(["en", "2024-04-15", "text"]);
  });

  it("should read a .md article: front matter, # heading, Markdown stripped", async () => {
    const r = await readArticleFile(join(ARTICLE_FIXTURES, "en-china-taiwan.md"));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.title).toBe("China stages drills around Taiwan as Beijing and Moscow deepen ties");
    expect([r.value.date, r.value.dateSource, r.value.outlet]).toEqual(["2024-05-24", "metadata", "Example Wire"]);
    expect(r.value.url).toBe("https://wire.example.com/asia/china-taiwan-drills");
    expect(r.value.text).toContain("around Taiwan on Thursday");
    expect(r.value.text).not.toMatch(/\*\*|^#/m);
  });

  it("should read a .json article with the title first in the text", async () => {
    const r = await readArticleFile(join(ARTICLE_FIXTURES, "en-ukraine-russia.json"));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.title).toBe("Kyiv says Russia fired North Korean missiles; Pyongyang denies");
    expect(r.value.text.startsWith(`${r.value.title}\n\n`)).toBe(true);
    expect([r.value.language, r.value.date, r.value.outlet]).toEqual(["en", "2024-06-04", "daily.example.net"]);
  });

  it.each([
    ["000_f66068220d7170c8.txt", "Kunjungan Korea Utara ke Iran Buat Barat Khawatir", "2024-04", "Gatra.com"],
    ["001_3f6b62f309dea507.txt", "Korea Utara Kirim Delegasi ke Iran dalam Upaya Memutus Isolasi Diplomatik", "2024-04-27", "GenPI.co"],
    ["002_c89314aab33c0149.txt", "Delegasi Korea Utara Bakal Kunjungi Rusia, Bikin Negara Barat Ketar-ketir", "2024-02-01", "Liputan6.com"],
    ["003_8e5a2328831e48ff.txt", "Menteri Kim Jong-Un Siap Sambut Putin di Pyongyang, Bukti Korea Utara-Rusia Makin Mesra", "2024-01-21", "KOMPAS.TV"],
  ])("should read seed %s: headline, date and outlet from the text", async (file, title, date, outlet) => {
    const r = await readArticleFile(join(REPO_ROOT, "import", "articles", file));
    if (!r.ok) throw new Error(r.error.message);
    expect([r.value.title, r.value.date, r.value.outlet, r.value.language]).toEqual([title, date, outlet, "id"]);
  });

  it("should keep ids stable: from the URL when known, else the file's base name", () => {
    const a = parseArticle({ file: "a/x.txt", content: "Headline here now\n\nBody text." });
    const b = parseArticle({ file: "b/x.txt", content: "Headline here now\n\nOther body text." });
    const withUrl = parseArticle({ file: "a/x.txt", content: "Headline here now\nSource: https://e.org/n/1\n\nBody." });
    if (!a.ok || !b.ok || !withUrl.ok) throw new Error("unreadable");
    expect(a.value.id).toBe(b.value.id);
    expect(a.value.contentHash).not.toBe(b.value.contentHash);
    expect(withUrl.value.id).not.toBe(a.value.id);
    expect(a.value.id).toMatch(/^art-[0-9a-f]{12}$/);
  });

  it("should flag a missing publication date", () => {
    const r = parseArticle({ file: "n.txt", content: "Iran and Russia sign a pact\n\nIran and Russia signed a treaty." });
    if (!r.ok) throw new Error(r.error.message);
    expect([r.value.date, r.value.dateSource]).toEqual([null, "none"]);
  });
});

describe("bad article input", () => {
  const big = "x".repeat(20 * 1024 * 1024);
  it.each([
    ["an empty file", "empty.txt", "", "empty"],
    ["only whitespace", "blank.md", "  \n\n\t", "empty"],
    ["binary content", "image.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), "binary"],
    ["non-UTF-8 text", "latin1.txt", Uint8Array.from([0x48, 0x65, 0x6c, 0x6c, 0xe9, 0x20, 0x77]), "encoding"],
    ["UTF-16 text", "utf16.txt", Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), "encoding"],
    ["a 20 MB file", "huge.txt", big, "too-large"],
    ["malformed JSON", "bad.json", '{"title": "x", "text": ', "malformed-json"],
    ["JSON that is not an article", "odd.json", '{"headline": "x"}', "invalid-article"],
    ["an unsupported extension", "doc.pdf", "%PDF-1.4", "unsupported-type"],
  ])("should refuse %s with a clear error", (_what, file, content, kind) => {
    const r = parseArticle({ file, content });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe(kind);
      expect(r.error.file).toBe(file);
      expect(r.error.message.length).toBeGreaterThan(5);
    }
  });

  it("should honour a configured size limit", () => {
    const r = parseArticle({ file: "a.txt", content: "Headline of the day\n\n" + "word ".repeat(300), maxBytes: 1000 });
    expect(r.ok ? "ok" : r.error.kind).toBe("too-large");
  });

  it("should refuse a file above the limit without reading it, and a missing file as io", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsgraph-read-"));
    await writeFile(join(dir, "huge.txt"), big);
    const tooBig = await readArticleFile(join(dir, "huge.txt"));
    const missing = await readArticleFile(join(dir, "nope.txt"));
    expect(tooBig.ok ? "ok" : tooBig.error.kind).toBe("too-large");
    expect(missing.ok ? "ok" : missing.error.kind).toBe("io");
  });
});

describe("listArticleFiles", () => {
  it("should list folders recursively, sorted, articles only, and report missing paths", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsgraph-list-"));
    await writeFile(join(dir, "b.txt"), "B");
    await writeFile(join(dir, "a.md"), "A");
    await writeFile(join(dir, "notes.pdf"), "P");
    const listed = await listArticleFiles([dir, join(dir, "missing")]);
    expect(listed.files).toEqual([join(dir, "a.md"), join(dir, "b.txt")]);
    expect(listed.errors.map((e) => e.kind)).toEqual(["io"]);
  });
});
