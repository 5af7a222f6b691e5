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
    expect(await countOf(driver, "SHOW CONSTRAINTS YIELD name WHERE name IN ['entity_id','article_id','evidence_id','schema_meta_key'] RETURN count(*)")).toBe(
      CONSTRAINTS.length,
    );
    expect(await countOf(driver, "SHOW INDEXES YIELD name, type, owningConstraint WHERE owningConstraint IS NULL AND type <> 'LOOKUP' RETURN count(*)")).toBe(
      INDEXES.length,
    );
  });

  it("should reject a second entity with the same id", async () => {
    await driver.executeQuery("CREATE (:Entity {id: 'dup'})", {}, { database: TEST_DATABASE });

    await expect(driver.executeQuery("CREATE (:Entity {id: 'dup'})", {}, { database: TEST_DATABASE })).rejects.toMatchObject({
      code: "Neo.ClientError.Schema.ConstraintValidationFailed",
    });
  });
});
