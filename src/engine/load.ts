import { type Document, isMap, isPair, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { formatProblem, type ScenarioProblem } from './problems.ts';
import { fail, ok, type Result } from './result.ts';
import { FORMAT_VERSION, type Scenario, ScenarioSchema } from './schema.ts';
import { checkSemantics } from './semantics.ts';
import { didYouMean } from './spelling.ts';

/**
 * Parses and validates a scenario file. Untrusted text in, a typed scenario or every problem out,
 * each located at a line and column of the file with a message meant for a trainer.
 */
export function parseScenario(text: string, file: string): Result<Scenario, ScenarioProblem> {
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

  if (doc.errors.length > 0) {
    return fail(doc.errors.map((e) => problem(e.pos[0], `YAML syntax: ${firstLine(e.message)}`)));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail([problem(0, `YAML could not be read: ${error instanceof Error ? error.message : String(error)}`)]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail([problem(0, 'a scenario file must be a map of fields (format, id, title, nodes, …)')]);
  }
  const format = (data as Record<string, unknown>).format;
  if (format !== FORMAT_VERSION) {
    const where = locate(doc, ['format']);
    const found = format === undefined ? 'no "format" field' : `format ${JSON.stringify(format)}`;
    return fail([
      problem(where, `${found}: this version of Rendez-vous reads "format: ${FORMAT_VERSION}" scenarios; add or fix the field`),
    ]);
  }

  const parsed = ScenarioSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return fail(parsed.error.issues.flatMap((issue) => describeIssue(issue, doc, data)).map((d) => problem(d.offset, d.message)));
  }
  const semantic = checkSemantics(parsed.data, (path) => locate(doc, path));
  const errors = semantic.filter((p) => p.severity === 'error');
  if (errors.length > 0) return fail(errors.map((p) => problem(p.offset, p.message)));
  return ok(parsed.data);
}

/** Warnings that do not stop a scenario from loading (used by `scenario check`). */
export function scenarioWarnings(text: string, file: string): ScenarioProblem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const parsed = ScenarioSchema.safeParse(doc.toJS({ maxAliasCount: 100 }));
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

/** The offset of the deepest YAML node that exists along `path` (a missing field points at its parent). */
export function locate(doc: Document, path: Path): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as YamlNode | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      if (depth < path.length) return node.range[0];
      return keyOffset(doc, path) ?? node.range[0];
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

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

interface Described {
  readonly offset: number;
  readonly message: string;
}

function describeIssue(issue: z.core.$ZodIssue, doc: Document, data: unknown): Described[] {
  const path = issue.path;
  const where = describePath(path);
  const field = lastName(path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return [{ offset: locate(doc, path), message: `${where}missing ${fieldName(field)}` }];
      }
      return [
        {
          offset: locate(doc, path),
          message: `${where}${fieldName(field)} should be ${expected(issue.expected)}, not ${kindOf(issue.input)}`,
        },
      ];
    case 'unrecognized_keys': {
      const known = knownKeys(path, data);
      return issue.keys.map((key) => ({
        offset: locate(doc, [...path, key]),
        message:
          known.includes('fr') && /\s/.test(key)
            ? `${where}"${key}" looks like the end of a text cut at a comma: put the whole text in quotes`
            : `${where}unknown field "${key}"${didYouMean(key, known)}; remove it or fix its spelling`,
      }));
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const input = String(issue.input);
      const list = values.length > 12 ? `${values.slice(0, 12).join(', ')}, …` : values.join(', ');
      return [
        {
          offset: locate(doc, path),
          message: `${where}"${input}" is not a known ${valueKind(path)}${didYouMean(input, values)}; expected one of: ${list}`,
        },
      ];
    }
    case 'invalid_union': {
      const discriminator = 'discriminator' in issue ? issue.discriminator : undefined;
      if (discriminator === 'kind') {
        return [
          {
            offset: locate(doc, [...path, 'kind']),
            message: `${where}"kind" must be one of: line, decision, listen, ending`,
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
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

/** The field names allowed where an unknown key was found, by walking the schema along the path. */
function knownKeys(path: Path, data: unknown): string[] {
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
  schema = unwrap(schema, value);
  const shape = (schema._zod.def as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
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
