/**
 * A trie of tokenized phrases, matched against a token (or item) sequence. Built once per lexicon.
 * Each phrase token can demand its case: a capitalised lexicon word ("Barat") only matches a
 * capitalised text word, an all-caps one ("AS") only all-caps text, so "barat" (west) or the English
 * "as" never match.
 */
import { tokenize } from "./tokens.js";

export const enum CaseRule {
  Any = 0,
  Capitalised = 1,
  Upper = 2,
}

export interface Matchable {
  norm: string;
  stem: string;
  cap: boolean;
  upper: boolean;
  hyphenPrev: boolean;
}

interface Entry<P> {
  payload: P;
  /** Null when no token of the phrase has a case rule (most phrases): nothing to check. */
  cases: CaseRule[] | null;
}

interface Node<P> {
  next: Map<string, Node<P>>;
  entries: Entry<P>[];
}

export interface TrieMatch<P> {
  /** Number of tokens matched. */
  length: number;
  payloads: P[];
  /** The last token matched on its stem (possessive "-nya" stripped). */
  viaStem: boolean;
}

const newNode = <P>(): Node<P> => ({ next: new Map(), entries: [] });

export class PhraseTrie<P> {
  private readonly root: Node<P> = newNode<P>();
  size = 0;

  /** Adds a phrase; `caseSensitive` applies the capitalisation rules above. */
  add(phrase: string, payload: P, caseSensitive: boolean): void {
    const tokens = tokenize(phrase).filter((t) => t.kind !== "punct" || t.text === "'s" || /[&.'’]/.test(t.text));
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t.norm);
      if (!child) node.next.set(t.norm, (child = newNode<P>()));
      node = child;
    }
    const cases = tokens.map((t) => (!caseSensitive ? CaseRule.Any : t.upper ? CaseRule.Upper : t.cap ? CaseRule.Capitalised : CaseRule.Any));
    node.entries.push({ payload, cases: cases.some((c) => c !== CaseRule.Any) ? cases : null });
    this.size++;
  }

  /**
   * Longest phrase starting at `from` (items before `limit`), or null. `skip(i)` tells items the
   * match may not use (e.g. tokens already inside another mention).
   */
  longest(items: readonly Matchable[], from: number, limit: number, skip?: (i: number) => boolean): TrieMatch<P> | null {
    let node: Node<P> | undefined = this.root;
    let best: TrieMatch<P> | null = null;
    for (let i = from; i < limit; i++) {
      const it = items[i] as Matchable;
      if (skip?.(i)) break;
      let viaStem = false;
      let child: Node<P> | undefined = node.next.get(it.norm);
      if (!child && it.stem !== it.norm) {
        child = node.next.get(it.stem);
        viaStem = child !== undefined;
      }
      if (!child) break;
      node = child;
      if (node.entries.length === 0) continue;
      const ok = fitting(node.entries, items, from);
      if (ok) best = { length: i - from + 1, payloads: ok, viaStem };
    }
    return best;
  }

  /** Every phrase starting at `from`, shortest first. */
  all(items: readonly Matchable[], from: number, limit: number): TrieMatch<P>[] {
    const out: TrieMatch<P>[] = [];
    let node: Node<P> | undefined = this.root;
    for (let i = from; i < limit; i++) {
      const it = items[i] as Matchable;
      node = node.next.get(it.norm) ?? (it.stem !== it.norm ? node.next.get(it.stem) : undefined);
      if (!node) break;
      if (node.entries.length === 0) continue;
      const ok = fitting(node.entries, items, from);
      if (ok) out.push({ length: i - from + 1, payloads: ok, viaStem: false });
    }
    return out;
  }

  /** The words phrases start with. */
  firstWords(): IterableIterator<string> {
    return this.root.next.keys();
  }

  /** Can any phrase start with this word (a cheap test before a walk)? */
  starts(norm: string): boolean {
    return this.root.next.has(norm);
  }
}

/** Payloads of the entries whose case rules the items meet, or null. */
function fitting<P>(entries: Entry<P>[], items: readonly Matchable[], from: number): P[] | null {
  let out: P[] | null = null;
  for (const e of entries) {
    if (e.cases && !casesFit(e.cases, items, from)) continue;
    (out ??= []).push(e.payload);
  }
  return out;
}

function casesFit(cases: CaseRule[], items: readonly Matchable[], from: number): boolean {
  for (let k = 0; k < cases.length; k++) {
    const rule = cases[k];
    const it = items[from + k] as Matchable;
    if (rule === CaseRule.Upper && !it.upper) return false;
    if (rule === CaseRule.Capitalised && !it.cap && !it.hyphenPrev) return false;
  }
  return true;
}
