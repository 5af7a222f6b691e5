/**
 * PNG export, made in the browser: @sigma/export-image redraws the graph exactly as on screen (same
 * camera, reducers and programs) in a temporary renderer, at ~3,000 px wide (3x to 6x the stage), and
 * the picture is composed on a 2D canvas with a title band, the legend of what it shows, and a caption.
 *
 * Resolution: sigma draws at `window.devicePixelRatio`; drawOnCanvas builds its temporary renderer
 * synchronously, so the ratio is raised for that one synchronous call and restored at once. The
 * dashed-edge shaders count dashes in device pixels, so they get patterns scaled by the same factor:
 * the PNG looks like the screen, only sharper.
 */
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";

import { DISPLAY_STATUSES, STATUS_STYLES } from "../render/styles.js";
import { createCurveProgram } from "../render/programs.js";
import { edgeProgramKey } from "../render/reducers.js";
import { LEGEND_METRICS, layoutLegend, type LegendRow, type LegendSwatch } from "./legend-layout.js";
import { exportScale } from "./png-size.js";

const FONT = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif";
const INK = "#1f2933";
const MUTED = "#586474";
const RULE = "#e0e3e8";
const BACKGROUND = "#ffffff";

export interface PngOptions {
  title: string | null;
  caption: string;
  legend: readonly LegendRow[];
}

function withPixelRatio<T>(ratio: number, run: () => T): T {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  try {
    Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  } catch {
    return run(); // not overridable here: the picture is drawn at the screen's own ratio
  }
  try {
    return run();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else Reflect.deleteProperty(window, "devicePixelRatio");
  }
}

function scaledDashPrograms(factor: number) {
  const programs: Record<string, ReturnType<typeof createCurveProgram>> = {};
  for (const status of DISPLAY_STATUSES) {
    const dash = STATUS_STYLES[status].dash;
    if (!dash) continue;
    for (const directed of [true, false]) programs[edgeProgramKey(status, directed)] = createCurveProgram([dash[0] * factor, dash[1] * factor], directed);
  }
  return programs;
}

function drawSwatch(ctx: CanvasRenderingContext2D, swatch: LegendSwatch, x: number, y: number): void {
  ctx.save();
  switch (swatch.kind) {
    case "dot":
      ctx.fillStyle = swatch.color;
      ctx.beginPath();
      ctx.arc(x + 11, y, 5.5, 0, Math.PI * 2);
      ctx.fill();
      break;
    case "line":
      ctx.strokeStyle = swatch.color;
      ctx.lineWidth = 3;
      ctx.lineCap = "round";
      ctx.beginPath();
      ctx.moveTo(x + 2, y);
      ctx.lineTo(x + 20, y);
      ctx.stroke();
      break;
    case "status":
      ctx.strokeStyle = swatch.color;
      ctx.globalAlpha = swatch.opacity;
      ctx.lineWidth = 1.8;
      ctx.setLineDash(swatch.dash ? [swatch.dash[0] * 0.7, swatch.dash[1] * 0.7] : []);
      ctx.beginPath();
      ctx.moveTo(x + 1, y);
      ctx.lineTo(x + 21, y);
      ctx.stroke();
      break;
    case "none":
      break;
    default: {
      const never: never = swatch;
      throw new Error(`unknown swatch ${JSON.stringify(never)}`);
    }
  }
  ctx.restore();
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The browser could not encode the PNG."))), "image/png"));
}

export async function renderPng(sigma: Sigma, options: PngOptions): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const screenRatio = window.devicePixelRatio || 1;
  const scale = exportScale(width);
  const edgeProgramClasses = { ...sigma.getSetting("edgeProgramClasses"), ...scaledDashPrograms(scale / screenRatio) };
  const graphCanvas = await withPixelRatio(scale, () => drawOnCanvas(sigma, { backgroundColor: BACKGROUND, sigmaSettings: { edgeProgramClasses } }));
  // If the ratio could not be raised, the picture has the screen's ratio: compose at that scale.
  const drawnScale = graphCanvas.width / width;

  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("The browser has no 2D canvas to compose the PNG.");
  const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT}`;
  ctx.font = font(12);
  const legend = layoutLegend(options.legend, { ...LEGEND_METRICS, width }, (text) => ctx.measureText(text).width);
  const titleHeight = options.title ? 44 : 0;
  const captionHeight = 24;
  const totalHeight = titleHeight + height + legend.height + captionHeight;
  canvas.width = Math.round(width * drawnScale);
  canvas.height = Math.round(totalHeight * drawnScale);

  ctx.scale(drawnScale, drawnScale);
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, width, totalHeight);
  ctx.textBaseline = "middle";
  if (options.title) {
    ctx.fillStyle = INK;
    ctx.font = font(17, 700);
    ctx.fillText(options.title, LEGEND_METRICS.padding, titleHeight / 2 + 2, width - 2 * LEGEND_METRICS.padding);
  }
  ctx.drawImage(graphCanvas, 0, titleHeight, width, height);

  const top = titleHeight + height;
  ctx.fillStyle = RULE;
  ctx.fillRect(0, top, width, 1);
  ctx.fillStyle = MUTED;
  ctx.font = font(10.5, 700);
  for (const title of legend.titles) ctx.fillText(title.text.toUpperCase(), title.x, top + title.y);
  ctx.font = font(12);
  for (const placed of legend.items) {
    const hasSwatch = placed.item.swatch.kind !== "none";
    if (hasSwatch) drawSwatch(ctx, placed.item.swatch, placed.x, top + placed.y);
    ctx.fillStyle = hasSwatch ? INK : MUTED;
    ctx.fillText(placed.item.label, placed.x + (hasSwatch ? LEGEND_METRICS.swatchWidth + LEGEND_METRICS.swatchGap : 0), top + placed.y);
  }
  ctx.fillStyle = MUTED;
  ctx.font = font(11);
  ctx.fillText(options.caption, LEGEND_METRICS.padding, top + legend.height + captionHeight / 2 - 2, width - 2 * LEGEND_METRICS.padding);
  return canvasToBlob(canvas);
}
