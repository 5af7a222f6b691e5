/**
 * The review of uploaded articles as a pure reducer: one FileReview per readable file (its draft and
 * the analyst's choices), one error item per unreadable one. Accepting is the default, so a choice is
 * only stored when it differs; `decisionsFor` turns the choices into the ReviewDecision[] the commit
 * sends. What follows from the choices (problems, counts, ids) is review-derived.ts.
 */
import {
  RELATION_TYPES,
  relationDraftKey,
  type EntityRef,
  type ExtractedRelation,
  type RelationStatus,
  type RelationType,
  type ReviewDecision,
} from "../../graph-schema/index.js";
import type { UploadFile } from "./curation-api.js";
import type { CommitBody, FileError, OkDraft } from "./schemas.js";

export type RelationChoice =
  | { kind: "accept" }
  | { kind: "reject"; comment: string }
  | { kind: "edit"; type: RelationType; swap: boolean; status: RelationStatus };

export type FilePhase =
  | { kind: "review" }
  | { kind: "committing" }
  | { kind: "committed"; result: CommitBody }
  | { kind: "failed"; message: string };

/** What the graph already says about a proposed relation (looked up after extraction). */
export interface KnownRelation {
  relationId: string;
  rejected: boolean;
  curated: boolean;
}

export interface FileReview {
  id: string;
  upload: UploadFile;
  draft: OkDraft;
  /** By draft key; a missing key means accepted. */
  relations: Readonly<Record<string, RelationChoice>>;
  /** Proposed entity name -> the existing entity it is merged into. */
  merges: Readonly<Record<string, EntityRef>>;
  /** Proposed entity name -> aliases the analyst adds. */
  aliases: Readonly<Record<string, readonly string[]>>;
  /** By draft key. */
  known: Readonly<Record<string, KnownRelation>>;
  phase: FilePhase;
}

export type ReviewItem = { kind: "file"; id: string; review: FileReview } | { kind: "error"; id: string; error: FileError };

export interface ReviewState {
  items: readonly ReviewItem[];
  /** The item shown. */
  current: string | null;
}

type Patch = Partial<{ type: RelationType; swap: boolean; status: RelationStatus }>;

export type ReviewAction =
  | { type: "add"; items: ReviewItem[] }
  | { type: "select"; id: string }
  | { type: "accept"; file: string; key: string }
  | { type: "reject"; file: string; key: string; comment?: string }
  | { type: "edit"; file: string; key: string; patch?: Patch }
  | { type: "accept-all"; file: string }
  | { type: "merge"; file: string; name: string; into: EntityRef }
  | { type: "unmerge"; file: string; name: string }
  | { type: "add-alias"; file: string; name: string; alias: string }
  | { type: "remove-alias"; file: string; name: string; alias: string }
  | { type: "known"; file: string; known: Record<string, KnownRelation> }
  | { type: "phase"; file: string; phase: FilePhase };

export const EMPTY_REVIEW: ReviewState = { items: [], current: null };

export interface ProposedRelation {
  key: string;
  relation: ExtractedRelation;
}

/** The proposed relations with their draft keys, in extraction order, each key once. */
export function proposedRelations(draft: OkDraft): ProposedRelation[] {
  const seen = new Set<string>();
  const out: ProposedRelation[] = [];
  draft.extraction.relations.forEach((relation, index) => {
    const key = draft.relationKeys[index] ?? relationDraftKey(relation);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, relation });
  });
  return out;
}

export function createFileReview(id: string, upload: UploadFile, draft: OkDraft): FileReview {
  return { id, upload, draft, relations: {}, merges: {}, aliases: {}, known: {}, phase: { kind: "review" } };
}

function relationOf(review: FileReview, key: string): ExtractedRelation | null {
  return proposedRelations(review.draft).find((p) => p.key === key)?.relation ?? null;
}

const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().trim();

function updateFile(state: ReviewState, id: string, update: (review: FileReview) => FileReview): ReviewState {
  let changed = false;
  const items = state.items.map((item) => {
    if (item.kind !== "file" || item.id !== id) return item;
    const next = update(item.review);
    if (next === item.review) return item;
    changed = true;
    return { ...item, review: next };
  });
  return changed ? { ...state, items } : state;
}

/** Relations can only be decided on while the file is still under review. */
function editable(update: (review: FileReview) => FileReview): (review: FileReview) => FileReview {
  return (review) => (review.phase.kind === "review" || review.phase.kind === "failed" ? update(review) : review);
}

function setChoice(review: FileReview, key: string, choice: RelationChoice): FileReview {
  const { [key]: _previous, ...rest } = review.relations;
  return { ...review, relations: choice.kind === "accept" ? rest : { ...rest, [key]: choice } };
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case "add": {
      const known = new Set(state.items.map((item) => item.id));
      const items = [...state.items, ...action.items.filter((item) => !known.has(item.id))];
      return { items, current: state.current ?? items[0]?.id ?? null };
    }
    case "select":
      return state.items.some((item) => item.id === action.id) ? { ...state, current: action.id } : state;
    case "accept":
      return updateFile(state, action.file, editable((r) => setChoice(r, action.key, { kind: "accept" })));
    case "reject":
      return updateFile(
        state,
        action.file,
        editable((r) => {
          if (!relationOf(r, action.key)) return r;
          const previous = r.relations[action.key];
          const comment = action.comment ?? (previous?.kind === "reject" ? previous.comment : "");
          return previous?.kind === "reject" && previous.comment === comment ? r : setChoice(r, action.key, { kind: "reject", comment });
        }),
      );
    case "edit":
      return updateFile(
        state,
        action.file,
        editable((r) => {
          const relation = relationOf(r, action.key);
          if (!relation) return r;
          const previous = r.relations[action.key];
          const base = previous?.kind === "edit" ? previous : { kind: "edit" as const, type: relation.type, swap: false, status: relation.status };
          return setChoice(r, action.key, { ...base, ...action.patch });
        }),
      );
    case "accept-all":
      return updateFile(state, action.file, editable((r) => (Object.keys(r.relations).length ? { ...r, relations: {} } : r)));
    case "merge":
      return updateFile(
        state,
        action.file,
        editable((r) => {
          if (!r.draft.extraction.entities.some((e) => e.name === action.name)) return r;
          if (r.draft.existing[action.name]?.id === action.into.id) return unmerge(r, action.name);
          return { ...r, merges: { ...r.merges, [action.name]: action.into } };
        }),
      );
    case "unmerge":
      return updateFile(state, action.file, editable((r) => unmerge(r, action.name)));
    case "add-alias":
      return updateFile(state, action.file, editable((r) => addAlias(r, action.name, action.alias)));
    case "remove-alias":
      return updateFile(
        state,
        action.file,
        editable((r) => {
          const list = r.aliases[action.name] ?? [];
          if (!list.includes(action.alias)) return r;
          const next = list.filter((a) => a !== action.alias);
          const { [action.name]: _old, ...rest } = r.aliases;
          return { ...r, aliases: next.length ? { ...rest, [action.name]: next } : rest };
        }),
      );
    case "known":
      return updateFile(state, action.file, (r) => ({ ...r, known: { ...r.known, ...action.known } }));
    case "phase":
      return updateFile(state, action.file, (r) => ({ ...r, phase: action.phase }));
    default: {
      const never: never = action;
      return never;
    }
  }
}

function unmerge(review: FileReview, name: string): FileReview {
  if (!(name in review.merges)) return review;
  const { [name]: _old, ...rest } = review.merges;
  return { ...review, merges: rest };
}

function addAlias(review: FileReview, name: string, alias: string): FileReview {
  const entity = review.draft.extraction.entities.find((e) => e.name === name);
  const clean = alias.trim().replace(/\s+/g, " ");
  if (!entity || !clean || clean.length > 200) return review;
  const taken = [entity.name, ...entity.aliases, ...(review.aliases[name] ?? [])].map(fold);
  if (taken.includes(fold(clean))) return review;
  return { ...review, aliases: { ...review.aliases, [name]: [...(review.aliases[name] ?? []), clean] } };
}

export function choiceOf(review: FileReview, key: string): RelationChoice {
  return review.relations[key] ?? { kind: "accept" };
}

/** The fields of a correction that change something; null when the edit changes nothing. */
export function correctionOf(relation: ExtractedRelation, choice: Extract<RelationChoice, { kind: "edit" }>): Patch | null {
  const patch: Patch = {};
  if (choice.type !== relation.type) patch.type = choice.type;
  // A symmetric relation is stored with sorted ends: swapping it changes nothing.
  if (choice.swap && !RELATION_TYPES[choice.type].symmetric) patch.swap = true;
  if (choice.status !== relation.status) patch.status = choice.status;
  return Object.keys(patch).length > 0 ? patch : null;
}

/** The decisions the commit sends: merges and aliases, then rejections and corrections. */
export function decisionsFor(review: FileReview): ReviewDecision[] {
  const decisions: ReviewDecision[] = [];
  for (const [name, into] of Object.entries(review.merges)) decisions.push({ kind: "merge-entity", name, into: into.id });
  for (const [name, aliases] of Object.entries(review.aliases)) for (const alias of aliases) decisions.push({ kind: "add-alias", name, alias });
  for (const { key, relation } of proposedRelations(review.draft)) {
    const choice = choiceOf(review, key);
    if (choice.kind === "reject") {
      const comment = choice.comment.trim();
      decisions.push(comment ? { kind: "reject-relation", key, comment } : { kind: "reject-relation", key });
    } else if (choice.kind === "edit") {
      const patch = correctionOf(relation, choice);
      if (patch) decisions.push({ kind: "correct-relation", key, ...patch });
    }
  }
  return decisions;
}
