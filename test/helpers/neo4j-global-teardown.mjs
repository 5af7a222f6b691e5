import { tsImport } from "tsx/esm/api";

export default async function teardown() {
  const { default: run } = await tsImport("./neo4j-global-teardown.impl.ts", import.meta.url);
  await run();
}
