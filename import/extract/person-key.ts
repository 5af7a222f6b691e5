/**
 * A romanisation-insensitive key for person names, so spellings of one name meet without a list of
 * pairs: "Choe Son-hui" = "Choe Son Hui", "Yun Jong Ho" = "Yun Jung Ho", "Kim Jong-un" = "Kim Jong Un",
 * "Sergei" = "Sergey". Letters only, vowels dropped except a word's first letter, doubled letters merged.
 */
import { normalize } from "./text/tokens.js";

export function personKey(name: string): string {
  return normalize(name)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => (w[0] as string) + w.slice(1).replace(/[aeiouy]/g, ""))
    .join("")
    .replace(/(.)\1+/g, "$1");
}
