import { Utf8Sink } from "../../../../server/export/utf8-sink.js";

describe("Utf8Sink", () => {
  it("should give the UTF-8 bytes of everything written, across pending runs and 1 MB chunks", () => {
    const pieces: string[] = [];
    // Non-Latin letters, emoji (surrogate pairs) and one piece larger than a whole chunk.
    for (let i = 0; i < 60_000; i += 1) pieces.push(i % 7 === 0 ? `김정은 🚀 ${i}` : `<node id="n${i}" label="Шойгу & co"/>`);
    pieces.splice(30_000, 0, "😀".repeat(400_000));
    const sink = new Utf8Sink();
    for (const piece of pieces) sink.write(piece);

    const bytes = sink.bytes();

    expect(bytes.equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
  });

  it("should keep writing after the bytes were read", () => {
    const sink = new Utf8Sink();
    sink.write("a");
    expect(sink.bytes().toString("utf8")).toBe("a");
    sink.write("é");
    expect(sink.bytes().toString("utf8")).toBe("aé");
  });

  it("should say whether anything was written", () => {
    const sink = new Utf8Sink();
    expect(sink.isEmpty()).toBe(true);
    sink.write("x");
    expect(sink.isEmpty()).toBe(false);
  });
});
