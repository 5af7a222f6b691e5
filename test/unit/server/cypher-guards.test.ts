import { checkPlan, procedureName, type PlanNode } from "../../../server/cypher/plan-guard.js";
import { blankCommentsAndStrings, checkQueryText } from "../../../server/cypher/text-guard.js";

const plan = (...chain: string[]): PlanNode =>
  chain.reduceRight<PlanNode | undefined>((child, op) => ({ operatorType: `${op}@neo4j`, children: child ? [child] : [] }), undefined)!;

describe("the console's text guard", () => {
  it("should blank strings and comments but keep offsets", () => {
    const q = "RETURN 'LOAD CSV' /* SHOW USERS */ AS x // dbms.";
    const blanked = blankCommentsAndStrings(q);

    expect(blanked).toHaveLength(q.length);
    expect(blanked).not.toMatch(/LOAD|SHOW|dbms/);
  });

  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "load-csv"],
    ["load\n  csv from 'x' as l return l", "load-csv"],
    ["MATCH (n) CALL (n) { RETURN 1 AS x } IN TRANSACTIONS RETURN x", "in-transactions"],
    ["CALL dbms.listConfig()", "dbms-procedure"],
    ["/* x */ SHOW USERS", "admin-command"],
    ["CREATE INDEX i FOR (n:X) ON (n.y)", "admin-command"],
    ["RETURN 1; RETURN 2", "multiple-statements"],
  ])("should refuse %j as %s", (query, kind) => {
    expect(checkQueryText(query)?.kind).toBe(kind);
  });

  it.each([
    "MATCH (n:Entity) WHERE n.name = 'LOAD CSV; SHOW USERS' RETURN n",
    "MATCH (n:`Show`) RETURN n.start",
    "RETURN 1;",
    "MATCH (`LOAD`) RETURN `LOAD`",
  ])("should let the harmless %j through to the next layer", (query) => {
    expect(checkQueryText(query)).toBeNull();
  });
});

describe("the console's plan guard", () => {
  it("should accept a read plan", () => {
    expect(checkPlan("r", plan("ProduceResults", "Projection", "NodeByLabelScan"))).toBeNull();
  });

  it.each([
    ["rw", plan("ProduceResults", "Create"), "write-query"],
    ["w", plan("ProduceResults", "EmptyResult", "Foreach"), "write-query"],
    ["s", plan("CreateIndex"), "admin-command"],
    ["r", plan("ProduceResults", "LoadCSV"), "load-csv"],
    ["r", plan("ProduceResults", "TransactionApply", "Unwind"), "in-transactions"],
    ["r", plan("ProduceResults", "ShowProcedures"), "admin-command"],
    ["r", plan("ProduceResults", "TerminateTransactions"), "admin-command"],
  ])("should refuse query type %s with %j as %s", (queryType, p, kind) => {
    expect(checkPlan(queryType, p)?.kind).toBe(kind);
  });

  it("should allow only listed procedures", () => {
    const call = (details: string): PlanNode => ({ operatorType: "ProduceResults@neo4j", children: [{ operatorType: "ProcedureCall@neo4j", arguments: { Details: details } }] });

    expect(checkPlan("r", call("db.labels() :: (label :: STRING)"))).toBeNull();
    expect(checkPlan("r", call("db.awaitIndexes(1) :: ()"))?.kind).toBe("procedure-not-allowed");
    expect(procedureName({ operatorType: "ProcedureCall", arguments: { Details: "db.schema.visualization() :: (nodes :: LIST)" } })).toBe("db.schema.visualization");
  });
});
