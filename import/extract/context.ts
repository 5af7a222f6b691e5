/**
 * State of one article's extraction shared by the rules: the views of its sentences, the entities,
 * the relations drafted so far and the claims (accusations) they may belong to.
 */
import type { Article, Language, RelationStatus, RelationType } from "../../graph-schema/index.js";

import type { Discourse } from "./discourse.js";
import type { ArticleEntity, EntityRegistry } from "./entities.js";
import type { CompiledLexicon, LanguageLexicon } from "./lexicon/compile.js";
import type { SentenceView } from "./sentence-view.js";

export interface DraftRelation {
  type: RelationType;
  source: ArticleEntity;
  target: ArticleEntity;
  status: RelationStatus;
  sentence: number;
  /** Character range of the trigger (dates are looked for around it). */
  triggerStart: number;
  triggerEnd: number;
  triggers: string[];
  confidence: number;
  claimId?: string;
  role?: string;
  /** Explicit evidence range when not the whole sentence (role phrases in long sentences). */
  evidence?: { start: number; end: number };
  /** Military cooperation (troops sent): wrongdoing when a third party states it (attribution.ts). */
  military?: boolean;
}

/** An accusation: who accuses whom, and the item span of its content in the sentence. */
export interface Claim {
  id: string;
  accusers: ArticleEntity[];
  accused: ArticleEntity[];
  sentence: number;
  /** Items [from, to) of the sentence holding what is alleged. */
  from: number;
  to: number;
  relations: DraftRelation[];
  /** What the accused is urged to stop: going on, so alleged even where a noun or a plan word would say otherwise. */
  ongoing?: boolean;
}

/** A denial: who denies, and the item span of what is denied (relations found there are the denied content). */
export interface Denial extends SentenceSpan {
  deniers: ArticleEntity[];
  /** The claim it answers, when known at once ("membantah klaim tersebut"). */
  claim: Claim | null;
  triggerStart: number;
  triggerEnd: number;
  i0: number;
  i1: number;
  confidence: number;
  /** The deniers were named by a pronoun ("kedua negara", "both countries"), resolved before the claim was known. */
  pronoun?: boolean;
  /** Wrongdoing negated in a speaker's words: a denial only when the speaker is (of) a party of it. */
  bySpeaker?: boolean;
}

/** Items [from, to) of one sentence. */
export interface SentenceSpan {
  sentence: number;
  from: number;
  to: number;
}

export interface ExtractionContext {
  article: Article;
  language: Language;
  lexicon: CompiledLexicon;
  lang: LanguageLexicon;
  registry: EntityRegistry;
  discourse: Discourse;
  views: SentenceView[];
  relations: DraftRelation[];
  claims: Claim[];
  denials: Denial[];
  /** Spans a negated accusation keeps unsaid ("does not suspect China of supplying …"). */
  unsaid: SentenceSpan[];
}

export function newClaimId(ctx: ExtractionContext): string {
  return `${ctx.article.id}#c${ctx.claims.length + 1}`;
}
