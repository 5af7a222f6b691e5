import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { extractArticle, LexiconError, loadLexicon } from "../../../import/index.js";
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

  it("should name the file of a malformed lexicon", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsgraph-lex-"));
    await mkdir(join(dir, "triggers"));
    await writeFile(join(dir, "triggers", "bad.json"), JSON.stringify({ type: "NOT_A_TYPE" }));
    expect(() => loadLexicon({ extraDir: dir })).toThrow(LexiconError);
    expect(() => loadLexicon({ extraDir: dir })).toThrow(/bad\.json/);
  });
});
