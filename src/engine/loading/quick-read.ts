import { constructFromEvents, EVENT_ID, type Event, parseEvents, SCALAR_STYLE } from 'js-yaml';
import { type Scenario, ScenarioSchema } from '../scenario/schema.ts';
import { MAX_NESTING } from './nesting.ts';
import { checkSemantics } from './semantics.ts';

/**
 * The scenario in `text` when it is valid beyond doubt, else null.
 *
 * Most files a trainer loads are valid, and locating problems is what makes the careful path slow:
 * the `yaml` library keeps every node's position, which costs about 1.5 s on a 1.4 MB file of 5,000
 * nodes, where js-yaml reads the same text in about 0.1 s. So a file is first read with js-yaml and
 * validated without locating anything; the first doubt returns null, and the careful path (`yaml`,
 * which locates each problem at a line and column) reads the file again to say what is wrong.
 *
 * Both parsers read YAML 1.2's core schema and agree on its values; the doubts are where they could
 * disagree or where only the careful path can explain: any syntax error, a key written twice (js-yaml
 * refuses it), a `%YAML` or `%TAG` directive (they change how values read), a tag js-yaml does not
 * know, aliases beyond what the careful path surely accepts (see `plainRepeats`), more than one
 * document, and any schema or semantic error. Tests check that whatever is read here is exactly what
 * the careful path reads, on every shipped file written in many YAML styles and on fuzzed files.
 */
export function quickRead(text: string): Scenario | null {
  let data: unknown;
  try {
    const events = parseEvents(text, { maxDepth: MAX_NESTING });
    const documents = events.filter((e) => e.type === EVENT_ID.DOCUMENT);
    if (documents.length !== 1 || documents[0]?.directives.length !== 0) return null;
    if (!plainRepeats(events, text)) return null;
    [data] = constructFromEvents(events, { source: text, maxAliases: MAX_ALIASES });
  } catch {
    return null;
  }
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) return null;
  const nowhere = () => 0;
  if (checkSemantics(parsed.data, nowhere).some((p) => p.severity === 'error')) return null;
  return parsed.data;
}

const ESCAPED_BREAK = /\\\r?\n/;

/** The careful path's bound (`maxAliasCount`), which it applies in a subtler way. */
const MAX_ALIASES = 100;

/**
 * True when the file's aliases (`*name`) are few and each repeats a value holding no alias itself.
 * The careful path refuses a file whose aliases would multiply values (a "billion laughs"): it counts
 * each use of a mark times the aliases inside the marked value, at most 100. Values without aliases
 * inside count once per use, so at most 100 uses in all can never reach that bound; anything else is
 * left to the careful path to judge and explain.
 */
function plainRepeats(events: readonly Event[], text: string): boolean {
  /** Open documents, lists and maps, with their mark and whether an alias was met inside. */
  const open: { mark: string | null; holdsAlias: boolean }[] = [];
  /** Each mark's latest value: true when it holds no alias. A value still open holds itself. */
  const plain = new Map<string, boolean>();
  const markOf = (e: { anchorStart: number; anchorEnd: number }) =>
    e.anchorStart < 0 ? null : text.slice(e.anchorStart, e.anchorEnd);
  let aliases = 0;
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        open.push({ mark: null, holdsAlias: false });
        break;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        const mark = markOf(e);
        if (mark !== null) plain.set(mark, false);
        open.push({ mark, holdsAlias: false });
        break;
      }
      case EVENT_ID.SCALAR: {
        // A line break escaped by "\" inside double quotes, followed by a blank line, is read
        // differently by the two parsers (a space, or nothing): the careful path decides.
        if (e.style === SCALAR_STYLE.DOUBLE_QUOTED && ESCAPED_BREAK.test(text.slice(e.valueStart, e.valueEnd))) return false;
        const mark = markOf(e);
        if (mark !== null) plain.set(mark, true);
        break;
      }
      case EVENT_ID.ALIAS: {
        aliases += 1;
        if (aliases > MAX_ALIASES || plain.get(text.slice(e.anchorStart, e.anchorEnd)) !== true) return false;
        for (const o of open) o.holdsAlias = true;
        break;
      }
      case EVENT_ID.POP: {
        const closed = open.pop();
        if (closed?.mark) plain.set(closed.mark, !closed.holdsAlias);
        break;
      }
    }
  }
  return true;
}
