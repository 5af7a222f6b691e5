/** The HTML report's stylesheet: inline (the report is one self-contained file), screen and print. */
export const REPORT_CSS = `
:root { color-scheme: light; --text: #1f2933; --muted: #5f6b7a; --rule: #e3e6ea; --soft: #f5f7f9; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1080px; padding: 32px 40px 64px; color: var(--text);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 2px solid var(--rule); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
.meta, .note, .codes, .parties, .reported { color: var(--muted); font-size: 12px; }
.note { background: var(--soft); border-left: 3px solid var(--rule); padding: 6px 10px; margin: 8px 0; }
figure { margin: 16px 0; }
figure svg { width: 100%; height: auto; border: 1px solid var(--rule); }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--rule); }
th { font-size: 12px; color: var(--muted); font-weight: 600; background: var(--soft); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; vertical-align: baseline; }
.line { display: inline-block; width: 18px; height: 3px; margin-right: 6px; vertical-align: middle; }
.status { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 12px; background: var(--soft); border: 1px solid var(--rule); }
.status-alleged, .status-denied, .status-planned { border-style: dashed; }
.ends { font-weight: 600; }
ol.evidence { margin: 0; padding-left: 18px; }
ol.evidence li { margin: 0 0 8px; }
blockquote { margin: 0; font-style: italic; }
cite { display: block; font-style: normal; color: var(--muted); font-size: 12px; }
a { color: #1f5fbf; overflow-wrap: anywhere; }
ol.sources li { margin-bottom: 4px; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--rule); padding-top: 8px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  h2 { break-after: avoid; }
  section.group { break-before: page; }
  section.sources { break-before: page; }
  figure { break-inside: avoid; }
  tr, li, blockquote { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  cite a[href]::after { content: " <" attr(href) ">"; }
}
`;
