/**
 * graphology's Graph class for tests. At run time graphology is ESM (its default export is Graph); under
 * NodeNext its typings read as CommonJS, where the default import types as the module object. Take the
 * class the runtime gives, typed as graphology's (MultiGraph has Graph's constructor and statics).
 */
import * as graphology from "graphology";

type GraphClass = typeof graphology.default.MultiGraph;

export const Graph = (graphology as unknown as { default: GraphClass }).default;
