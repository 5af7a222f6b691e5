/**
 * Second layer: the verdict on Neo4j's own EXPLAIN of the query. The query type must be read-only
 * ("r") and no operator in the plan may load external data, administer, or call a procedure outside
 * the allow-list.
 */

export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

export type PlanRefusalKind = "write-query" | "load-csv" | "admin-command" | "procedure-not-allowed" | "in-transactions";

export interface PlanRefusal {
  kind: PlanRefusalKind;
  message: string;
}

/** Procedures that only describe the graph (schema, labels) or search it. */
export const ALLOWED_PROCEDURES: readonly string[] = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
];

const DENIED_OPERATORS: { pattern: RegExp; kind: PlanRefusalKind; message: string }[] = [
  { pattern: /^LoadCSV$/, kind: "load-csv", message: "LOAD CSV reads files and URLs outside the graph; the console does not run it." },
  { pattern: /^Transaction(Apply|Foreach)$/, kind: "in-transactions", message: "CALL { … } IN TRANSACTIONS is refused." },
  {
    pattern: /^(Show|Terminate|Create|Drop|Alter|Grant|Deny|Revoke|Start|Stop|Rename|AdministrationCommand|DoNothingIfExists|AssertAllowed|EnsureNodeExists|SystemProcedureCall|LogSystemCommand)/,
    kind: "admin-command",
    message: "Administration and schema commands are not run by the console.",
  },
];

// Write operators can only appear in plans whose query type is not "r", but the list is checked too.
const WRITE_OPERATORS = /^(Create|Merge|Delete|DetachDelete|SetProperty|SetProperties|SetNodeProperty|SetRelationshipProperty|SetLabels|RemoveLabels|Foreach|SubqueryForeach|Eager.*Write|LockingMerge|SetPropertiesFromMap|SetNodePropertiesFromMap|SetRelationshipPropertiesFromMap|SetNodeProperties|SetRelationshipProperties|TransactionForeach)$/;

export function operatorName(node: PlanNode): string {
  return node.operatorType.replace(/@.*$/, "");
}

/** "db.labels() :: (label :: STRING)" -> "db.labels" */
export function procedureName(node: PlanNode): string | null {
  const details = node.arguments?.Details ?? node.arguments?.Signature;
  if (typeof details !== "string") return null;
  const match = /^\s*([\w.]+)\s*\(/.exec(details);
  return match?.[1] ?? null;
}

export function checkPlan(queryType: string | undefined, plan: PlanNode | null): PlanRefusal | null {
  if (queryType !== "r") {
    const what = queryType === "s" ? "a schema or administration command" : queryType === "w" ? "a write" : "a read-write query";
    return { kind: queryType === "s" ? "admin-command" : "write-query", message: `The console is read-only and this query is ${what} (query type "${queryType ?? "unknown"}").` };
  }
  if (!plan) return { kind: "admin-command", message: "Neo4j gave no plan for this query, so it cannot be shown to be read-only." };
  const stack = [plan];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const name = operatorName(node);
    for (const rule of DENIED_OPERATORS) if (rule.pattern.test(name)) return { kind: rule.kind, message: rule.message };
    if (WRITE_OPERATORS.test(name)) return { kind: "write-query", message: `The console is read-only and the plan writes (${name}).` };
    if (name === "ProcedureCall") {
      const procedure = procedureName(node);
      if (!procedure || !ALLOWED_PROCEDURES.includes(procedure)) {
        return {
          kind: "procedure-not-allowed",
          message: `Procedure ${procedure ?? "(unknown)"} is not allowed in the console; allowed: ${ALLOWED_PROCEDURES.join(", ")}.`,
        };
      }
    }
    stack.push(...(node.children ?? []));
  }
  return null;
}
