/**
 * A dashed arrow for sigma's WebGL layer: the second cue, besides its colour, that an edge is a
 * rejection. The body is worked out in screen pixels, so dashes keep their length at every zoom,
 * and stops where sigma's own arrowhead (drawn by its arrowhead program) begins. Picking draws the
 * body whole, so the gaps are as easy to hover and click as the dashes.
 */
import { EdgeProgram, createEdgeArrowHeadProgram, createEdgeCompoundProgram, type ProgramInfo } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";
import { DASH_PATTERN } from "../model/appearance.js";
/** Sigma's arrowhead: its length is this many times the edge's thickness. */
const ARROW_HEAD_LENGTH_TO_THICKNESS = 2.5;

const UNIFORMS = ["u_matrix", "u_sizeRatio", "u_halfViewport", "u_minThickness", "u_dash", "u_gap", "u_headRatio"] as const;

const VERTEX_SHADER = /* glsl */ `
attribute vec2 a_source;
attribute vec2 a_target;
attribute float a_thickness;
attribute float a_targetSize;
attribute vec4 a_color;
attribute vec4 a_id;
attribute float a_end;
attribute float a_side;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform vec2 u_halfViewport;
uniform float u_minThickness;
uniform float u_headRatio;

varying vec4 v_color;
varying float v_along;

void main() {
  // Both ends in pixels from the viewport's centre.
  vec2 start = (u_matrix * vec3(a_source, 1.0)).xy * u_halfViewport;
  vec2 end = (u_matrix * vec3(a_target, 1.0)).xy * u_halfViewport;
  vec2 line = end - start;
  float length = length(line);
  vec2 direction = length > 0.0 ? line / length : vec2(1.0, 0.0);
  float thickness = max(a_thickness / u_sizeRatio, u_minThickness);
  // The body stops at the target's disc, less the arrowhead's length.
  float body = max(length - a_targetSize / u_sizeRatio - thickness * u_headRatio, 0.0);
  v_along = a_end * body;
  vec2 position = start + direction * v_along + vec2(-direction.y, direction.x) * a_side * thickness * 0.5;
  gl_Position = vec4(position / u_halfViewport, 0.0, 1.0);
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;
uniform float u_dash;
uniform float u_gap;
varying vec4 v_color;
varying float v_along;

void main() {
  #ifndef PICKING_MODE
  if (mod(v_along, u_dash + u_gap) > u_dash) discard;
  #endif
  gl_FragColor = v_color;
}
`;

const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;

class EdgeDashedBodyProgram extends EdgeProgram<(typeof UNIFORMS)[number]> {
  getDefinition() {
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: "a_source", size: 2, type: FLOAT },
        { name: "a_target", size: 2, type: FLOAT },
        { name: "a_thickness", size: 1, type: FLOAT },
        { name: "a_targetSize", size: 1, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      // Two triangles: each corner is at the source (0) or the body's end (1), on one side (-1, 1) of the line.
      CONSTANT_ATTRIBUTES: [
        { name: "a_end", size: 1, type: FLOAT },
        { name: "a_side", size: 1, type: FLOAT },
      ],
      CONSTANT_DATA: [
        [0, 1],
        [0, -1],
        [1, 1],
        [1, 1],
        [0, -1],
        [1, -1],
      ],
    };
  }

  processVisibleItem(edgeIndex: number, startIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void {
    const array = this.array;
    let i = startIndex;
    array[i++] = source.x;
    array[i++] = source.y;
    array[i++] = target.x;
    array[i++] = target.y;
    array[i++] = data.size || 1;
    array[i++] = target.size || 1;
    array[i++] = floatColor(data.color);
    array[i] = edgeIndex;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<(typeof UNIFORMS)[number]>): void {
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniform2f(uniformLocations.u_halfViewport, params.width / 2, params.height / 2);
    gl.uniform1f(uniformLocations.u_minThickness, params.minEdgeThickness);
    gl.uniform1f(uniformLocations.u_dash, DASH_PATTERN[0]);
    gl.uniform1f(uniformLocations.u_gap, DASH_PATTERN[1]);
    gl.uniform1f(uniformLocations.u_headRatio, ARROW_HEAD_LENGTH_TO_THICKNESS);
  }
}

export const EdgeDashedArrowProgram = createEdgeCompoundProgram([EdgeDashedBodyProgram, createEdgeArrowHeadProgram({ lengthToThicknessRatio: ARROW_HEAD_LENGTH_TO_THICKNESS })]);
