/**
 * `tsx test/bench/bulk-bench.ts <corpus-folder> <home-dir>`: one `import --bulk` first load, in a process
 * of its own (so its memory does not weigh on the measurements that follow it), printed as JSON.
 */
import { benchBulkImport, benchNeo4jSettings } from "./corpus-bench.js";

const [folder, homeDir] = process.argv.slice(2);
if (!folder || !homeDir) {
  process.stderr.write("usage: tsx test/bench/bulk-bench.ts <corpus-folder> <home-dir>\n");
  process.exit(2);
}
const figures = await benchBulkImport(folder, await benchNeo4jSettings(homeDir));
process.stdout.write(JSON.stringify(figures));
