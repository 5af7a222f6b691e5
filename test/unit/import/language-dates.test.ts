import { detectLanguage, findDateMentions, inferPublicationDate, parseDeclaredDate, resolveDateMention } from "../../../import/read/index.js";

describe("language detection", () => {
  it.each([
    ["Iran menembakkan rudal ke Israel", "id"],
    ["Iran fires missiles at Israel", "en"],
    ["Putin dan Kim bertemu", "id"],
    ["Putin meets Kim", "en"],
    ["Korea Utara mengirimkan delegasi", "id"],
    ["Kremlin says talks were useful", "en"],
    ["Presiden Rusia Vladimir Putin tahun lalu menerima undangan Kim Jong Un untuk mengunjungi Korea Utara.", "id"],
    ["The United States and Japan accused China of threatening peace in the Taiwan Strait.", "en"],
  ])("%s -> %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe("date mentions resolved against a reference date", () => {
  it.each([
    ["27 April 2024 16:40", "2024-02-01", "past", "2024-04-27"],
    ["21 Januari 2024, 14:32 WIB", null, "past", "2024-01-21"],
    ["Kamis (1/2/2024)", null, "past", "2024-02-01"],
    ["April 27, 2024", null, "past", "2024-04-27"],
    ["pada 7 Oktober 2023", null, "past", "2023-10-07"],
    ["pada bulan Agustus 2019", null, "past", "2019-08"],
    ["pada bulan Juni", "2024-09-14", "past", "2024-06"],
    ["pada September lalu", "2024-01-21", "past", "2023-09"],
    ["pada Oktober", "2024-02-01", "past", "2023-10"],
    ["pada bulan Maret", "2024-02-01", "future", "2024-03"],
    ["pada 13 Februari", "2024-02-01", "future", "2024-02-13"],
    ["13 April lalu", "2024-04-20", "past", "2024-04-13"],
    ["Sabtu (14/9)", "2024-09-20", "past", "2024-09-14"],
    ["tahun lalu", "2024-02-01", "past", "2023"],
    ["awal tahun ini", "2024-01-21", "future", "2024"],
    ["akhir pekan lalu", "2024-01-21", "past", "2024-01"],
    ["bulan depan", "2024-12-10", "future", "2025-01"],
    ["pada hari Selasa", "2024-04-27", "past", "2024-04-23"],
    ["on Friday", "2024-06-04", "past", "2024-05-31"],
    ["in July", "2024-05-24", "future", "2024-07"],
    ["last year", "2024-05-24", "past", "2023"],
    ["Monday (Feb. 1)", "2021-02-03", "past", "2021-02-01"],
  ] as const)("%s (ref %s, %s) -> %s", (text, ref, tense, expected) => {
    const [m] = findDateMentions(text);
    expect(m).toBeDefined();
    expect(resolveDateMention(m!, ref, tense)).toBe(expected);
  });

  it("should not read ordinary words as months or days", () => {
    expect(findDateMentions("The talks may resume. Kekuatan 30 bulan perang; sejak minggu itu.")).toEqual([]);
  });
});

describe("publication date from the text", () => {
  it.each([
    ["a dated line", "Headline\n\n27 April 2024 16:40\n\nBody text here.", "2024-04-27"],
    ["a dateline with a dash", "Headline\n\nKiev, 10 Juni 2024 - Rusia meluncurkan drone.", "2024-06-10"],
    ["weekday and day/month, year from other dates", "Kim bertemu Shoigu pada Sabtu (14/9). Mereka bertemu pada Juli 2023.", "2024-09-14"],
    ["the latest date mentioned", "Serangan 7 Oktober 2023. Iran menembakkan rudal pada tanggal 13 April lalu.", "2024-04"],
    ["nothing to go by", "Iran and Russia signed a treaty.", null],
  ])("%s", (_what, text, expected) => {
    expect(inferPublicationDate(text).date).toBe(expected);
  });

  it.each([
    ["2024-05-24", "2024-05-24"],
    ["2024-05-24T10:00:00Z", "2024-05-24"],
    ["24 May 2024", "2024-05-24"],
    ["someday", null],
  ])("should parse declared date %s", (value, expected) => {
    expect(parseDeclaredDate(value)).toBe(expected);
  });
});
