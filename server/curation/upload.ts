/**
 * Uploading articles from the explorer: extract for review (nothing written), then commit with the
 * analyst's decisions — merges and aliases first (so the import uses them), the article, then
 * rejections and corrections — all in one transaction with the audit trail.
 */
import type { ManagedTransaction } from "neo4j-driver";

import {
  entityKey,
  relationDraftKey,
  type Article,
  type CurationRecord,
  type EntityRef,
  type ExtractedArticle,
  type ExtractedRelation,
  type ReviewDecision,
} from "../../graph-schema/index.js";
import { extractArticle, loadLexicon, parseArticleWithWarnings, type ArticleReadError } from "../../import/index.js";
import { foldAlias } from "../../import/load/alias-rules.js";
import { applyAliasRules } from "../../import/load/alias-rules.js";
import { toArticleRows } from "../../import/load/rows.js";
import { findAliasRules, writeBatch, type WriteSummary } from "../../import/load/write-articles.js";
import { toEntityType } from "../db/relation-props.js";
import { recordCuration, type Actor } from "./audit.js";
import { invalidError, notFoundError } from "./curation-errors.js";
import { addAlias } from "./entity-curation.js";
import { correctRelation, rejectRelation } from "./relation-curation.js";

export interface UploadedFile {
  name: string;
  content: string;
  encoding: "utf8" | "base64";
}

export type Draft =
  | {
      file: string;
      ok: true;
      article: Article;
      extraction: ExtractedArticle;
      /** Draft key of each proposed relation, in the order of `extraction.relations`. */
      relationKeys: string[];
      /** Extracted entity name -> the existing entity it will join, or null for a new one. */
      existing: Record<string, EntityRef | null>;
    }
  | { file: string; ok: false; error: ArticleReadError };

export function readUpload(file: UploadedFile): { ok: true; article: Article; extraction: ExtractedArticle } | { ok: false; error: ArticleReadError } {
  const content = file.encoding === "base64" ? Buffer.from(file.content, "base64") : file.content;
  const parsed = parseArticleWithWarnings({ file: file.name, content });
  if (!parsed.ok) return parsed;
  const extraction = extractArticle(parsed.value.article);
  extraction.warnings = [...new Set([...parsed.value.warnings, ...extraction.warnings])];
  return { ok: true, article: parsed.value.article, extraction };
}

/** Which extracted entities already exist (by id or by the registry), for the review list. */
export async function resolveExisting(tx: ManagedTransaction, extraction: ExtractedArticle): Promise<Record<string, EntityRef | null>> {
  const probes = extraction.entities.map((e) => ({ name: e.name, id: entityKey(e.name), keys: [e.name, ...e.aliases].map(foldAlias) }));
  const res = await tx.run(
    `UNWIND $probes AS p
     OPTIONAL MATCH (direct:Entity {id: p.id})
     OPTIONAL MATCH (rule:AliasRule) WHERE rule.key IN p.keys
     OPTIONAL MATCH (viaRule:Entity {id: rule.entityId})
     WITH p, coalesce(viaRule, direct) AS e
     RETURN p.name AS name, e{.id, .name, .type} AS e`,
    { probes },
  );
  const out: Record<string, EntityRef | null> = {};
  for (const r of res.records) {
    const e = r.get("e") as { id: string; name: string; type: unknown } | null;
    out[r.get("name") as string] = e ? { id: e.id, name: e.name, entityType: toEntityType(e.type) } : out[r.get("name") as string] ?? null;
  }
  return out;
}

export interface CommitResult {
  articleId: string;
  summary: WriteSummary;
  relationIds: string[];
  curations: CurationRecord[];
}

export async function commitUpload(
  tx: ManagedTransaction,
  article: Article,
  extraction: ExtractedArticle,
  decisions: ReviewDecision[],
  actor: Actor,
): Promise<CommitResult> {
  const names = new Set(extraction.entities.map((e) => e.name));
  const byKey = new Map(extraction.relations.map((r) => [relationDraftKey(r), r]));
  for (const d of decisions) {
    if ((d.kind === "merge-entity" || d.kind === "add-alias") && !names.has(d.name)) throw invalidError(`No proposed entity is named "${d.name}".`);
    if ((d.kind === "reject-relation" || d.kind === "correct-relation") && !byKey.has(d.key)) throw invalidError(`No proposed relation has the key "${d.key}".`);
  }
  const curations: CurationRecord[] = [];
  for (const d of decisions) {
    if (d.kind !== "merge-entity") continue;
    const entity = extraction.entities.find((e) => e.name === d.name)!;
    const target = await tx.run(`MATCH (e:Entity {id: $id}) RETURN e.id`, { id: d.into });
    if (target.records.length === 0) throw notFoundError(`Entity "${d.into}"`);
    const rules = [entity.name, ...entity.aliases].map((alias) => ({ key: foldAlias(alias), alias })).filter((r) => r.key);
    await tx.run(`UNWIND $rules AS r MERGE (rule:AliasRule {key: r.key}) SET rule.entityId = $into, rule.alias = r.alias, rule.updatedAt = datetime()`, {
      rules,
      into: d.into,
    });
    curations.push(
      await recordCuration(tx, { ...actor, comment: d.comment ?? actor.comment }, {
        kind: "merge-entities",
        targetType: "entity",
        targetId: d.into,
        relatedIds: [entityKey(entity.name), article.id],
        before: { merged: { name: entity.name, type: entity.type, aliases: entity.aliases } },
        after: { mergedDuringUpload: article.id },
      }),
    );
  }

  const rows = toArticleRows(article, extraction, loadLexicon().version);
  const summary = await writeBatch(tx, [rows]);
  const mapped = applyAliasRules(rows, await findAliasRules(tx, [rows]));
  const relationIdOf = (r: ExtractedRelation): string => {
    const hit = mapped.evidence.find((v) => v.type === r.type && v.start === r.start && v.end === r.end && v.sourceName === r.source && v.targetName === r.target);
    if (!hit) throw invalidError(`The relation ${relationDraftKey(r)} was not written (its ends are the same entity after merging).`);
    return hit.relationId;
  };

  for (const d of decisions) {
    const { comment, ...rest } = d;
    const who = { ...actor, comment: comment ?? actor.comment };
    if (rest.kind === "add-alias") {
      const entity = extraction.entities.find((e) => e.name === rest.name)!;
      const id = mapped.entities.find((e) => e.aliases.includes(entity.name) || e.name === entity.name)?.id ?? entityKey(entity.name);
      curations.push(await addAlias(tx, id, rest.alias, {}, who));
    } else if (rest.kind === "reject-relation") {
      curations.push(await rejectRelation(tx, relationIdOf(byKey.get(rest.key)!), {}, who));
    } else if (rest.kind === "correct-relation") {
      const out = await correctRelation(tx, relationIdOf(byKey.get(rest.key)!), { type: rest.type, swap: rest.swap, status: rest.status }, who);
      curations.push(out.record);
    }
  }
  curations.push(
    await recordCuration(tx, actor, {
      kind: "import-article",
      targetType: "article",
      targetId: article.id,
      before: null,
      after: { title: article.title, file: article.file, decisions: decisions.length, relations: extraction.relations.length },
    }),
  );
  return { articleId: article.id, summary, relationIds: [...new Set(mapped.evidence.map((v) => v.relationId))], curations };
}
