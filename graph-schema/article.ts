/**
 * An article as read from a file or upload, before extraction.
 */
import { z } from "zod";

import { partialDateSchema } from "./dates.js";

export const LANGUAGES = ["id", "en"] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Where the publication date came from; null date means it could not be derived (flagged to the user). */
export const DATE_SOURCES = ["metadata", "text", "none"] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export const articleSchema = z.object({
  /** Stable id of our own: derived from the URL, else the file name; survives edits of the text. */
  id: z.string().min(1),
  file: z.string(),
  title: z.string(),
  text: z.string(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  language: languageSchema,
  date: partialDateSchema.nullable(),
  dateSource: z.enum(DATE_SOURCES),
  /** sha256 of the text: tells a changed article from an unchanged one on re-import. */
  contentHash: z.string(),
});

export type Article = z.infer<typeof articleSchema>;

/** The JSON article format accepted by import and upload. */
export const articleJsonInputSchema = z.object({
  title: z.string().min(1),
  text: z.string().min(1),
  date: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  language: languageSchema.optional(),
});
export type ArticleJsonInput = z.infer<typeof articleJsonInputSchema>;
