// Jest loads globalSetup outside its ESM transform; tsx runs our TypeScript setup as real ESM.
import { tsImport } from "tsx/esm/api";

export default async function setup() {
  const { default: run } = await tsImport("./neo4j-global-setup.impl.ts", import.meta.url);
  await run();
}
