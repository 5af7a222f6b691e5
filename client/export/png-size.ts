/**
 * How large the PNG export is drawn: about 3,000 px wide, at 3x to 6x the stage's CSS pixels.
 * Pure (unit-tested); png.ts does the drawing.
 */

export const PNG_TARGET_WIDTH = 3000;

export function exportScale(cssWidth: number, target = PNG_TARGET_WIDTH): number {
  return Math.min(6, Math.max(3, target / Math.max(1, cssWidth)));
}
