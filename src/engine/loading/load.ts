import { type Alias, type Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { counted } from '../scenario/lang.ts';
import { FORMAT_VERSION, type Scenario, ScenarioSchema } from '../scenario/schema.ts';
import { MAX_NESTING, nestingTooDeep } from './nesting.ts';
import { formatProblem, type ScenarioProblem, sortProblems } from './problems.ts';
import { quickRead } from './quick-read.ts';
import { fail, ok, type Result } from './result.ts';
import { type Described, describeIssue, describePath, kindOf, locate } from './schema-problems.ts';
import { checkSemantics } from './semantics.ts';
import { describeSyntaxErrors } from './syntax-problems.ts';

/**
 * Parses and validates a scenario file. Untrusted text in, a typed scenario or every problem out,
 * each located at a line and column of the file with a message meant for a trainer. A valid file is
 * read by the quick path; any doubt sends it down the careful one, which locates the problems.
 */
export function parseScenario(text: string, file: string): Result<Scenario, ScenarioProblem> {
  const scenario = quickRead(text);
  return scenario ? ok(scenario) : readCarefully(text, file);
}

/** The careful path: the `yaml` library's document keeps each node's position to locate problems. */
export function readCarefully(text: string, file: string): Result<Scenario, ScenarioProblem> {
  const deep = nestingTooDeep(text);
  if (deep !== null) {
    const message = `YAML syntax: lists and maps nested more than ${MAX_NESTING} levels deep, which no scenario needs (check the brackets and the indentation)`;
    return fail([{ file, ...positionOf(text, deep), message, severity: 'error' }]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const problem = (offset: number, message: string): ScenarioProblem => ({
    file,
    ...at(offset),
    message,
    severity: 'error',
  });

  // A key written twice is reported in the author's words, and the rest of the file is still checked
  // (the later value wins meanwhile); any other syntax error makes the rest meaningless.
  const duplicates = duplicateKeys(doc, lines).map((d) => problem(d.offset, d.message));
  const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  if (syntax.length > 0) {
    // A broken line can make the parser report an error every few characters; the first ones say
    // what to fix, and thousands would bury them (and freeze the list that shows them).
    const { shown, more } = describeSyntaxErrors(syntax, text, MAX_SYNTAX_PROBLEMS);
    const rest = more
      ? [
          problem(
            more.offset,
            `YAML syntax: ${counted(more.count, 'more problem', 'more problems')} from here on; fix the ones above first`,
          ),
        ]
      : [];
    return fail(sortProblems([...shown.map((p) => problem(p.offset, p.message)), ...rest, ...duplicates]));
  }
  const failWith = (problems: ScenarioProblem[]) => fail(sortProblems([...duplicates, ...problems]));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const failure = aliasFailure(doc, error);
    return failWith([problem(failure.offset, failure.message)]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return failWith([problem(0, 'a scenario file must be a map of fields (format, id, title, nodes, …)')]);
  }
  const format = (data as Record<string, unknown>).format;
  if (format !== FORMAT_VERSION) return failWith([problem(locate(doc, ['format']), formatMessage(format))]);

  const parsed = ScenarioSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const described = parsed.error.issues.flatMap((issue) => describeIssue(issue, doc, data));
    // An empty entry fails once per missing field with the same message: say it once.
    const unique = described.filter((d, i) => described.findIndex((o) => o.offset === d.offset && o.message === d.message) === i);
    return failWith(unique.map((d) => problem(d.offset, d.message)));
  }
  // With a key written twice, links and reachability would be judged on a file the author did not mean.
  if (duplicates.length > 0) return failWith([]);
  const semantic = checkSemantics(parsed.data, (path) => locate(doc, path));
  const errors = semantic.filter((p) => p.severity === 'error').map((p) => problem(p.offset, p.message));
  if (errors.length > 0) return failWith(errors);
  return ok(parsed.data);
}

/**
 * Turning the document into values fails only on aliases (`*name`): one whose anchor (`&name`) is
 * not written before it, or so many that expanding them would fill the memory (a "billion laughs").
 * Either is reported at the alias, in the author's words.
 */
function aliasFailure(doc: Document, error: unknown): Described {
  const anchors = new Set<string>();
  let unresolved: Alias | undefined;
  let first: Alias | undefined;
  visit(doc, {
    Node: (_, node) => {
      if (isAlias(node)) {
        first ??= node;
        if (!anchors.has(node.source)) {
          unresolved = node;
          return visit.BREAK;
        }
      } else if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  if (unresolved) {
    const name = unresolved.source;
    return {
      offset: unresolved.range?.[0] ?? 0,
      message: `"*${name}" repeats a value marked "&${name}", but no such mark is written before it; write the value out or mark it first`,
    };
  }
  const reason = error instanceof Error ? error.message : String(error);
  if (first && /alias count/i.test(reason)) {
    return {
      offset: first.range?.[0] ?? 0,
      message:
        'from here on, aliases ("*name") would repeat values more than a hundred times over, which no scenario needs; write the values out',
    };
  }
  return { offset: first?.range?.[0] ?? 0, message: `YAML could not be read: ${reason}` };
}

/** Syntax problems listed for one file; the rest are counted in one more line. */
const MAX_SYNTAX_PROBLEMS = 20;

/** Line and column (from 1) of an offset, for a problem found before the YAML parser has counted lines. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Only this format is read; a newer file says so plainly rather than failing field by field. */
function formatMessage(format: unknown): string {
  const reads = `this version of Rendez-vous reads format ${FORMAT_VERSION}`;
  if (format === undefined) return `no "format" field: ${reads}; add "format: ${FORMAT_VERSION}" at the top of the file`;
  if (typeof format === 'number') return `this file is format ${format}; ${reads}`;
  return `"format" must be a version number, not ${kindOf(format)}; ${reads} ("format: ${FORMAT_VERSION}")`;
}

/** Every key written twice in one map, located at the second one, with where the first stands. */
function duplicateKeys(doc: Document, lines: LineCounter): Described[] {
  const found: Described[] = [];
  const walk = (node: unknown, path: readonly PropertyKey[]) => {
    if (isSeq(node)) {
      node.items.forEach((item, i) => {
        walk(item, [...path, i]);
      });
    }
    if (!isMap(node)) return;
    const seen = new Map<unknown, number>();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = pair.key.value;
      const offset = pair.key.range?.[0] ?? 0;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, offset);
        walk(pair.value, [...path, String(key)]);
        continue;
      }
      const firstLine = lines.linePos(first).line;
      found.push({
        offset,
        message:
          path.length === 1 && path[0] === 'nodes'
            ? `two nodes are called "${String(key)}" (the first at line ${firstLine}): node IDs must be unique; rename one of them`
            : `${describePath(path)}"${String(key)}" is written twice in the same place (the first at line ${firstLine}); keep only one`,
      });
    }
  };
  walk(doc.contents, []);
  return found;
}

/** Warnings that do not stop a scenario from loading (used by `scenario check`). */
export function scenarioWarnings(text: string, file: string): ScenarioProblem[] {
  // A file that does not load has errors, not warnings: `parseScenario` reports them, located.
  if (nestingTooDeep(text) !== null) return [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) return [];
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return [];
  }
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) return [];
  return checkSemantics(parsed.data, (path) => locate(doc, path))
    .filter((p) => p.severity === 'warning')
    .map((p) => {
      const { line, col } = lines.linePos(p.offset);
      return { file, line, column: col, message: p.message, severity: 'warning' as const };
    });
}

/** Throws with every problem listed: for shipped content, which tests prove valid. */
export function loadScenarioOrThrow(text: string, file: string): Scenario {
  const result = parseScenario(text, file);
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
  return result.value;
}
