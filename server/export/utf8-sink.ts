/**
 * Where large exports are written: strings are encoded as UTF-8 into 1 MB buffers as they come and
 * concatenated once at the end. Small strings are gathered into a pending run first (one encoding
 * call per ~16 KB, not per tag). Exports of 30k relations used to push hundreds of thousands of
 * small strings and join them at the end; holding them all made garbage collection half the time.
 */
export class Utf8Sink {
  private static readonly CHUNK_BYTES = 1 << 20;
  private static readonly PENDING_CHARS = 1 << 14;
  private readonly full: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(Utf8Sink.CHUNK_BYTES);
  private used = 0;
  private pending = "";
  private written = false;

  write(text: string): void {
    this.written = true;
    this.pending += text;
    if (this.pending.length >= Utf8Sink.PENDING_CHARS) this.flush();
  }

  isEmpty(): boolean {
    return !this.written;
  }

  bytes(): Buffer {
    this.flush();
    const joined = Buffer.concat([...this.full, this.chunk.subarray(0, this.used)]);
    this.full.length = 0;
    this.full.push(joined);
    this.chunk = Buffer.allocUnsafe(0);
    this.used = 0;
    return joined;
  }

  private flush(): void {
    const text = this.pending;
    this.pending = "";
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + text.length * 3 > this.chunk.length) {
      if (this.used > 0) this.full.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafe(Math.max(Utf8Sink.CHUNK_BYTES, text.length * 3));
      this.used = 0;
    }
    this.used += this.chunk.write(text, this.used, "utf8");
  }
}
