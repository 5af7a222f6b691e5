import { XMLValidator } from "fast-xml-parser";

import { exportHtmlReport } from "../../../../server/export/html-report.js";
import { fixtureBundle, RELATION_DETAILS, SCRIPT_NAME } from "../../../fixtures/export/bundle.js";

describe("HTML report", () => {
  const report = exportHtmlReport(fixtureBundle());

  it("should leave no script anywhere: a <script> entity is inert text", () => {
    expect(report).not.toMatch(/<script/i);
    expect(report).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(report).not.toContain(SCRIPT_NAME);
    expect(report).not.toMatch(/\son[a-z]+=/i);
  });

  it("should forbid scripts with a Content-Security-Policy and load nothing external", () => {
    expect(report).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">`);
    expect(report).not.toMatch(/<link|<img|@import|url\(http/i);
  });

  it("should start with the title and generation date, the picture and the summary counts", () => {
    expect(report).toContain("<title>Report on &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; 김정은 🚀</title>");
    expect(report).toContain("Generated 2024-08-01 09:30 UTC");
    expect(report).toMatch(/<figure><svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(report).toContain("7 entities, 7 relations backed by 8 evidence statements from 2 articles.");
  });

  it("should embed a well-formed SVG", () => {
    const svg = /<svg[\s\S]*<\/svg>/.exec(report)?.[0] ?? "";

    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain("<circle");
  });

  it("should group relations by type with a page break between groups in print", () => {
    const groups = [...report.matchAll(/<section class="group" id="relations-([A-Z_]+)">/g)].map((m) => m[1]);

    expect(groups.sort()).toEqual([...new Set(RELATION_DETAILS.map((r) => r.relationType))].sort());
    expect(report).toContain("section.group { break-before: page; }");
    expect(report).toContain("@media print");
  });

  it("should quote the evidence with its citation, linking only http(s) URLs", () => {
    expect(report).toContain("“Ким Чен Ын посетил Россию в июле.”");
    expect(report).toContain('<a href="https://example.org/news?id=1&amp;lang=en">Claims &amp; &quot;Denials&quot; &lt;b&gt;today&lt;/b&gt;</a>. Kompas, 2024-06-20');
    expect(report).not.toContain('href="javascript:');
    expect(report).toContain('Шойгу в Пхеньяне 🚀. 2024-07-02. <span class="meta">javascript:alert(1)</span>');
  });

  it("should show status, event date, sources and who alleges and denies", () => {
    expect(report).toMatch(/North Korea → Russia<\/span>\s*<div class="parties">alleged by &lt;script&gt;alert\(1\)&lt;\/script&gt;<\/div>\s*<div class="parties">denied by North Korea<\/div>/);
    expect(report).toContain('<span class="status status-alleged"');
    expect(report).toContain("Ким Чен Ын ↔ 김정은");
    expect(report).toContain("2024-07<div class=\"reported\">reported 2024-06-20 – 2024-07-02</div>");
  });

  it("should say when a relation's evidence is not included", () => {
    expect(report).toContain("1 more statement not included; cited in Шойгу в Пхеньяне 🚀.");
  });

  it("should list the cited articles", () => {
    expect(report).toMatch(/<section class="sources">[\s\S]*Kompas, 2024-06-20[\s\S]*<\/section>/);
  });
});
