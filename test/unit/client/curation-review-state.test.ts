import { relationDraftKey, type ExtractedEntity, type ExtractedRelation } from "../../../graph-schema/index.js";
import { committable, countChoices, describeCommit, problemsOf, resolvedRelationId } from "../../../client/curation/review-derived.js";
import {
  EMPTY_REVIEW,
  createFileReview,
  decisionsFor,
  proposedRelations,
  reviewReducer,
  type FileReview,
  type ReviewAction,
  type ReviewState,
} from "../../../client/curation/review-state.js";
import type { CommitBody, OkDraft } from "../../../client/curation/schemas.js";

const TEXT =
  "Tsedev visits Laos\n\nMongolian Defence Minister Batbayar Tsedev visited Laos on Monday. Tsedev met Khamlieng Outhakaysone in Vientiane. Mongolia and Laos signed an agreement.";

function rel(type: ExtractedRelation["type"], source: string, target: string, sentence: string, status: ExtractedRelation["status"] = "reported"): ExtractedRelation {
  const start = TEXT.indexOf(sentence);
  if (start < 0) throw new Error(`not in the text: ${sentence}`);
  return { type, source, target, status, date: null, evidence: sentence, start, end: start + sentence.length, triggers: [], confidence: 0.9 };
}

const ENTITIES: ExtractedEntity[] = [
  { name: "Batbayar Tsedev", type: "Person", aliases: ["Batbayar Tsedev", "Tsedev"] },
  { name: "Khamlieng Outhakaysone", type: "Person", aliases: ["Khamlieng Outhakaysone"] },
  { name: "Laos", type: "Country", aliases: ["Laos", "Vientiane"] },
  { name: "Mongolia", type: "Country", aliases: ["Mongolia", "Mongolian"] },
];
const VISIT = rel("VISITED", "Batbayar Tsedev", "Laos", "Mongolian Defence Minister Batbayar Tsedev visited Laos on Monday.");
const MET = rel("MET_WITH", "Batbayar Tsedev", "Khamlieng Outhakaysone", "Tsedev met Khamlieng Outhakaysone in Vientiane.");
const SIGNED = rel("SIGNED_AGREEMENT_WITH", "Laos", "Mongolia", "Mongolia and Laos signed an agreement.");
const RELATIONS = [VISIT, MET, SIGNED];

function draft(existing: OkDraft["existing"] = {}): OkDraft {
  return {
    file: "tsedev.txt",
    ok: true,
    article: { id: "art-1", file: "tsedev.txt", title: "Tsedev visits Laos", text: TEXT, url: null, outlet: null, language: "en", date: "2025-03", dateSource: "text", contentHash: "h" },
    extraction: {
      file: "tsedev.txt",
      id: "art-1",
      language: "en",
      title: "Tsedev visits Laos",
      date: "2025-03",
      dateSource: "text",
      url: null,
      outlet: null,
      entities: ENTITIES,
      relations: RELATIONS,
      warnings: [],
    },
    relationKeys: RELATIONS.map(relationDraftKey),
    existing: { "Batbayar Tsedev": null, "Khamlieng Outhakaysone": null, Laos: null, Mongolia: null, ...existing },
  };
}

const FILE = "file-1";
const key = (r: ExtractedRelation) => relationDraftKey(r);
const start = (d = draft()): ReviewState => reviewReducer(EMPTY_REVIEW, { type: "add", items: [{ kind: "file", id: FILE, review: createFileReview(FILE, { name: "tsedev.txt", content: TEXT, encoding: "utf8" }, d) }] });
const run = (state: ReviewState, ...actions: ReviewAction[]) => actions.reduce(reviewReducer, state);
const review = (state: ReviewState): FileReview => {
  const item = state.items.find((i) => i.id === FILE);
  if (item?.kind !== "file") throw new Error("no file");
  return item.review;
};

describe("review state", () => {
  it("should accept every proposed relation by default, so committing untouched sends no decision", () => {
    const state = start();

    expect(state.current).toBe(FILE);
    expect(decisionsFor(review(state))).toEqual([]);
    expect(countChoices(review(state))).toEqual({ accepted: 3, rejected: 0, edited: 0 });
  });

  it("when a relation is rejected with a comment, then the commit sends one reject decision with it", () => {
    const state = run(start(), { type: "reject", file: FILE, key: key(VISIT) }, { type: "reject", file: FILE, key: key(VISIT), comment: "  the ministry, not the minister  " });

    expect(decisionsFor(review(state))).toEqual([{ kind: "reject-relation", key: key(VISIT), comment: "the ministry, not the minister" }]);
  });

  it("should keep the comment when Reject is pressed again, and forget the rejection when accepted", () => {
    const rejected = run(start(), { type: "reject", file: FILE, key: key(VISIT), comment: "wrong" }, { type: "reject", file: FILE, key: key(VISIT) });
    expect(decisionsFor(review(rejected))).toEqual([{ kind: "reject-relation", key: key(VISIT), comment: "wrong" }]);

    const accepted = run(rejected, { type: "accept", file: FILE, key: key(VISIT) });
    expect(decisionsFor(review(accepted))).toEqual([]);
  });

  it("when a relation is edited, then only the changed fields are sent as a correction", () => {
    const state = run(start(), { type: "edit", file: FILE, key: key(VISIT) }, { type: "edit", file: FILE, key: key(VISIT), patch: { status: "planned" } });

    expect(decisionsFor(review(state))).toEqual([{ kind: "correct-relation", key: key(VISIT), status: "planned" }]);
    expect(countChoices(review(state))).toEqual({ accepted: 2, rejected: 0, edited: 1 });
  });

  it("should send nothing for an edit that changes nothing", () => {
    const state = run(start(), { type: "edit", file: FILE, key: key(VISIT), patch: { type: "VISITED", status: "reported" } });

    expect(decisionsFor(review(state))).toEqual([]);
  });

  it("should not send a swap of a symmetric relation (its ends are stored sorted)", () => {
    const swapped = run(start(), { type: "edit", file: FILE, key: key(MET), patch: { swap: true } });
    expect(decisionsFor(review(swapped))).toEqual([]);

    const asymmetric = run(start(), { type: "edit", file: FILE, key: key(VISIT), patch: { swap: true, type: "ACCUSES" } });
    expect(decisionsFor(review(asymmetric))).toEqual([{ kind: "correct-relation", key: key(VISIT), type: "ACCUSES", swap: true }]);
  });

  it("when Accept all is pressed, then every rejection and edit of the file is dropped", () => {
    const state = run(
      start(),
      { type: "reject", file: FILE, key: key(VISIT) },
      { type: "edit", file: FILE, key: key(MET), patch: { status: "alleged" } },
      { type: "accept-all", file: FILE },
    );

    expect(decisionsFor(review(state))).toEqual([]);
  });

  it("should send merges and aliases before the relation decisions", () => {
    const state = run(
      start(),
      { type: "reject", file: FILE, key: key(SIGNED) },
      { type: "merge", file: FILE, name: "Khamlieng Outhakaysone", into: { id: "khamlieng", name: "Khamlieng", entityType: "Person" } },
      { type: "add-alias", file: FILE, name: "Laos", alias: " Lao PDR " },
    );

    expect(decisionsFor(review(state))).toEqual([
      { kind: "merge-entity", name: "Khamlieng Outhakaysone", into: "khamlieng" },
      { kind: "add-alias", name: "Laos", alias: "Lao PDR" },
      { kind: "reject-relation", key: key(SIGNED) },
    ]);
    expect(review(run(state, { type: "unmerge", file: FILE, name: "Khamlieng Outhakaysone" })).merges).toEqual({});
  });

  it("should ignore aliases the entity already has, in any case or accent", () => {
    const state = run(start(), { type: "add-alias", file: FILE, name: "Laos", alias: "VIENTIANE" }, { type: "add-alias", file: FILE, name: "Laos", alias: "   " }, { type: "add-alias", file: FILE, name: "Nowhere", alias: "x" });

    expect(review(state).aliases).toEqual({});
  });

  it("should treat a merge into the entity it already matches as no merge", () => {
    const laos = { id: "laos", name: "Laos", entityType: "Country" as const };
    const state = run(start(draft({ Laos: laos })), { type: "merge", file: FILE, name: "Laos", into: laos });

    expect(decisionsFor(review(state))).toEqual([]);
  });

  it("when an edit breaks the schema's endpoint rules, then the file has a problem and cannot be committed", () => {
    const state = run(start(), { type: "edit", file: FILE, key: key(SIGNED), patch: { type: "REPRESENTS" } });

    expect(problemsOf(review(state))).toEqual([{ key: key(SIGNED), message: expect.stringContaining("cannot go from a Country to a Country") }]);
    expect(committable(state)).toEqual([]);
  });

  it("when a merge joins both ends of a rejected relation, then the rejection is flagged", () => {
    const tsedev = { id: "batbayar-tsedev", name: "Batbayar Tsedev", entityType: "Person" as const };
    const state = run(start(), { type: "reject", file: FILE, key: key(MET) }, { type: "merge", file: FILE, name: "Khamlieng Outhakaysone", into: tsedev });

    expect(problemsOf(review(state)).map((p) => p.key)).toEqual([key(MET)]);
  });

  it("should freeze decisions once the file is committed", () => {
    const result: CommitBody = {
      articleId: "art-1",
      summary: { articles: { new: 1, updated: 0, unchanged: 0 }, entities: { new: 4, updated: 0, unchanged: 0 }, relations: { new: 3, updated: 0, unchanged: 0 }, evidence: 3 },
      relationIds: ["a", "b", "c"],
      curations: [],
    };
    const committed = run(start(), { type: "phase", file: FILE, phase: { kind: "committed", result } });
    const after = run(committed, { type: "reject", file: FILE, key: key(VISIT) });

    expect(after).toBe(committed);
    expect(committable(committed)).toEqual([]);
  });

  it("should compute the relation id the graph will use, through registry matches and merges", () => {
    const state = run(start(draft({ Laos: { id: "lao-pdr", name: "Lao PDR", entityType: "Country" } })));

    expect(resolvedRelationId(review(state), VISIT)).toBe("VISITED:batbayar-tsedev:lao-pdr:reported");
    expect(resolvedRelationId(review(state), SIGNED)).toBe("SIGNED_AGREEMENT_WITH:lao-pdr:mongolia:reported");
  });

  it("should list a repeated draft key once", () => {
    const d = draft();
    const doubled: OkDraft = { ...d, extraction: { ...d.extraction, relations: [VISIT, VISIT, MET] }, relationKeys: [key(VISIT), key(VISIT), key(MET)] };

    expect(proposedRelations(doubled).map((p) => p.key)).toEqual([key(VISIT), key(MET)]);
  });

  it("should summarise a commit with its counts", () => {
    const record = (kind: "reject-relation" | "correct-relation") => ({ id: kind, kind, targetType: "relation" as const, targetId: "x", relatedIds: [], analyst: "Rina", at: "2025-03-04T10:00:00Z", comment: null, before: null, after: null });
    const text = describeCommit({
      articleId: "art-1",
      summary: { articles: { new: 1, updated: 0, unchanged: 0 }, entities: { new: 4, updated: 1, unchanged: 0 }, relations: { new: 2, updated: 1, unchanged: 0 }, evidence: 4 },
      relationIds: ["a", "b", "c"],
      curations: [record("reject-relation"), record("correct-relation")],
    });

    expect(text).toBe("3 relations (2 new, 1 updated) · 4 new entities · 1 rejected · 1 corrected");
  });
});
