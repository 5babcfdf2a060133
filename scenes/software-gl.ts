/** Renderer names of WebGL drawn by the CPU: Chromium's SwiftShader, Mesa's llvmpipe and softpipe, Windows' fallback. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/**
 * Whether WebGL here is drawn by the CPU (no usable GPU: a virtual machine, a remote desktop, a
 * blocked driver). There, the multisampled edges Phaser asks for by default cost tens of
 * milliseconds a frame: the room kept the page from showing the player's next line in time.
 * `failIfMajorPerformanceCaveat` does not tell: Chromium grants SwiftShader contexts with it.
 */
export function softwareWebGl(doc: Document): boolean {
  const gl = doc.createElement('canvas').getContext('webgl');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  // The probe's context is given back at once rather than left for the collector.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return SOFTWARE.test(renderer);
}
