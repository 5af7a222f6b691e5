import { escapeHtml, html, safeHref, trustedHtml } from "../../../../server/export/html.js";

describe("escapeHtml", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    [`"double" 'single' \`back\``, "&quot;double&quot; &#39;single&#39; &#96;back&#96;"],
    ["a & b &amp;", "a &amp; b &amp;amp;"],
    ["Ким 김정은 🚀", "Ким 김정은 🚀"],
  ])("should escape %j", (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

describe("the html template", () => {
  it("should escape every interpolated string, in text and in attributes", () => {
    const name = `"><script>alert(1)</script>`;

    const out = html`<p title="${name}">${name}</p>`.value;

    expect(out).toBe('<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(out).not.toContain("<script");
  });

  it("should nest templates and arrays without escaping them twice", () => {
    const items = ["<a>", "b&"].map((x) => html`<li>${x}</li>`);

    expect(html`<ul>${items}</ul>`.value).toBe("<ul><li>&lt;a&gt;</li><li>b&amp;</li></ul>");
  });

  it("should render null, undefined and false as nothing and numbers as text", () => {
    expect(html`${null}${undefined}${false}${3}${Number.NaN}`.value).toBe("3");
  });

  it("should insert trusted markup as is", () => {
    expect(html`<div>${trustedHtml("<svg/>")}</div>`.value).toBe("<div><svg/></div>");
  });
});

describe("safeHref", () => {
  it.each([
    ["https://example.org/a?x=1&y=2", "https://example.org/a?x=1&y=2"],
    ["http://example.org", "http://example.org/"],
    ["javascript:alert(1)", null],
    [" JavaScript:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["/relative/path", null],
    ["not a url", null],
    [null, null],
  ])("should give %j -> %j", (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});
