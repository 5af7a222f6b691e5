import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { EXTRACTOR_VERSION } from "../../../graph-schema/index.js";
import { extractArticle, LexiconError, loadLexicon, loadLexiconFrom } from "../../../import/index.js";
import { articleOf, relationsOf } from "./helpers.js";

describe("lexicon files", () => {
  it("should merge a user folder: a new trigger word and a new gazetteer entry", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsgraph-lex-"));
    await mkdir(join(dir, "triggers"));
    await mkdir(join(dir, "gazetteer"));
    await writeFile(join(dir, "triggers", "visits.json"), JSON.stringify({ type: "VISITED", en: [{ forms: ["popped over"], frame: "verb", direct: false }] }));
    await writeFile(
      join(dir, "gazetteer", "extra.json"),
      JSON.stringify({ entries: [{ name: "Freedonia", type: "Country", aliases: { en: ["Freedonia"], id: [] } }] }),
    );
    const lexicon = loadLexicon({ extraDir: dir });
    const a = extractArticle(articleOf("Envoy trip\n\nPresident Rufus Firefly popped over to Freedonia.", "en"), lexicon);
    expect(relationsOf(a)).toContain("VISITED Rufus Firefly -> Freedonia reported");
    expect(loadLexicon({ extraDir: dir })).toBe(lexicon);
  });

  it("should version the extraction by the rules and the lexicon read: a user's added name changes it, a copy elsewhere does not", async () => {
    const shipped = loadLexicon();
    expect(shipped.version).toMatch(new RegExp(`^${EXTRACTOR_VERSION.replace(/\./g, "\\.")}\\+lex\\.[0-9a-f]{8}$`));
    const write = async (name: string) => {
      const dir = await mkdtemp(join(tmpdir(), "newsgraph-lex-"));
      await mkdir(join(dir, "gazetteer"));
      await writeFile(join(dir, "gazetteer", "extra.json"), JSON.stringify({ entries: [{ name, type: "Country", aliases: { en: [name], id: [] } }] }));
      return dir;
    };
    const [a, b, c] = await Promise.all([write("Freedonia"), write("Freedonia"), write("Sylvania")]);
    const extended = loadLexicon({ extraDir: a });
    expect(extended.version).not.toBe(shipped.version);
    expect(loadLexiconFrom([a]).version).toBe(loadLexiconFrom([b]).version);
    expect(loadLexicon({ extraDir: c }).version).not.toBe(extended.version);
  });

  it("should name the file of a malformed lexicon", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsgraph-lex-"));
    await mkdir(join(dir, "triggers"));
    await writeFile(join(dir, "triggers", "bad.json"), JSON.stringify({ type: "NOT_A_TYPE" }));
    expect(() => loadLexicon({ extraDir: dir })).toThrow(LexiconError);
    expect(() => loadLexicon({ extraDir: dir })).toThrow(/bad\.json/);
  });
});
