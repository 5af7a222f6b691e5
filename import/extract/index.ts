export { extractArticle } from "./extract-article.js";
export { loadLexicon, loadLexiconFrom, LexiconError } from "./lexicon/load.js";
export type { Lexicon, LoadLexiconOptions } from "./lexicon/load.js";
export { gazetteerEntrySchema, gazetteerFileSchema } from "./gazetteer-schema.js";
export type { GazetteerEntry, GazetteerFile } from "./gazetteer-schema.js";
export { triggerFileSchema, markersFileSchema, rolesFileSchema, organizationsFileSchema } from "./lexicon/schema.js";
