/**
 * All mention passes in order, each using what the earlier ones found: lexicon names, role phrases
 * (which discover names), names at speech verbs, context short forms, known names and short forms,
 * definite descriptions of persons named before, allies, then roles stated by verbs.
 */
import type { Language } from "../../graph-schema/index.js";

import { findDescriptions } from "./descriptions.js";
import { EntityRegistry } from "./entities.js";
import type { CompiledLexicon } from "./lexicon/compile.js";
import type { MarkerClass } from "./lexicon/schema.js";
import { findAlliesMentions, findContextMentions, findLexiconMentions, markPlaceQualifiers, MentionIndex, type MentionContext } from "./mentions.js";
import { findKnownNames, findCuedNames } from "./names.js";
import { findRoles, findVerbalRoles, type RoleRecord } from "./roles.js";
import type { Sentence } from "./text/sentences.js";
import type { Token } from "./text/tokens.js";
import { markerAt, type TokenMarkers } from "./token-markers.js";

export interface MentionResult {
  ctx: MentionContext;
  roles: RoleRecord[];
}

export function findMentions(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  lexicon: CompiledLexicon,
  language: Language,
  markers: TokenMarkers,
  flags: Uint8Array,
): MentionResult {
  const index = new MentionIndex(tokens.length);
  const ctx: MentionContext = {
    covered: (t) => index.covering(t) !== undefined,
    flags,
    text,
    tokens,
    sentences,
    lexicon,
    language,
    registry: new EntityRegistry(lexicon),
    index,
  };
  const isMarker = (t: number, cls: MarkerClass): number => markerAt(markers, t, cls);
  findLexiconMentions(ctx);
  // before the roles ("an analyst at the London-based …"), and again for the places later passes name
  markPlaceQualifiers(ctx, isMarker);
  const roles = findRoles(ctx);
  findCuedNames(ctx, isMarker);
  findContextMentions(ctx);
  findKnownNames(ctx);
  findDescriptions(ctx, roles, isMarker);
  findAlliesMentions(ctx, isMarker);
  roles.push(...findVerbalRoles(ctx));
  markPlaceQualifiers(ctx, isMarker);
  return { ctx, roles };
}
