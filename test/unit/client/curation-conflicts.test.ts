import { createCurationApi, type FetchFn } from "../../../client/curation/curation-api.js";
import { classifyHttpError, describeCurationError, needsReload } from "../../../client/curation/errors.js";
import { createCurationSettings, normaliseAnalyst } from "../../../client/curation/settings.js";
import type { KeyValueStorage } from "../../../client/layout/positions.js";

function memory(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const CURATION = { id: "cur-1", kind: "reject-relation", targetType: "relation", targetId: "VISITED:a:b:reported", relatedIds: [], analyst: "Rina", at: "2025-03-04T10:00:00Z", comment: null, before: { rejected: false }, after: { rejected: true } };

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown> | null;
}

function fakeFetch(answers: Response[]): { fetch: FetchFn; sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    fetch: async (url, init) => {
      sent.push({ url, headers: init.headers as Record<string, string>, body: typeof init.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : null });
      const next = answers.shift();
      if (!next) throw new Error("no more answers");
      return next;
    },
  };
}

describe("conflict and error handling of curation writes", () => {
  it("should read a 409 as a conflict with the server's current version", () => {
    const error = classifyHttpError(409, { error: { kind: "conflict", message: "changed", details: { currentVersion: 4 } } });

    expect(error).toEqual({ kind: "conflict", message: "changed", currentVersion: 4 });
    expect(needsReload(error)).toBe(true);
    expect(describeCurationError(error)).toMatch(/Someone else changed this relation.*version 4.*Nothing was saved/);
  });

  it("should tell a missing token (401) from a server that refuses all writes (403)", () => {
    expect(classifyHttpError(401, { error: { kind: "unauthorized", message: "token" } }).kind).toBe("unauthorized");
    expect(classifyHttpError(403, { error: { kind: "writes-disabled", message: "Set NEWSGRAPH_TOKEN." } })).toEqual({ kind: "forbidden", message: "Set NEWSGRAPH_TOKEN." });
  });

  it("should keep an impossible edit in the form (no reload) and reload on an unknown id", () => {
    const invalid = classifyHttpError(400, { error: { kind: "invalid-curation", message: "A REPRESENTS relation cannot go from a Country to a Country." } });
    const missing = classifyHttpError(404, { error: { kind: "not-found", message: "gone" } });

    expect(needsReload(invalid)).toBe(false);
    expect(describeCurationError(invalid)).toBe("Not saved: A REPRESENTS relation cannot go from a Country to a Country.");
    expect(needsReload(missing)).toBe(true);
    expect(classifyHttpError(500, "not json")).toMatchObject({ kind: "http", status: 500, errorKind: null, message: "HTTP 500" });
  });

  it("should send the shown version and the analyst's name with a rejection", async () => {
    const settings = createCurationSettings(memory(), memory());
    settings.setAnalyst("  Rina   Wulandari ");
    const { fetch, sent } = fakeFetch([json(200, { relationId: "VISITED:a:b:reported", curation: CURATION })]);
    const api = createCurationApi({ settings, fetch });

    const result = await api.reject("VISITED:a:b:reported", { expectedVersion: 2, comment: "wrong trip" });

    expect(result.ok).toBe(true);
    expect(sent[0]?.url).toBe("api/relations/VISITED%3Aa%3Ab%3Areported/reject");
    expect(sent[0]?.body).toEqual({ expectedVersion: 2, comment: "wrong trip", analyst: "Rina Wulandari" });
    expect(sent[0]?.headers["authorization"]).toBeUndefined();
  });

  it("when the server answers 401, then the token is asked for, kept for the tab and the write retried with it", async () => {
    const session = memory();
    const settings = createCurationSettings(memory(), session);
    const { fetch, sent } = fakeFetch([json(401, { error: { kind: "unauthorized", message: "token" } }), json(200, { relationId: "x:a:b:reported", curation: CURATION })]);
    const reasons: string[] = [];
    const api = createCurationApi({ settings, fetch, askToken: async (reason) => (reasons.push(reason), "s3cret") });

    const result = await api.restore("x:a:b:reported", {});

    expect(result.ok).toBe(true);
    expect(reasons).toHaveLength(1);
    expect(sent.map((s) => s.headers["authorization"])).toEqual([undefined, "Bearer s3cret"]);
    expect(session.data.get("newsgraph.writeToken")).toBe("s3cret");
  });

  it("when the analyst cancels the token prompt, then the 401 is returned as is", async () => {
    const settings = createCurationSettings(memory(), memory());
    const { fetch } = fakeFetch([json(401, { error: { kind: "unauthorized", message: "token" } })]);
    const api = createCurationApi({ settings, fetch, askToken: async () => null });

    const result = await api.addAlias("laos", "Lao PDR", {});

    expect(result).toEqual({ ok: false, error: { kind: "unauthorized", message: "token" } });
  });

  it("should return a 409 as a conflict value, never throw", async () => {
    const settings = createCurationSettings(null, null);
    const { fetch } = fakeFetch([json(409, { error: { kind: "conflict", message: "stale", details: { currentVersion: 3 } } })]);
    const api = createCurationApi({ settings, fetch });

    const result = await api.correct("VISITED:a:b:reported", { expectedVersion: 1, status: "planned" });

    expect(result).toEqual({ ok: false, error: { kind: "conflict", message: "stale", currentVersion: 3 } });
  });

  it("should refuse an answer that does not match the schema", async () => {
    const { fetch } = fakeFetch([json(200, { drafts: [{ file: "a.txt", ok: true }] })]);
    const api = createCurationApi({ settings: createCurationSettings(null, null), fetch });

    const result = await api.extract([{ name: "a.txt", content: "x", encoding: "utf8" }]);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe("invalid-response");
  });

  it("should keep the analyst's name trimmed and bounded, empty meaning unset", () => {
    const local = memory();
    const settings = createCurationSettings(local, null);
    settings.setAnalyst("   ");

    expect(settings.analyst()).toBeNull();
    expect(normaliseAnalyst("x".repeat(150))).toHaveLength(100);
    settings.setAnalyst("Rina");
    expect(createCurationSettings(local, null).analyst()).toBe("Rina");
  });
});
