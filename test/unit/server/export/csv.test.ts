import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";

import { exportCsvZip, safeCell } from "../../../../server/export/csv.js";
import { ENTITIES, fixtureBundle, RELATION_DETAILS, SCRIPT_NAME } from "../../../fixtures/export/bundle.js";

type Row = Record<string, string>;

function unzip(zip: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const BOM = [0xef, 0xbb, 0xbf];

const table = (text: string, delimiter = ","): Row[] => parse(text, { bom: true, columns: true, delimiter, relax_quotes: false }) as Row[];

describe("CSV export", () => {
  const files = unzip(exportCsvZip(fixtureBundle()));

  it("should zip nodes, edges, evidence, articles and an about file, each UTF-8 with a BOM", () => {
    const raw = unzipSync(exportCsvZip(fixtureBundle()));

    expect(Object.keys(raw).sort()).toEqual(["about.txt", "articles.csv", "edges.csv", "evidence.csv", "nodes.csv"]);
    for (const bytes of Object.values(raw)) expect([...bytes.slice(0, 3)]).toEqual(BOM);
  });

  it("should give one node row per entity with its attributes, names intact", () => {
    const nodes = table(files["nodes.csv"] ?? "");

    expect(nodes).toHaveLength(Object.keys(ENTITIES).length);
    expect(nodes.find((n) => n.id === ENTITIES.script.id)).toMatchObject({ label: SCRIPT_NAME, entityType: "Organization", aliases: `${SCRIPT_NAME}|O"Reilly & <Co>`, mentionCount: "1" });
    expect(nodes.find((n) => n.id === ENTITIES.kimKo.id)).toMatchObject({ label: "김정은", roles: "위원장" });
    expect(nodes.find((n) => n.id === ENTITIES.rocket.id)?.label).toBe("🚀 Rocket Force");
  });

  it("should give one edge row per relation with provenance and event codes", () => {
    const edges = table(files["edges.csv"] ?? "");

    expect(edges).toHaveLength(RELATION_DETAILS.length);
    expect(edges.find((e) => e.relationType === "SUPPLIES_WEAPONS_TO")).toMatchObject({
      source: "north-korea",
      sourceLabel: "North Korea",
      target: "russia",
      status: "alleged",
      sourceCount: "1",
      evidenceCount: "1",
      articleIds: "art-claims",
      claimIds: "art-claims#c1",
      allegedByNames: SCRIPT_NAME,
      deniedByNames: "North Korea",
      cameo: "072",
      ploverEventType: "AID",
      directed: "true",
    });
    expect(edges.find((e) => e.relationType === "MET_WITH")?.directed).toBe("false");
  });

  it("should give one evidence row per loaded statement, with the article citation", () => {
    const evidence = table(files["evidence.csv"] ?? "");
    const loaded = RELATION_DETAILS.reduce((n, r) => n + r.evidence.length, 0);

    expect(evidence).toHaveLength(loaded);
    expect(evidence.find((v) => v.relationType === "DENIES")).toMatchObject({
      articleId: "art-claims",
      articleTitle: `Claims & "Denials" <b>today</b>`,
      outlet: "Kompas",
      articleDate: "2024-06-20",
      url: "https://example.org/news?id=1&lang=en",
      sentence: "Pyongyang denied the claim\u0007 with a tab\there and </blockquote> ]]> text.",
      relationStatus: "reported",
    });
    expect(evidence.find((v) => v.relationType === "MET_WITH")?.sentence).toBe("김정은 met Ким Чен Ын 🚀 in Pyongyang.");
  });

  it("should neutralise cells a spreadsheet would run as formulas", () => {
    const evidence = table(files["evidence.csv"] ?? "");

    expect(evidence.some((v) => v.sentence === `'=HYPERLINK("http://evil.example") Kim visited Russia in July.`)).toBe(true);
    expect(safeCell("=1+1")).toBe("'=1+1");
    expect(safeCell("+cmd")).toBe("'+cmd");
    expect(safeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safeCell("-2")).toBe("'-2");
    expect(safeCell("North Korea")).toBe("North Korea");
  });

  it("should list the cited articles and say what the evidence policy was", () => {
    expect(table(files["articles.csv"] ?? "").map((a) => a.id)).toEqual(["art-claims", "art-visit"]);
    expect(files["about.txt"]).toContain("Every evidence statement of every relation is included.");
  });

  it("should write ';'-separated files on request", () => {
    const semicolon = unzip(exportCsvZip(fixtureBundle(), { csvDelimiter: ";" }));

    expect(table(semicolon["nodes.csv"] ?? "", ";")).toHaveLength(Object.keys(ENTITIES).length);
  });

  it("should be deterministic for the same bundle", () => {
    expect(Buffer.from(exportCsvZip(fixtureBundle())).equals(Buffer.from(exportCsvZip(fixtureBundle())))).toBe(true);
  });
});
