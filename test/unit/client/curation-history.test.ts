import type { CurationRecord, EntityRef } from "../../../graph-schema/index.js";
import { articlesOf, correctionProblem, manualRelationProblem } from "../../../client/curation/checks.js";
import { describeCuration, describeRelationId, formatWhen } from "../../../client/curation/history-text.js";

const record = (patch: Partial<CurationRecord> & Pick<CurationRecord, "kind">): CurationRecord => ({
  id: "cur-1",
  targetType: "relation",
  targetId: "VISITED:sergei-shoigu:north-korea:reported",
  relatedIds: [],
  analyst: "Rina",
  at: "2025-03-04T10:22:00.000Z",
  comment: null,
  before: null,
  after: null,
  ...patch,
});

describe("history entries", () => {
  it("should describe a merge from the side of the entity that was kept", () => {
    const merge = record({
      kind: "merge-entities",
      targetType: "entity",
      targetId: "batbayar-tsedev",
      relatedIds: ["tsedevin-batbayar"],
      before: { merged: { id: "tsedevin-batbayar", name: "Tsedevin Batbayar", type: "Person", aliases: ["Tsedevin Batbayar", "T. Batbayar"], roles: [] } },
      after: { aliases: ["Tsedev", "Tsedevin Batbayar"], relations: [] },
    });

    expect(describeCuration(merge, "batbayar-tsedev")).toEqual({ title: "Merged “Tsedevin Batbayar” into this entity", detail: "its aliases: T. Batbayar" });
    expect(describeCuration(merge, "tsedevin-batbayar").title).toBe("Merged into batbayar-tsedev");
  });

  it("should describe a correction from the old and from the new relation", () => {
    const correct = record({
      kind: "correct-relation",
      relatedIds: ["VISITED:north-korea:sergei-shoigu:planned"],
      before: { type: "VISITED", sourceId: "sergei-shoigu", targetId: "north-korea", status: "reported" },
      after: { type: "VISITED", sourceId: "north-korea", targetId: "sergei-shoigu", status: "planned", relationId: "VISITED:north-korea:sergei-shoigu:planned" },
    });

    expect(describeCuration(correct, correct.targetId)).toEqual({
      title: "Corrected the relation",
      detail: "direction swapped, status reported → planned; now north-korea visited sergei-shoigu (planned)",
    });
    expect(describeCuration(correct, "VISITED:north-korea:sergei-shoigu:planned").title).toBe("Created by correcting another relation");
  });

  it("should name added aliases, split-off entities, manual relations and imports", () => {
    expect(describeCuration(record({ kind: "add-alias", targetType: "entity", targetId: "laos", before: { aliases: ["Laos"] }, after: { aliases: ["Laos", "Lao PDR"] } }), "laos").title).toBe("Added the alias “Lao PDR”");
    expect(describeCuration(record({ kind: "split-entity", targetType: "entity", targetId: "north-korea", after: { splitOff: { name: "Korut", aliases: ["Korut"] } } }), "north-korea")).toEqual({
      title: "Split “Korut” off into a new entity",
      detail: "aliases moved: Korut",
    });
    expect(describeCuration(record({ kind: "add-relation", after: { quote: "shipping artillery shells" } }), "x").detail).toBe("Quote: “shipping artillery shells”");
    expect(describeCuration(record({ kind: "import-article", targetType: "article", targetId: "art-1", after: { title: "Menlu ke Beijing", relations: 5, decisions: 1 } }), "art-1")).toEqual({
      title: "Imported “Menlu ke Beijing”",
      detail: "5 proposed relations, 1 review decisions",
    });
    expect(describeCuration(record({ kind: "reject-relation" }), "x").title).toBe("Rejected the relation");
  });

  it("should survive records whose before/after are not the expected shapes", () => {
    expect(describeCuration(record({ kind: "merge-entities", targetType: "entity", targetId: "a", relatedIds: ["b"], before: "garbage", after: [1, 2] }), "a").title).toBe("Merged “b” into this entity");
  });

  it("should format times in the local zone and keep text that is not a date", () => {
    const at = "2025-03-04T10:22:00.000Z";
    const d = new Date(at);
    const pad = (n: number) => String(n).padStart(2, "0");

    expect(formatWhen(at)).toBe(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`);
    expect(formatWhen("yesterday")).toBe("yesterday");
    expect(describeRelationId("not-a-key")).toBe("not-a-key");
  });
});

const ref = (id: string, entityType: EntityRef["entityType"]): EntityRef => ({ id, name: id, entityType });

describe("curation forms' checks", () => {
  const visit = { relationType: "VISITED" as const, status: "reported" as const, source: ref("batbayar-tsedev", "Person"), target: ref("laos", "Country") };

  it("should refuse a correction that changes nothing or breaks the endpoint rules", () => {
    expect(correctionProblem(visit, "VISITED", false, "reported")).toMatch(/Change the type/);
    expect(correctionProblem(visit, "VISITED", true, "reported")).toMatch(/cannot go from a Country to a Person/);
    expect(correctionProblem(visit, "VISITED", false, "planned")).toBeNull();
    expect(correctionProblem({ ...visit, relationType: "MET_WITH", target: ref("khamlieng", "Person") }, "MET_WITH", true, "reported")).toMatch(/Change the type/);
  });

  it("should only send a manual relation whose quote is the article's own words", () => {
    const base = { entityType: "Person" as const, other: ref("laos", "Country"), outgoing: true, type: "VISITED" as const, articleId: "art-1", quote: "visited Laos", articleText: "Tsedev visited Laos on Monday.", eventDate: "" };

    expect(manualRelationProblem("batbayar-tsedev", base)).toBeNull();
    expect(manualRelationProblem("batbayar-tsedev", { ...base, quote: "went to Laos" })).toMatch(/own words/);
    expect(manualRelationProblem("batbayar-tsedev", { ...base, other: null })).toMatch(/Choose the other entity/);
    expect(manualRelationProblem("batbayar-tsedev", { ...base, outgoing: false })).toMatch(/cannot go from a Country to a Person/);
    expect(manualRelationProblem("batbayar-tsedev", { ...base, eventDate: "March" })).toMatch(/YYYY/);
    expect(manualRelationProblem("batbayar-tsedev", { ...base, eventDate: "2025-03", articleText: null })).toBeNull();
  });

  it("should offer the articles the entity's evidence comes from, newest first, each once", () => {
    const article = (id: string, date: string | null) => ({ id, title: id, outlet: null, url: null, date, language: "en" as const });
    const evidence = (a: ReturnType<typeof article>) => ({ article: a }) as never;
    const details = {
      entity: { ...ref("x", "Person"), aliases: [], roles: [], mentionCount: 2 },
      relations: [{ evidence: [evidence(article("old", "2024-01")), evidence(article("new", "2025-02"))] }, { evidence: [evidence(article("old", "2024-01"))] }],
    } as never;

    expect(articlesOf(details).map((a) => a.id)).toEqual(["new", "old"]);
  });
});
