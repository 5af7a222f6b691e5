import type { Driver } from "neo4j-driver";

import { CONSTRAINTS, INDEXES, SCHEMA_VERSION } from "../../graph-schema/index.js";
import { applySchema } from "../../server/neo4j/apply-schema.js";
import { countOf, createTestDriver, resetDatabase, TEST_DATABASE } from "../helpers/neo4j.js";

describe("applying the graph schema", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
  });

  afterAll(async () => {
    await driver.close();
  });

  it("should be idempotent and record the schema version", async () => {
    const first = await applySchema(driver, TEST_DATABASE);
    const second = await applySchema(driver, TEST_DATABASE);

    expect(first.version).toBe(SCHEMA_VERSION);
    expect(second.version).toBe(SCHEMA_VERSION);
    expect(await countOf(driver, "MATCH (m:SchemaMeta) RETURN count(m)")).toBe(1);
    const names = (statements: readonly string[]) => statements.map((s) => /^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\w+)/.exec(s)?.[1]);
    const { records: constraints } = await driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names", {}, { database: TEST_DATABASE });
    const { records: indexes } = await driver.executeQuery("SHOW INDEXES YIELD name RETURN collect(name) AS names", {}, { database: TEST_DATABASE });
    expect(constraints[0]?.get("names")).toEqual(expect.arrayContaining(names(CONSTRAINTS)));
    expect(indexes[0]?.get("names")).toEqual(expect.arrayContaining(names(INDEXES)));
  });

  it("should reject a second entity with the same id", async () => {
    await driver.executeQuery("CREATE (:Entity {id: 'dup'})", {}, { database: TEST_DATABASE });

    await expect(driver.executeQuery("CREATE (:Entity {id: 'dup'})", {}, { database: TEST_DATABASE })).rejects.toMatchObject({
      code: "Neo.ClientError.Schema.ConstraintValidationFailed",
    });
  });
});
