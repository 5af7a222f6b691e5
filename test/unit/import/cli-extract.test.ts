import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { extractionResultSchema } from "../../../graph-schema/index.js";
import { runExtractCommand } from "../../../import/index.js";
import { ARTICLE_FIXTURES, sink } from "./helpers.js";

async function run(paths: string[], json: boolean) {
  const stdout = sink();
  const stderr = sink();
  const code = await runExtractCommand(paths, { json }, { stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe("runExtractCommand", () => {
  it("should print one JSON document for a folder, one stderr line per bad file, exit 0", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsgraph-cli-"));
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "broken.json"), "{");
    const r = await run([ARTICLE_FIXTURES, dir], true);
    expect(r.code).toBe(0);
    const parsed = extractionResultSchema.parse(JSON.parse(r.stdout));
    expect(parsed.articles.map((a) => a.file.split("/").pop())).toEqual([
      "en-china-taiwan.md",
      "en-iran-israel.txt",
      "en-ukraine-russia.json",
      "id-china-taiwan.txt",
      "id-iran-israel.txt",
      "id-ukraina-rusia.txt",
    ]);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => /^newsgraph: .+: .+/.test(l))).toBe(true);
  });

  it("should fail when nothing could be extracted", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsgraph-cli-"));
    await writeFile(join(dir, "only.pdf"), "%PDF");
    const r = await run([join(dir, "only.pdf")], true);
    expect(r.code).not.toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ articles: [] });
    expect(r.stderr).toMatch(/unsupported file type/);
  });

  it("should print a readable summary without --json", async () => {
    const r = await run([join(ARTICLE_FIXTURES, "id-iran-israel.txt")], false);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ACCUSES Iran -> Israel/);
    expect(r.stdout).toMatch(/language id · date 2024-04-02/);
  });
});
