/**
 * Site chrome found in pasted or scraped news pages: "read also" links, pagination, bylines, copyright,
 * widgets. Whole lines matching these are dropped before extraction so they give no false relations.
 */
export const BOILERPLATE_LINE_PATTERNS: readonly RegExp[] = [
  /^(baca juga|baca pula|read also|read more|lihat juga|simak juga|simak pula|artikel terkait|see also|related)\s*:/i,
  /^\d+\s+(dari|of)\s+\d+\s+(halaman|pages?)$/i,
  /^(halaman|page)\s+\d+(\s+(dari|of)\s+\d+)?$/i,
  /(^|\s)(copyright|hak cipta)\b|©/i,
  /^(redaktur|editor|penulis|reporter|pewarta|writer|author|sumber|photo|foto)\s*:/i,
  /^(berita terpopuler|berita terkait|berita lainnya|terpopuler|populer|terkini|comments?|komentar|loading…?|loading\.\.\.|advertisement|iklan|scroll to continue( with content)?|share( this)?|bagikan|tags?|topik)\s*:?$/i,
  /^(tags?|topik|topics?)\s*:/i,
  /^silakan baca konten menarik lainnya/i,
  /^(dapatkan|ikuti|follow|subscribe|langganan)\b.{0,80}(google news|whatsapp|telegram|newsletter|channel|update)/i,
  /^\((\*|[a-z]{2,4})\)$/i,
];

export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  return t !== "" && BOILERPLATE_LINE_PATTERNS.some((p) => p.test(t));
}
