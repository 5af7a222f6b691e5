import { entityKey, isSafeId, parseRelationKey, relationKey, slugify } from "../../../graph-schema/index.js";

describe("entity and relation keys", () => {
  it("should slugify names across scripts and diacritics", () => {
    expect(slugify("North Korea")).toBe("north-korea");
    expect(slugify("Choe Son-hui")).toBe("choe-son-hui");
    expect(slugify("Doğu Perinçek")).toBe("dogu-perincek");
    expect(slugify("Ким Чен Ын")).toBe("ким-чен-ын");
    expect(slugify("김정은")).toBe("김정은");
  });

  it("should refuse a name with no letters or digits", () => {
    expect(() => entityKey("—")).toThrow(/entity id/);
  });

  it("should give symmetric relations one key whatever the direction", () => {
    expect(relationKey("MET_WITH", "b", "a", "reported")).toBe(relationKey("MET_WITH", "a", "b", "reported"));
    expect(relationKey("VISITED", "b", "a", "reported")).not.toBe(relationKey("VISITED", "a", "b", "reported"));
  });

  it("should parse a relation key back into its parts", () => {
    expect(parseRelationKey(relationKey("ACCUSES", "united-states", "north-korea", "reported"))).toEqual({
      type: "ACCUSES",
      sourceId: "united-states",
      targetId: "north-korea",
      status: "reported",
    });
    expect(parseRelationKey("nonsense")).toBeNull();
  });

  it("should refuse ids that could walk a path", () => {
    expect(isSafeId("north-korea")).toBe(true);
    expect(isSafeId("../../etc/passwd")).toBe(false);
    expect(isSafeId("a/b")).toBe(false);
    expect(isSafeId("a..b")).toBe(false);
  });
});
