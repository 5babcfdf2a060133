import { type Document, isMap, isPair, isScalar, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { MOOD_PARTS } from '../scenario/registries.ts';
import { ScenarioSchema } from '../scenario/schema.ts';
import { didYouMean } from './spelling.ts';

/*
 * The schema's issues said in a trainer's words, each at the place in the file to fix: the field's
 * name when it is there, else the nearest part that exists. The loader (load.ts) decides when to
 * ask; this module only describes.
 */

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

/** A problem found by the schema, at the offset of the place to fix. */
export interface Described {
  readonly offset: number;
  readonly message: string;
}

/** Where an issue stands, as each description reads it. */
interface Place {
  readonly doc: Document;
  readonly data: unknown;
  readonly path: Path;
  /** The place in the author's words, ready to open a message. */
  readonly where: string;
  /** The innermost field named along the path. */
  readonly field: string;
}

/** The message, at the issue's own place. */
function here(place: Place, message: string): Described[] {
  return [{ offset: locate(place.doc, place.path), message }];
}

/** A schema issue in a trainer's words: what is wrong, where, and what to write instead. */
export function describeIssue(issue: z.core.$ZodIssue, doc: Document, data: unknown): Described[] {
  const path = issue.path;
  const place: Place = { doc, data, path, where: describePath(path), field: lastName(path) };
  const { where, field } = place;
  const parentPath = path.slice(0, -1);
  const parent = valueAt(data, parentPath);
  if (issue.input === undefined && isEmptyMap(parent) && parentPath.length > 0) {
    const required = requiredKeys(parentPath, data);
    return [{ offset: locate(doc, parentPath), message: `${where}this entry is empty; write ${required.join(', ')}` }];
  }
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(issue, place);
    case 'unrecognized_keys':
      return unknownKeys(issue, place);
    case 'invalid_value':
      return unknownValue(issue, place);
    case 'invalid_union':
      return unknownShape(issue, place);
    case 'too_small':
      return tooSmall(issue, place);
    case 'too_big':
      return here(place, `${where}${fieldName(field)} must be at most ${String(issue.maximum)}`);
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? issue.message;
      return here(place, `${where}${quoted(String(path[path.length - 1]))} is not a valid ID: ${inner}`);
    }
    case 'custom':
      if (field === 'points') return here(place, `${where}"points" must not be 0: a moment worth nothing; remove the entry`);
      return here(place, `${where}${fieldName(field)}: ${issue.message}`);
    default:
      return here(place, `${where}${fieldName(field)}: ${issue.message}`);
  }
}

function wrongType(issue: z.core.$ZodIssueInvalidType, place: Place): Described[] {
  const { path, where, field } = place;
  if (issue.input === undefined) {
    // A missing translation names the text it belongs to: a node has several (say, reply, text…).
    const text = field === 'fr' || field === 'en' ? path.at(-2) : undefined;
    const owner = typeof text === 'string' ? `"${text}" is ` : '';
    return here(place, `${where}${owner}missing ${fieldName(field)}`);
  }
  if (MOODS.includes(field) && path.includes('when')) {
    const value = typeof issue.input === 'number' ? issue.input : 50;
    return here(
      place,
      `${where}"${field}" in a condition is a range: "${field}: { min: ${value} }" (at least ${value}), "{ max: ${value} }" (at most) or both; not ${kindOf(issue.input)}`,
    );
  }
  return here(place, `${where}${fieldName(field)} should be ${expected(issue.expected)}, not ${kindOf(issue.input)}`);
}

function unknownKeys(issue: z.core.$ZodIssueUnrecognizedKeys, { doc, data, path, where, field }: Place): Described[] {
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

function unknownValue(issue: z.core.$ZodIssueInvalidValue, place: Place): Described[] {
  const { path, where, field } = place;
  const values = issue.values.map(String);
  const input = String(issue.input);
  const list = values.length > 12 ? `${values.slice(0, 12).join(', ')}, …` : values.join(', ');
  if (issue.input === undefined) return here(place, `${where}missing ${fieldName(field)}; expected one of: ${list}`);
  // A list or a map where a name was expected: say what was written, not how JavaScript prints it.
  if (typeof issue.input !== 'string') {
    return here(place, `${where}${fieldName(field)} should be one of: ${list}; not ${kindOf(issue.input)}`);
  }
  return here(
    place,
    `${where}${quoted(input)} is not a known ${valueKind(path)}${didYouMean(input, values)}; expected one of: ${list}`,
  );
}

/** A union the data matched no member of; for a node, what is wrong with its `kind`. */
function unknownShape(issue: z.core.$ZodIssueInvalidUnion, place: Place): Described[] {
  const { doc, data, path, where, field } = place;
  const discriminator = 'discriminator' in issue ? issue.discriminator : undefined;
  if (discriminator !== 'kind') return here(place, `${where}${fieldName(field)} has an unexpected shape`);
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

function tooSmall(issue: z.core.$ZodIssueTooSmall, place: Place): Described[] {
  const { where, field } = place;
  if (issue.origin === 'array') return here(place, `${where}${fieldName(field)} needs at least ${issue.minimum} item(s)`);
  if (issue.origin === 'string') return here(place, `${where}${fieldName(field)} is empty; write the text`);
  return here(place, `${where}${fieldName(field)} must be at least ${String(issue.minimum)}`);
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

/** What a value is, as the author wrote it: a list, a map, a text… */
export function kindOf(value: unknown): string {
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
