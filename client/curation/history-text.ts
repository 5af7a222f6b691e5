/**
 * The words of the audit trail, pure: `describeCuration` reads a record's before/after from the viewed
 * item's side (a merge seen from the entity that was kept, a correction from the old or the new relation).
 */
import { parseRelationKey, type CurationRecord, type JsonValue } from "../../graph-schema/index.js";
import { relationLabel } from "../render/styles.js";

export interface CurationSummary {
  /** What happened, from the viewed item's side. */
  title: string;
  /** The specifics (old and new values), when there are any worth showing. */
  detail: string | null;
}

type JsonObject = { [key: string]: JsonValue };
const asObject = (value: JsonValue | undefined): JsonObject => (value && typeof value === "object" && !Array.isArray(value) ? value : {});
const asString = (value: JsonValue | undefined): string | null => (typeof value === "string" ? value : null);
const asStrings = (value: JsonValue | undefined): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
const quoted = (text: string) => `“${text}”`;

/** "VISITED:a:b:reported" -> "a visited b (reported)". */
export function describeRelationId(id: string): string {
  const parsed = parseRelationKey(id);
  return parsed ? `${parsed.sourceId} ${relationLabel(parsed.type)} ${parsed.targetId} (${parsed.status})` : id;
}

function correctionDetail(before: JsonObject, after: JsonObject): string | null {
  const changes: string[] = [];
  const type = [asString(before["type"]), asString(after["type"])];
  if (type[0] && type[1] && type[0] !== type[1]) changes.push(`type ${relationLabel(type[0])} → ${relationLabel(type[1])}`);
  if (before["sourceId"] !== undefined && before["sourceId"] !== after["sourceId"]) changes.push("direction swapped");
  const status = [asString(before["status"]), asString(after["status"])];
  if (status[0] && status[1] && status[0] !== status[1]) changes.push(`status ${status[0]} → ${status[1]}`);
  return changes.length ? changes.join(", ") : null;
}

export function describeCuration(record: CurationRecord, viewedId: string): CurationSummary {
  const before = asObject(record.before);
  const after = asObject(record.after);
  const isTarget = record.targetId === viewedId;
  switch (record.kind) {
    case "reject-relation":
      return { title: "Rejected the relation", detail: "Hidden from the graph; kept for the audit trail." };
    case "restore-relation":
      return { title: "Restored the relation", detail: null };
    case "correct-relation": {
      const detail = correctionDetail(before, after);
      const newId = asString(after["relationId"]);
      if (isTarget) return { title: "Corrected the relation", detail: [detail, newId ? `now ${describeRelationId(newId)}` : null].filter(Boolean).join("; ") || null };
      return { title: "Created by correcting another relation", detail: [detail, `was ${describeRelationId(record.targetId)}`].filter(Boolean).join("; ") };
    }
    case "add-relation": {
      const quote = asString(after["quote"]);
      return { title: "Added the relation by hand", detail: quote ? `Quote: ${quoted(quote)}` : null };
    }
    case "merge-entities": {
      const merged = asObject(before["merged"]);
      const name = asString(merged["name"]) ?? record.relatedIds[0] ?? "an entity";
      const article = asString(after["mergedDuringUpload"]);
      if (!isTarget) return { title: `Merged into ${record.targetId}`, detail: null };
      const aliases = asStrings(merged["aliases"]).filter((a) => a !== name);
      return {
        title: `Merged ${quoted(name)} into this entity`,
        detail: [article ? `while reviewing an upload (${article})` : null, aliases.length ? `its aliases: ${aliases.join(", ")}` : null].filter(Boolean).join("; ") || null,
      };
    }
    case "split-entity": {
      const off = asObject(after["splitOff"]);
      const name = asString(off["name"]) ?? record.relatedIds[0] ?? "a new entity";
      if (!isTarget) return { title: `Split off from ${record.targetId}`, detail: null };
      const aliases = asStrings(off["aliases"]);
      return { title: `Split ${quoted(name)} off into a new entity`, detail: aliases.length ? `aliases moved: ${aliases.join(", ")}` : null };
    }
    case "add-alias": {
      const known = new Set(asStrings(before["aliases"]));
      const added = asStrings(after["aliases"]).filter((a) => !known.has(a));
      return { title: added.length ? `Added the alias ${added.map(quoted).join(", ")}` : "Added an alias", detail: null };
    }
    case "import-article": {
      const title = asString(after["title"]);
      const relations = after["relations"];
      const decisions = after["decisions"];
      return {
        title: title ? `Imported ${quoted(title)}` : "Imported the article",
        detail: typeof relations === "number" ? `${relations} proposed relations, ${typeof decisions === "number" ? decisions : 0} review decisions` : null,
      };
    }
    default: {
      const never: never = record.kind;
      return { title: String(never), detail: null };
    }
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2025-03-04 10:22" in the analyst's time zone; the raw text when it is not a date. */
export function formatWhen(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
