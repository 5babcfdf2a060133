import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Node as YamlNode,
} from 'yaml';
import type { z } from 'zod';
import { MOOD_PARTS } from '../scenario/registries.ts';
import { FORMAT_VERSION, type Scenario, ScenarioSchema } from '../scenario/schema.ts';
import { MAX_NESTING, nestingTooDeep } from './nesting.ts';
import { formatProblem, type ScenarioProblem, sortProblems } from './problems.ts';
import { quickRead } from './quick-read.ts';
import { fail, ok, type Result } from './result.ts';
import { checkSemantics } from './semantics.ts';
import { didYouMean } from './spelling.ts';
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
    const counted = more
      ? [problem(more.offset, `YAML syntax: ${more.count} more problem(s) from here on; fix the ones above first`)]
      : [];
    return fail(sortProblems([...shown.map((p) => problem(p.offset, p.message)), ...counted, ...duplicates]));
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

type Path = readonly PropertyKey[];

/** The parts of a prospect's mood, which a condition reads as ranges. */
const MOODS: readonly string[] = MOOD_PARTS;

/** The offset of the deepest YAML node that exists along `path` (a missing field points at its parent). */
export function locate(doc: Document, path: Path): number {
  // A field is found by its name even when its value is empty.
  const key = keyOffset(doc, path);
  if (key !== undefined) return key;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as YamlNode | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      return node.range[0];
    }
  }
  return 0;
}

/** Where a field's name stands, so a message about a field points at the field, not its value. */
function keyOffset(doc: Document, path: Path): number | undefined {
  if (path.length === 0) return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last);
  return pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
}

interface Described {
  readonly offset: number;
  readonly message: string;
}

function describeIssue(issue: z.core.$ZodIssue, doc: Document, data: unknown): Described[] {
  const path = issue.path;
  const where = describePath(path);
  const field = lastName(path);
  const parentPath = path.slice(0, -1);
  const parent = valueAt(data, parentPath);
  if (issue.input === undefined && isEmptyMap(parent) && parentPath.length > 0) {
    const required = requiredKeys(parentPath, data);
    return [{ offset: locate(doc, parentPath), message: `${where}this entry is empty; write ${required.join(', ')}` }];
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        // A missing translation names the text it belongs to: a node has several (say, reply, text…).
        const text = field === 'fr' || field === 'en' ? path.at(-2) : undefined;
        const owner = typeof text === 'string' ? `"${text}" is ` : '';
        return [{ offset: locate(doc, path), message: `${where}${owner}missing ${fieldName(field)}` }];
      }
      if (MOODS.includes(field) && path.includes('when')) {
        const value = typeof issue.input === 'number' ? issue.input : 50;
        return [
          {
            offset: locate(doc, path),
            message: `${where}"${field}" in a condition is a range: "${field}: { min: ${value} }" (at least ${value}), "{ max: ${value} }" (at most) or both; not ${kindOf(issue.input)}`,
          },
        ];
      }
      return [
        {
          offset: locate(doc, path),
          message: `${where}${fieldName(field)} should be ${expected(issue.expected)}, not ${kindOf(issue.input)}`,
        },
      ];
    case 'unrecognized_keys': {
      const known = knownKeys(path, data);
      if (field === 'reactions') {
        return issue.keys.map((key) => ({
          offset: locate(doc, [...path, key]),
          message: `${where}reactions: ${quoted(key)} is not a known move${didYouMean(key, known)}`,
        }));
      }
      // In a { fr: …, en: … } map, a key without a value is the tail of a text cut at an unquoted comma,
      // and a language code is a third translation, which "did you mean fr" would not help with.
      const isText = known.includes('fr');
      return issue.keys.map((key) => ({
        offset: locate(doc, [...path, key]),
        message:
          isText && (valueAt(data, [...path, key]) === null || /\s/.test(key))
            ? `${where}${quoted(key)} looks like the end of a text cut at a comma: put the whole text in quotes`
            : isText && /^[a-z]{2}(-[a-z]{2})?$/i.test(key)
              ? `${where}${quoted(key)}: a text is written in French ("fr") and English ("en") only; remove this translation`
              : `${where}unknown field ${quoted(key)}${didYouMean(key, known)}; remove it or fix its spelling`,
      }));
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const input = String(issue.input);
      const list = values.length > 12 ? `${values.slice(0, 12).join(', ')}, …` : values.join(', ');
      if (issue.input === undefined) {
        return [{ offset: locate(doc, path), message: `${where}missing ${fieldName(field)}; expected one of: ${list}` }];
      }
      // A list or a map where a name was expected: say what was written, not how JavaScript prints it.
      if (typeof issue.input !== 'string') {
        return [
          {
            offset: locate(doc, path),
            message: `${where}${fieldName(field)} should be one of: ${list}; not ${kindOf(issue.input)}`,
          },
        ];
      }
      return [
        {
          offset: locate(doc, path),
          message: `${where}${quoted(input)} is not a known ${valueKind(path)}${didYouMean(input, values)}; expected one of: ${list}`,
        },
      ];
    }
    case 'invalid_union': {
      const discriminator = 'discriminator' in issue ? issue.discriminator : undefined;
      if (discriminator === 'kind') {
        const nodePath = path[path.length - 1] === 'kind' ? path.slice(0, -1) : path;
        const kind = (valueAt(data, nodePath) as { kind?: unknown } | undefined)?.kind;
        const kinds = ['line', 'decision', 'listen', 'ending'];
        const expectedKinds = `expected one of: ${kinds.join(', ')}`;
        return [
          {
            offset: locate(doc, [...nodePath, 'kind']),
            message:
              kind === undefined
                ? `${where}missing "kind"; ${expectedKinds}`
                : typeof kind !== 'string'
                  ? `${where}"kind" should be a kind of node, not ${kindOf(kind)}; ${expectedKinds}`
                  : `${where}${quoted(kind)} is not a kind of node${didYouMean(kind, kinds)}; ${expectedKinds}`,
          },
        ];
      }
      return [{ offset: locate(doc, path), message: `${where}${fieldName(field)} has an unexpected shape` }];
    }
    case 'too_small':
      if (issue.origin === 'array') {
        return [{ offset: locate(doc, path), message: `${where}${fieldName(field)} needs at least ${issue.minimum} item(s)` }];
      }
      if (issue.origin === 'string') {
        return [{ offset: locate(doc, path), message: `${where}${fieldName(field)} is empty; write the text` }];
      }
      return [{ offset: locate(doc, path), message: `${where}${fieldName(field)} must be at least ${String(issue.minimum)}` }];
    case 'too_big':
      return [{ offset: locate(doc, path), message: `${where}${fieldName(field)} must be at most ${String(issue.maximum)}` }];
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? issue.message;
      return [
        { offset: locate(doc, path), message: `${where}${quoted(String(path[path.length - 1]))} is not a valid ID: ${inner}` },
      ];
    }
    case 'custom':
      if (field === 'points') {
        return [
          { offset: locate(doc, path), message: `${where}"points" must not be 0: a moment worth nothing; remove the entry` },
        ];
      }
      return [{ offset: locate(doc, path), message: `${where}${fieldName(field)}: ${issue.message}` }];
    default:
      return [{ offset: locate(doc, path), message: `${where}${fieldName(field)}: ${issue.message}` }];
  }
}

/** "node "intro", option 2: " — the way an author finds the place, with counts starting at 1. */
export function describePath(path: Path): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    const counted: Record<string, string> = {
      options: 'option',
      lines: 'line',
      score: 'score entry',
      route: 'route',
      prospects: 'prospect',
      sayWhen: 'sayWhen entry',
      replyWhen: 'replyWhen entry',
    };
    if (segment === 'nodes' && typeof next === 'string') {
      parts.push(`node "${next}"`);
      i++;
    } else if (typeof segment === 'string' && counted[segment] && typeof next === 'number') {
      parts.push(`${counted[segment]} ${next + 1}`);
      i++;
    }
  }
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

function lastName(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return '';
}

function fieldName(field: string): string {
  if (field === 'fr') return 'the French text ("fr")';
  if (field === 'en') return 'the English text ("en")';
  return field ? `"${field}"` : 'the file';
}

function valueKind(path: Path): string {
  const parent = path.findLast((s) => typeof s === 'string');
  if (parent === 'moves') return 'move';
  if (parent === 'lessons' || parent === 'lesson') return 'lesson ID';
  if (parent === 'skill') return 'skill';
  if (parent === 'outcome') return 'outcome';
  if (parent === 'setting') return 'setting';
  return 'value';
}

function expected(type: string): string {
  const names: Record<string, string> = {
    object: 'a map of fields',
    array: 'a list',
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
  };
  return names[type] ?? type;
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  if (typeof value === 'string') return `the text ${quoted(value)}`;
  return `${typeof value} ${String(value)}`;
}

/** What the author wrote, in quotes, cut short: a message must not repeat a line of thousands of characters. */
function quoted(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return value;
}

function isEmptyMap(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** The fields that must be written where an entry stands, in the schema's order. */
function requiredKeys(path: Path, data: unknown): string[] {
  const shape = (schemaAt(path, data)._zod.def as { shape?: Record<string, z.core.$ZodType> }).shape ?? {};
  return Object.entries(shape)
    .filter(([, field]) => field._zod.optin !== 'optional')
    .map(([name]) => name);
}

/** The field names allowed where an unknown key was found (or the moves, for `reactions`). */
function knownKeys(path: Path, data: unknown): string[] {
  const schema = schemaAt(path, data);
  const def = schema._zod.def as { shape?: Record<string, unknown>; keyType?: z.core.$ZodType };
  if (def.shape) return Object.keys(def.shape);
  const keys = (def.keyType?._zod.def as { entries?: Record<string, string> } | undefined)?.entries;
  return keys ? Object.values(keys) : [];
}

/** The schema that applies at `path`, by walking it along the data (a node's `kind` picks its schema). */
function schemaAt(path: Path, data: unknown): z.core.$ZodType {
  let schema: z.core.$ZodType = ScenarioSchema;
  let value: unknown = data;
  for (const segment of path) {
    schema = unwrap(schema, value);
    const def = schema._zod.def as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
      valueType?: z.core.$ZodType;
    };
    if (def.type === 'object' && def.shape && typeof segment === 'string') schema = def.shape[segment] ?? schema;
    else if (def.type === 'array' && def.element) schema = def.element;
    else if (def.type === 'record' && def.valueType) schema = def.valueType;
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return unwrap(schema, value);
}

function unwrap(schema: z.core.$ZodType, value: unknown): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; options?: z.core.$ZodType[] };
    if (def.type === 'optional' && def.innerType) current = def.innerType;
    else if (def.type === 'union' && def.options) {
      const kind = value && typeof value === 'object' ? (value as { kind?: unknown }).kind : undefined;
      const match = def.options.find((option) => {
        const shape = (option._zod.def as { shape?: Record<string, z.core.$ZodType> }).shape;
        const literal = shape?.kind?._zod.def as { values?: unknown[] } | undefined;
        return literal?.values?.includes(kind);
      });
      if (!match) return current;
      current = match;
    } else return current;
  }
}
