/**
 * Partial ISO dates: news often gives only a year or a month ("pada bulan Juni" -> 2024-06).
 * They sort and compare as strings, which is what the time filters rely on.
 */
import { z } from "zod";

export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const partialDateSchema = z.string().regex(PARTIAL_DATE_PATTERN, "expected YYYY, YYYY-MM or YYYY-MM-DD");

export type PartialDate = z.infer<typeof partialDateSchema>;

export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === "string" && PARTIAL_DATE_PATTERN.test(value);
}

/** The month a partial date falls in ("2024-06"), or null when only the year is known. */
export function monthOf(date: PartialDate): string | null {
  return date.length >= 7 ? date.slice(0, 7) : null;
}
