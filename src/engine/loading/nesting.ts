import { CST, Lexer } from 'yaml';

/**
 * How deep lists and maps may nest. The YAML parser builds nested values by recursion: a few hundred
 * levels exhaust the JavaScript stack, and near that limit V8 can abort the whole process (or tab)
 * instead of throwing. A scenario nests about ten levels; a hundred leaves room for any real file
 * and stays far below the depth where the stack runs out (about 700 in Node).
 */
export const MAX_NESTING = 100;

/**
 * The offset where the text first nests deeper than `MAX_NESTING`, or null. It reads the tokens of
 * the YAML lexer (a loop, not recursion), so it is safe on any input: flow brackets count one level
 * each, and block lists and maps one level per new indentation, the way the parser opens them.
 */
export function nestingTooDeep(text: string): number | null {
  let offset = 0;
  let flow = 0;
  let atLineStart = true;
  let indent = 0;
  let scalarFollows = false;
  /** The indentation of each open block list or map. */
  const blocks: number[] = [];
  const openBlock = () => {
    if (flow > 0) return;
    while ((blocks.at(-1) ?? -1) > indent) blocks.pop();
    if ((blocks.at(-1) ?? -1) < indent) blocks.push(indent);
  };
  for (const token of new Lexer().lex(text)) {
    // The lexer marks a scalar with a control token that is not part of the text; the scalar follows it.
    if (scalarFollows) {
      scalarFollows = false;
      offset += token.length;
      continue;
    }
    switch (CST.tokenType(token)) {
      case 'doc-mode':
      case 'flow-error-end':
        continue;
      case 'scalar':
        if (atLineStart) openBlock();
        atLineStart = false;
        scalarFollows = true;
        continue;
      case 'newline':
        atLineStart = true;
        indent = 0;
        break;
      case 'space':
        if (atLineStart && token.startsWith(' ')) indent += token.length;
        break;
      case 'seq-item-ind':
      case 'explicit-key-ind':
      case 'map-value-ind':
        // "- - x" nests a list in a list on one line: each indicator opens a level further right.
        if (atLineStart) {
          openBlock();
          indent += token.length;
        }
        break;
      case 'flow-seq-start':
      case 'flow-map-start':
        if (atLineStart) openBlock();
        atLineStart = false;
        flow++;
        break;
      case 'flow-seq-end':
      case 'flow-map-end':
        atLineStart = false;
        flow = Math.max(0, flow - 1);
        break;
      case 'doc-start':
      case 'doc-end':
        blocks.length = 0;
        flow = 0;
        atLineStart = false;
        break;
      default:
        atLineStart = false;
    }
    if (blocks.length + flow > MAX_NESTING) return offset;
    offset += token.length;
  }
  return null;
}
