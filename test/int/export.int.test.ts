/**
 * Subgraph exports against the real Neo4j: every format over HTTP for the whole graph and an ego
 * network, selections, Cypher results (and hostile queries refused by the console's guards), the CLI
 * command, and the Cypher script recreating the same graph in an emptied database.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { jest } from "@jest/globals";
import { parse as parseCsv } from "csv-parse/sync";
import type { Express } from "express";
import { XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { Driver } from "neo4j-driver";
import request from "supertest";

import { entityKey, RELATION_PROVENANCE_KEYS } from "../../graph-schema/index.js";
import { createApp } from "../../server/app.js";
import { runExportCommand } from "../../server/commands/export.command.js";
import { parseConfig } from "../../server/config.js";
import { toNative } from "../../server/db/to-native.js";
import { cypherString } from "../../server/export/cypher-literal.js";
import { splitCypherStatements } from "../../server/export/cypher-script.js";
import { EXPORTERS, EXPORT_FORMATS, type ExportFormat } from "../../server/export/registry.js";
import { createExportRouter } from "../../server/routes/export.routes.js";
import { importExtractions } from "../../import/load/import-articles.js";
import { claimArticle, hostileNamesArticle, itemsOf } from "../helpers/extraction-fixtures.js";
import { countOf, createTestDriver, resetDatabase, silentLogger, TEST_DATABASE, testDb, testNeo4jUri } from "../helpers/neo4j.js";
import { Graph } from "../unit/server/export/graph-class.js";

const SCRIPT_NAME = "<script>alert(1)</script>";
// Ids as the loader derives them (graph-schema's entityKey: note that its NFKD step splits Hangul into jamo).
const ALL_ENTITIES = ["North Korea", "Russia", "Sergei Shoigu", "United States", SCRIPT_NAME, `O'Brien "Quote" & Sons`, "Ким Чен Ын", "김정은", "🚀 Rocket Force"].map(entityKey);
const TODAY = /\d{4}-\d{2}-\d{2}/;

/** How the XmlWriter writes text content. */
const escapedText = (name: string) => name.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

type BinaryResponse = request.Response & { body: Buffer };

function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  stream.on("end", () => done(null, Buffer.concat(chunks)));
}

/** The entity ids an export of each format contains, read back with the format's own reader. */
function entityIdsIn(format: ExportFormat, body: Buffer): string[] {
  const text = body.toString("utf8");
  switch (format) {
    case "graphml":
      return parseGraphml(Graph, text).nodes();
    case "gexf":
      return parseGexf(Graph, text).nodes();
    case "json":
      return Graph.from(JSON.parse(text) as Parameters<typeof Graph.from>[0]).nodes();
    case "csv": {
      const nodes = strFromU8(unzipSync(new Uint8Array(body))["nodes.csv"] ?? new Uint8Array());
      return (parseCsv(nodes, { bom: true, columns: true }) as { id: string }[]).map((r) => r.id);
    }
    case "cypher":
      return [...text.matchAll(/\{id: '([^']+)', name: /g)].map((m) => m[1] ?? "");
    case "svg":
    case "html": {
      expect(XMLValidator.validate(format === "svg" ? text : (/<svg[\s\S]*<\/svg>/.exec(text)?.[0] ?? ""))).toBe(true);
      return [...text.matchAll(/<circle cx="[^"]+" cy="[^"]+" r="[^"]+" fill="[^"]+">\s*<title>([^<]+) \(/g)].map((m) => m[1] ?? "");
    }
    default: {
      const unreachable: never = format;
      throw new Error(`unknown format ${String(unreachable)}`);
    }
  }
}

async function snapshot(driver: Driver) {
  const rows = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database: TEST_DATABASE })).records.map((r) => toNative(r.toObject()));
  const relationProps = [...RELATION_PROVENANCE_KEYS, "curated"].map((k) => `.${k}`).join(", ");
  return {
    entities: await rows("MATCH (e:Entity) RETURN labels(e) AS labels, e{.id, .name, .type, .aliases, .roles, .aliasText} AS props ORDER BY e.id"),
    relations: await rows(`MATCH (s:Entity)-[r]->(t:Entity) RETURN type(r) AS type, s.id AS source, t.id AS target, r{${relationProps}} AS props ORDER BY r.id`),
    articles: await rows("MATCH (a:Article) RETURN a{.id, .title, .outlet, .url, .date, .language} AS props ORDER BY a.id"),
    evidence: await rows(
      `MATCH (a:Article)-[:STATES]->(v:Evidence) RETURN a.id AS article,
       v{.id, .relationId, .articleId, .type, .sourceId, .targetId, .status, .sentence, .start, .end, .triggers, .language,
         .eventDate, .reportDate, .confidence, .extractorVersion, .claimId, .role} AS props ORDER BY v.id`,
    ),
  };
}

describe("subgraph exports on the real Neo4j", () => {
  let driver: Driver;
  let app: Express;

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await importExtractions({ driver, database: TEST_DATABASE }, itemsOf(claimArticle(), hostileNamesArticle()));
    const db = testDb(driver);
    app = createApp({ db, neo4j: { embedded: true, uri: testNeo4jUri() }, logger: silentLogger, clientDir: null, routers: [createExportRouter(db, { perMinute: 10_000 })] });
  });

  afterAll(async () => {
    await resetDatabase(driver);
    await driver.close();
  });

  const get = (url: string) => request(app).get(url).buffer(true).parse(binary) as unknown as Promise<BinaryResponse>;
  const post = (body: object) => request(app).post("/api/export").send(body).buffer(true).parse(binary) as unknown as Promise<BinaryResponse>;

  it("when more exports arrive than run at once and may wait, then the others are built one after another and the rest refused with 503 and Retry-After", async () => {
    const db = testDb(driver);
    const oneAtATime = createApp({ db, neo4j: { embedded: true, uri: testNeo4jUri() }, logger: silentLogger, clientDir: null, routers: [createExportRouter(db, { perMinute: 10_000, slots: { concurrency: 1, queue: 1 } })] });

    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => request(oneAtATime).get(`/api/export?format=json&title=burst-${i}`)));

    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    const refused = answers.find((a) => a.status === 503);
    expect(refused?.headers["retry-after"]).toBe("5");
    expect(refused?.body.error).toMatchObject({ kind: "busy", message: expect.stringMatching(/try again/) });
    // the slots free up: the next export is built
    expect((await request(oneAtATime).get("/api/export?format=json&title=after-the-burst")).status).toBe(200);
  });

  // GraphML reads no evidence; CSV reads it together with the graph, and must refuse before reading it.
  it.each(["graphml", "csv"])("when a %s export would hold more relations than one export may, then it is refused with 413 and a way to narrow it", async (format) => {
    const db = testDb(driver);
    const capped = createApp({ db, neo4j: { embedded: true, uri: testNeo4jUri() }, logger: silentLogger, clientDir: null, routers: [createExportRouter(db, { perMinute: 10_000, maxRelations: 2 })] });

    const whole = await request(capped).get(`/api/export?format=${format}`);
    const ego = await request(capped).get(`/api/export?format=${format}&around=sergei-shoigu&depth=1`);

    expect(whole.status).toBe(413);
    expect(whole.body.error).toMatchObject({ kind: "too-large", message: expect.stringMatching(/more than the 2 one export may hold.*Narrow it/) });
    expect(ego.status).toBe(200);
  });

  it("the evidence read together with the graph should be the evidence read by relation id for the same relations", async () => {
    const evidenceOf = async (res: BinaryResponse) => {
      const graph = JSON.parse(res.body.toString("utf8")) as { edges: { key: string; attributes: { evidence: unknown[] } }[] };
      return Object.fromEntries(graph.edges.map((e) => [e.key, e.attributes.evidence]));
    };
    // A filtered view reads its evidence with the graph; a selection reads it by relation id.
    const view = await get("/api/export?format=json&status=reported");
    const viewEvidence = await evidenceOf(view);
    const selection = await post({ format: "json", selection: { entities: [], relations: Object.keys(viewEvidence) } });

    expect(Object.keys(viewEvidence).length).toBeGreaterThan(3);
    expect(Object.values(viewEvidence).every((list) => list.length > 0)).toBe(true);
    expect(await evidenceOf(selection)).toEqual(viewEvidence);
  });

  it.each(EXPORT_FORMATS)("GET /api/export?format=%s should download the whole graph", async (format) => {
    const res = await get(`/api/export?format=${format}`);

    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe(EXPORTERS[format].contentType);
    expect(res.headers["content-disposition"]).toMatch(new RegExp(`^attachment; filename="newsgraph-graph-${TODAY.source}\\.${EXPORTERS[format].extension.replace(".", "\\.")}"$`));
    const ids = entityIdsIn(format, res.body);
    if (format === "svg" || format === "html") expect(ids.sort()).toEqual(["North Korea", "Russia", "Sergei Shoigu", "United States", SCRIPT_NAME, `O'Brien "Quote" & Sons`, "Ким Чен Ын", "김정은", "🚀 Rocket Force"].map(escapedText).sort());
    else expect(ids.sort()).toEqual([...ALL_ENTITIES].sort());
  });

  it.each(EXPORT_FORMATS)("GET /api/export?format=%s&around=… should download the ego network", async (format) => {
    const res = await get(`/api/export?format=${format}&around=sergei-shoigu&depth=1`);

    expect(res.status).toBe(200);
    expect(res.headers["content-disposition"]).toMatch(new RegExp(`filename="newsgraph-ego-sergei-shoigu-${TODAY.source}\\.`));
    const ids = entityIdsIn(format, res.body);
    expect(ids.sort()).toEqual(format === "svg" || format === "html" ? ["North Korea", "Sergei Shoigu"] : ["north-korea", "sergei-shoigu"]);
  });

  it("should apply the view's filters and name the file after the view", async () => {
    const res = await get("/api/export?format=json&types=DENIES,ACCUSES&status=reported");
    const graph = Graph.from(JSON.parse(res.body.toString("utf8")) as Parameters<typeof Graph.from>[0]);

    expect(res.headers["content-disposition"]).toMatch(/filename="newsgraph-view-/);
    expect(graph.edges().sort()).toEqual(["ACCUSES:script-alert-1-script:o-brien-quote-sons:reported", "ACCUSES:united-states:north-korea:reported", "DENIES:north-korea:united-states:reported"]);
  });

  it("should put every evidence sentence and its citation in the HTML report, with the <script> entity inert", async () => {
    const res = await get("/api/export?format=html&title=" + encodeURIComponent(`Briefing <script>x</script>`));
    const html = res.body.toString("utf8");

    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("<title>Briefing &lt;script&gt;x&lt;/script&gt;</title>");
    expect(html).toContain("“The United States accused North Korea of shipping artillery shells to Russia.”");
    expect(html).toContain("“Ким Чен Ын met 김정은 in Pyongyang in June.”");
    expect(html).toContain('<a href="https://example.org/news?id=1&amp;lang=en">Claims &amp; &quot;Denials&quot; &lt;b&gt;today&lt;/b&gt; \\ back&#39;slash</a>. Kompas, 2024-06-21');
    expect(html).toContain("Title of art-claims. Test Outlet, 2024-06-20");
    expect(html).toContain("Every evidence statement of every relation is included.");
  });

  it("should put one CSV evidence row per statement in the database", async () => {
    const res = await get("/api/export?format=csv");
    const files = unzipSync(new Uint8Array(res.body));
    const evidence = parseCsv(strFromU8(files["evidence.csv"] ?? new Uint8Array()), { bom: true, columns: true }) as Record<string, string>[];

    expect(evidence).toHaveLength(await countOf(driver, "MATCH (v:Evidence) RETURN count(v)"));
    expect(evidence.find((v) => v.relationType === "MET_WITH")).toMatchObject({ articleTitle: `Claims & "Denials" <b>today</b> \\ back'slash`, outlet: "Kompas", url: "https://example.org/news?id=1&lang=en" });
  });

  it("POST with a selection should export the selected entities, the relations among them and the selected relations", async () => {
    const res = await post({ format: "json", selection: { entities: ["north-korea", "united-states", "atlantis"], relations: ["VISITED:sergei-shoigu:north-korea:reported"] }, title: "Selection" });
    const graph = Graph.from(JSON.parse(res.body.toString("utf8")) as Parameters<typeof Graph.from>[0]);

    expect(res.status).toBe(200);
    expect(res.headers["content-disposition"]).toMatch(/filename="newsgraph-selection-/);
    expect(graph.nodes().sort()).toEqual(["north-korea", "sergei-shoigu", "united-states"]);
    expect(graph.edges().sort()).toEqual(["ACCUSES:united-states:north-korea:reported", "DENIES:north-korea:united-states:reported", "VISITED:sergei-shoigu:north-korea:reported"]);
    expect(graph.getAttribute("notes")).toEqual(["1 selected entities were not found: atlantis."]);
  });

  it("POST with a Cypher query should export what the query returns, through the console's runner", async () => {
    const res = await post({ format: "graphml", cypher: { query: "MATCH p = (:Entity {id: $id})-[:SUPPLIES_WEAPONS_TO|VISITED]->(:Entity) RETURN p", params: { id: "north-korea" } } });

    expect(res.status).toBe(200);
    expect(res.headers["content-disposition"]).toMatch(/filename="newsgraph-cypher-/);
    const graph = parseGraphml(Graph, res.body.toString("utf8"));
    expect(graph.edges()).toEqual(["SUPPLIES_WEAPONS_TO:north-korea:russia:alleged"]);
    expect(graph.getEdgeAttributes("SUPPLIES_WEAPONS_TO:north-korea:russia:alleged")).toMatchObject({ allegedByNames: "United States", deniedByNames: "North Korea", cameo: "072" });
  });

  it.each([
    "MATCH (n) DETACH DELETE n",
    "CREATE (n:Hostile) RETURN n",
    "MATCH (e:Entity) SET e.name = 'pwned' RETURN e",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "CALL dbms.listConfig()",
  ])("POST with the hostile query %j should be refused with 403 and change nothing", async (query) => {
    const before = await countOf(driver, "MATCH (n) RETURN count(n)");

    const res = await request(app).post("/api/export").send({ format: "cypher", cypher: { query } });

    expect(res.status).toBe(403);
    expect(res.body.error.kind).toBe("refused");
    expect(await countOf(driver, "MATCH (n) RETURN count(n)")).toBe(before);
    expect(await countOf(driver, "MATCH (n:Hostile) RETURN count(n)")).toBe(0);
  });

  it("should answer 400 for a syntax error, a query with nothing to export, an unknown format; 404 for an unknown entity; 405 otherwise", async () => {
    const syntax = await request(app).post("/api/export").send({ format: "json", cypher: { query: "MATCH (n RETURN n" } });
    const scalars = await request(app).post("/api/export").send({ format: "json", cypher: { query: "RETURN 1 AS one" } });
    const unknownGet = await request(app).get("/api/export?format=pdf");
    const unknownPost = await request(app).post("/api/export").send({ format: "docx" });
    const missing = await request(app).get("/api/export?format=json&around=atlantis");
    const put = await request(app).put("/api/export").send({});

    expect(syntax.status).toBe(400);
    expect(syntax.body.error.kind).toBe("syntax-error");
    expect(scalars.status).toBe(400);
    expect(scalars.body.error.kind).toBe("empty-result");
    expect(unknownGet.status).toBe(400);
    expect(unknownGet.body.error.message).toMatch(/unknown format; expected one of graphml, gexf, csv, json, cypher, svg, html/);
    expect(unknownPost.status).toBe(400);
    expect(missing.status).toBe(404);
    expect(put.status).toBe(405);
  });

  it("should list the formats for the explorer's Export menu", async () => {
    const res = await request(app).get("/api/export/formats");

    expect(res.body.formats.map((f: { format: string }) => f.format)).toEqual(EXPORT_FORMATS);
  });

  it("the CLI should resolve --around by alias and write the file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsgraph-export-"));
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const parsed = parseConfig({ NEO4J_URI: testNeo4jUri(), LOG_LEVEL: "silent" });
      if (!parsed.ok) throw new Error(parsed.error.message);
      const output = join(dir, "ego.graphml");

      const code = await runExportCommand(parsed.value, { format: "graphml", around: "Pyongyang", depth: "1", types: "VISITED,SUPPLIES_WEAPONS_TO", output });
      const unknown = await runExportCommand(parsed.value, { format: "graphml", around: "Atlantis", output: join(dir, "x.graphml") });
      const badFormat = await runExportCommand(parsed.value, { format: "pdf" });

      expect(code).toBe(0);
      expect(parseGraphml(Graph, await readFile(output, "utf8")).nodes().sort()).toEqual(["north-korea", "russia", "sergei-shoigu"]);
      expect(stderr.mock.calls.map((c) => String(c[0])).join("")).toContain('"Pyongyang" is North Korea (north-korea, Country)');
      expect(unknown).toBe(1);
      expect(badFormat).toBe(2);
    } finally {
      stderr.mockRestore();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([`O'Brien "Quote" & Sons`, "back\\slash \\u0027 \\' alias", "line\nbreak\ttab\r", "Ким Чен Ын 김정은 🚀", "'; MATCH (n) DETACH DELETE n; //"])(
    "cypherString should make %j a literal Neo4j reads back unchanged",
    async (text) => {
      const { records } = await driver.executeQuery(`RETURN ${cypherString(text)} AS v`, {}, { database: TEST_DATABASE });

      expect(records[0]?.get("v")).toBe(text);
    },
  );

  it("the Cypher script should recreate the same entities, relations, articles and evidence in an emptied database", async () => {
    const before = await snapshot(driver);
    const res = await post({ format: "cypher", title: "Round trip\nMATCH (n) DETACH DELETE n;" });
    const script = res.body.toString("utf8");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/plain; charset=utf-8");

    await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: TEST_DATABASE });
    expect(await countOf(driver, "MATCH (n) RETURN count(n)")).toBe(0);
    for (const statement of splitCypherStatements(script)) await driver.executeQuery(statement, {}, { database: TEST_DATABASE });
    const after = await snapshot(driver);

    expect(after.entities).toHaveLength(ALL_ENTITIES.length);
    expect(after.entities).toEqual(before.entities);
    expect(after.relations).toEqual(before.relations);
    expect(after.articles).toEqual(before.articles);
    expect(after.evidence).toEqual(before.evidence);
    expect(before.relations.length).toBeGreaterThan(5);
    expect(before.evidence.length).toBeGreaterThan(5);

    // Running it again changes nothing (MERGE on stable ids).
    for (const statement of splitCypherStatements(script)) await driver.executeQuery(statement, {}, { database: TEST_DATABASE });
    expect(await snapshot(driver)).toEqual(after);
  });
});
