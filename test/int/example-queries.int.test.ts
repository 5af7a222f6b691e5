/**
 * The console's example queries answer the analysts' questions on the graph seeded from the shipped
 * articles (real extraction, real Neo4j). Assertions name facts the seed articles state.
 */
import type { Driver } from "neo4j-driver";

import { EXAMPLE_QUERIES, type ExampleQuery } from "../../graph-schema/index.js";
import { extractPaths } from "../../import/index.js";
import { importExtractions } from "../../import/load/import-articles.js";
import { SEED_ARTICLES_DIR } from "../../import/paths.js";
import { toCypherParams } from "../../server/cypher/params.js";
import { runConsoleQuery } from "../../server/cypher/run-query.js";
import { createTestDriver, resetDatabase, TEST_DATABASE, testDb } from "../helpers/neo4j.js";

function example(id: string): ExampleQuery {
  const found = EXAMPLE_QUERIES.find((q) => q.id === id);
  if (!found) throw new Error(`no example query ${id}`);
  return found;
}

describe("the example queries on the seeded graph", () => {
  let driver: Driver;

  const run = async (id: string) => {
    const q = example(id);
    const result = await runConsoleQuery(testDb(driver), q.query, toCypherParams(q.params));
    if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.error)}`);
    return result.value;
  };

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await importExtractions({ driver, database: TEST_DATABASE }, extractPaths([SEED_ARTICLES_DIR()]));
  });
  afterAll(async () => {
    await driver.close();
  });

  it("should pass the console's read-only guards, every one of them", async () => {
    for (const q of EXAMPLE_QUERIES) await expect(run(q.id)).resolves.toHaveProperty("columns");
  });

  it("who visited North Korea, Russia or Iran: Shoigu went to North Korea, Yun Jong Ho to Iran, with evidence", async () => {
    const { rows } = await run("visits");
    const visit = (visitor: string, place: string) => rows.find((r) => r.visitor === visitor && r.place === place);

    expect(visit("Sergei Shoigu", "North Korea")).toMatchObject({ evidence: expect.arrayContaining([expect.stringContaining("Shoigu")]) });
    expect(visit("Yun Jong Ho", "Iran")).toBeDefined();
    expect(visit("Kim Jong Un", "Russia")).toBeDefined();
  });

  it("who accuses whom of supplying weapons to Russia, and who denies it", async () => {
    const { rows } = await run("weapons-accusations");
    const pair = (accuser: string, accused: string) => rows.find((r) => r.accuser === accuser && r.accused === accused);

    expect(pair("United States", "North Korea")).toBeDefined();
    expect(pair("United States", "Iran")).toMatchObject({ deniedBy: expect.arrayContaining(["Iran"]) });
    expect(rows.some((r) => r.accused === "North Korea" && Array.isArray(r.deniedBy) && r.deniedBy.includes("North Korea"))).toBe(true);
  });

  it("everything North Korea is alleged to supply: Russia and Hamas, with who alleges it", async () => {
    const { rows } = await run("north-korea-alleged-supplies");
    const recipients = rows.map((r) => r.recipient);

    expect(recipients).toEqual(expect.arrayContaining(["Russia", "Hamas"]));
    expect(rows.find((r) => r.recipient === "Russia")).toMatchObject({ allegedBy: expect.arrayContaining(["United States"]) });
  });

  it("all relations of Kim Jong Un: he leads North Korea, visited Russia and met Putin", async () => {
    const { rows } = await run("kim-jong-un");
    const has = (relation: string, other: string) => rows.some((r) => r.relation === relation && r.other === other);

    expect(has("REPRESENTS", "North Korea")).toBe(true);
    expect(has("VISITED", "Russia")).toBe(true);
    expect(has("MET_WITH", "Vladimir Putin")).toBe(true);
  });

  it("the shortest chain linking Hamas and Russia", async () => {
    const { rows, graph } = await run("hamas-russia-chain");
    const chain = rows[0]?.chain as string[] | undefined;

    expect(chain?.[0]).toBe("Hamas");
    expect(chain?.at(-1)).toBe("Russia");
    expect(graph.nodes.length).toBe(chain?.length);
  });

  it("the two-hop network around Iran reaches North Korea and Russia", async () => {
    const { graph } = await run("iran-two-hops");
    const names = graph.nodes.map((n) => n.attributes?.label);

    expect(names).toEqual(expect.arrayContaining(["Iran", "North Korea", "Russia"]));
  });

  it("relations per month include Putin's June 2024 visit month", async () => {
    const { rows } = await run("relations-per-month");

    expect(rows).toContainEqual(expect.objectContaining({ month: "2024-06", relation: "VISITED" }));
  });
});
