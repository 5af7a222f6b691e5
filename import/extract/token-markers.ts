/**
 * Marker phrases (markers.json) found once per article on tokens: the mention passes and the
 * sentence views both read them, so the marker trie is walked once per token, not once per pass.
 */
import type { LanguageLexicon } from "./lexicon/compile.js";
import type { MarkerClass } from "./lexicon/schema.js";
import { FIRST } from "./text/first-words.js";
import type { Token } from "./text/tokens.js";

/** Per token: the marker classes of phrases starting there, with their length in tokens. */
export type TokenMarkers = (ReadonlyMap<MarkerClass, number> | undefined)[];

export function findTokenMarkers(tokens: Token[], lang: LanguageLexicon, flags: Uint8Array): TokenMarkers {
  const out: TokenMarkers = new Array<ReadonlyMap<MarkerClass, number> | undefined>(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (!((flags[t] as number) & FIRST.marker)) continue;
    let found: Map<MarkerClass, number> | undefined;
    for (const hit of lang.markers.all(tokens, t, tokens.length)) {
      for (const cls of hit.payloads) (found ??= new Map()).set(cls, Math.max(found.get(cls) ?? 0, hit.length));
    }
    out[t] = found;
  }
  return out;
}

export const markerAt = (markers: TokenMarkers, t: number, cls: MarkerClass): number => markers[t]?.get(cls) ?? 0;
