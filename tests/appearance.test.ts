/**
 * The palette's promises, checked with the standard formulas: WCAG contrast of every swatch against
 * the legend's background, and CIE76 ΔE between the stance colours as seen with protanopia and
 * deuteranopia (Machado, Oliveira and Fernandes 2009, severity 1).
 */
import { describe, expect, it } from "vitest";
import { KIND_COLORS, RELATION_COLORS } from "../src/model/appearance.js";
import { NODE_KINDS, RELATIONS, STANCE_RELATIONS } from "../src/model/graph.js";

type RGB = readonly [number, number, number];
const PANEL: RGB = [246, 248, 250];
const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: RGB) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
const contrast = (a: RGB, b: RGB) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
function lab(rgb: RGB): RGB {
  const [r, g, b] = rgb.map(linear) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: RGB, b: RGB) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));
const SIMULATIONS: Record<string, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
};
function simulate(rgb: RGB, matrix: number[][]): RGB {
  const l = rgb.map(linear);
  const gamma = (c: number) => 255 * ((c = Math.min(1, Math.max(0, c))) <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
  return matrix.map((row) => gamma(row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!)) as unknown as RGB;
}

describe("the palette", () => {
  it("gives every kind and relation swatch at least 3:1 contrast against the legend", () => {
    for (const kind of NODE_KINDS) expect(contrast(KIND_COLORS[kind], PANEL), kind).toBeGreaterThanOrEqual(3);
    for (const relation of RELATIONS) expect(contrast(RELATION_COLORS[relation], PANEL), relation).toBeGreaterThanOrEqual(3);
  });

  it("keeps the three stances apart with red-green colour blindness", () => {
    for (const [name, matrix] of Object.entries(SIMULATIONS)) {
      for (const a of STANCE_RELATIONS) {
        for (const b of STANCE_RELATIONS) {
          if (a < b) expect(deltaE(simulate(RELATION_COLORS[a], matrix), simulate(RELATION_COLORS[b], matrix)), `${a} / ${b} with ${name}`).toBeGreaterThanOrEqual(30);
        }
      }
    }
  });
});
