/**
 * Per token, which lexicon tries have a phrase starting with its word (FIRST bits), from one map
 * lookup per token; the passes test a bit instead of probing each trie.
 */
import { FIRST, type LanguageLexicon } from "../lexicon/compile.js";
import type { Token } from "./tokens.js";

export function firstWordFlags(tokens: Token[], lang: LanguageLexicon): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    let f = lang.firstWords.get(tok.norm) ?? 0;
    if (tok.stem !== tok.norm) f |= lang.firstWords.get(tok.stem) ?? 0;
    flags[t] = f;
  }
  return flags;
}

export { FIRST };
