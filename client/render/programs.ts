/**
 * WebGL programs. Full mode: curved edges (parallel relations fan out) with an arrow head when directed,
 * one program per status treatment, the non-solid ones dashed. Sigma has no dashed program, so the
 * dashed ones patch @sigma/edge-curve's fragment shader: the shader already finds the curve parameter
 * `t` of the closest point, which gives the distance along the curve, and fragments falling in a gap are
 * discarded (never in picking mode, never in the arrow head). Level-of-detail mode: `NodePointProgram`
 * and `EdgeLineProgram`, the lightest sigma has (see /work/shared/notes/browser.md).
 */
import { createEdgeCurveProgram } from "@sigma/edge-curve";
import {
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  EdgeLineProgram,
  NodeCircleProgram,
  NodePointProgram,
  type EdgeProgramType,
  type NodeProgramType,
  type ProgramDefinition,
} from "sigma/rendering";

import { DISPLAY_STATUSES, STATUS_STYLES } from "./styles.js";
import { EDGE_PROGRAM_LOD, NODE_PROGRAM, NODE_PROGRAM_LOD, edgeProgramKey } from "./reducers.js";

const ARROW_HEAD = { ...DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, lengthToThicknessRatio: 4.5, widenessToThicknessRatio: 3.5 };

const T_ANCHOR = "float t = clamp((ap + bp) / (2.0 * a + b + d), 0.0, 1.0);";
const FUNCTION_ANCHOR = "vec2 getDistanceVector(";
const MAIN_ANCHOR = "  float halfThickness = thickness / 2.0;";

const glslFloat = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));

/** Adds a dash pattern (device pixels) to @sigma/edge-curve's fragment shader. */
export function dashFragmentShader(source: string, dash: readonly [number, number], arrow: boolean): string {
  for (const anchor of [T_ANCHOR, FUNCTION_ANCHOR, MAIN_ANCHOR]) {
    if (!source.includes(anchor)) {
      throw new Error(
        `Dashed edges: the @sigma/edge-curve shader no longer contains "${anchor}". ` +
          "Its version changed: update client/render/programs.ts or pin @sigma/edge-curve 3.1.",
      );
    }
  }
  const [on, off] = dash;
  const notInArrowHead = arrow ? "distToTarget > targetArrowLength" : "true";
  const dashTest = `
  #ifndef PICKING_MODE
  float curveLength = 0.5 * (length(v_cpC - v_cpA) + length(v_cpB - v_cpA) + length(v_cpC - v_cpB));
  if (${notInArrowHead} && mod(g_curveT * curveLength, ${glslFloat(on + off)}) > ${glslFloat(on)}) {
    gl_FragColor = transparent;
    return;
  }
  #endif
`;
  return source
    .replace(FUNCTION_ANCHOR, `float g_curveT = 0.0;\n\n${FUNCTION_ANCHOR}`)
    .replace(T_ANCHOR, `${T_ANCHOR}\n  g_curveT = t;`)
    .replace(MAIN_ANCHOR, `${dashTest}\n${MAIN_ANCHOR}`);
}

/** The library types hide `getDefinition`; this is the part of the shape we extend at runtime. */
type DefinedEdgeProgram = new (...args: ConstructorParameters<EdgeProgramType>) => {
  getDefinition(): ProgramDefinition;
};

export function createCurveProgram(dash: readonly [number, number] | null, arrow: boolean): EdgeProgramType {
  const Base = createEdgeCurveProgram({ arrowHead: arrow ? ARROW_HEAD : null });
  if (!dash) return Base;
  const pattern = dash;
  const Defined = Base as unknown as DefinedEdgeProgram;
  class DashedCurveProgram extends Defined {
    override getDefinition(): ProgramDefinition {
      const definition = super.getDefinition();
      return { ...definition, FRAGMENT_SHADER_SOURCE: dashFragmentShader(definition.FRAGMENT_SHADER_SOURCE, pattern, arrow) };
    }
  }
  return DashedCurveProgram as unknown as EdgeProgramType;
}

export function createEdgePrograms(): Record<string, EdgeProgramType> {
  const programs: Record<string, EdgeProgramType> = { [EDGE_PROGRAM_LOD]: EdgeLineProgram };
  for (const status of DISPLAY_STATUSES) {
    for (const directed of [true, false]) {
      programs[edgeProgramKey(status, directed)] = createCurveProgram(STATUS_STYLES[status].dash, directed);
    }
  }
  return programs;
}

export const NODE_PROGRAMS: Record<string, NodeProgramType> = {
  [NODE_PROGRAM]: NodeCircleProgram,
  [NODE_PROGRAM_LOD]: NodePointProgram,
};
