/**
 * The Cypher console's part of the URL: `?cypher=<query>&cparams=<params JSON>`. A link opens the
 * console with the query and its parameters in the editor; it never runs them (see README: a link is
 * read before it is run). Pure and DOM-free: `state/url-state.ts` calls these two functions.
 */

/** Longest query a link may carry; longer ones are dropped (the console itself accepts up to 100,000). */
export const MAX_LINK_QUERY = 8_000;
/** Longest parameter text a link may carry. */
export const MAX_LINK_PARAMS = 4_000;

export interface CypherLink {
  query: string;
  /** Parameters as the user typed them (JSON text, checked when the console loads it); "" = none. */
  params: string;
}

export function cypherLinkFromParams(params: URLSearchParams): CypherLink | null {
  const query = params.get("cypher");
  if (query === null || query.trim() === "" || query.length > MAX_LINK_QUERY) return null;
  const text = params.get("cparams") ?? "";
  return { query, params: text.length > MAX_LINK_PARAMS ? "" : text };
}

export function writeCypherLink(link: CypherLink | null | undefined, params: URLSearchParams): void {
  if (!link || link.query.trim() === "" || link.query.length > MAX_LINK_QUERY) return;
  params.set("cypher", link.query);
  const text = link.params.trim();
  if (text !== "" && text !== "{}" && text.length <= MAX_LINK_PARAMS) params.set("cparams", text);
}
