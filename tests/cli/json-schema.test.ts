import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { SCHEMA_FILE, scenarioJsonSchema } from '../../src/cli/json-schema.ts';
import { readFixture } from '../engine/fixtures.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

const committed = readFileSync(SCHEMA_FILE, 'utf8');
const schema = JSON.parse(committed) as Schema;

/**
 * A deliberately small JSON Schema checker, enough for the keywords the generated schema uses,
 * so that the test proves an editor would accept the shipped files without adding a validator
 * dependency. It throws on a keyword it does not know, so it cannot silently accept.
 */
function violations(value: Json, s: Schema, path = '$'): string[] {
  const known = new Set([
    '$schema',
    'title',
    'description',
    'definitions',
    '$ref',
    'type',
    'properties',
    'required',
    'additionalProperties',
    'propertyNames',
    'items',
    'minItems',
    'enum',
    'const',
    'pattern',
    'minLength',
    'minimum',
    'maximum',
    'oneOf',
    'allOf',
  ]);
  const unknown = Object.keys(s).filter((k) => !known.has(k));
  if (unknown.length > 0) throw new Error(`checker does not know ${unknown.join(', ')}`);
  const out: string[] = [];
  const isObject = (v: Json): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (typeof s.$ref === 'string') {
    const name = s.$ref.replace('#/definitions/', '');
    const target = (schema.definitions as Schema)[name];
    if (!isObject(target ?? null)) throw new Error(`unresolved ${s.$ref}`);
    out.push(...violations(value, target as Schema, path));
  }
  if (s.type !== undefined) {
    const types: Record<string, (v: Json) => boolean> = {
      object: isObject,
      array: Array.isArray,
      string: (v) => typeof v === 'string',
      number: (v) => typeof v === 'number',
      integer: (v) => Number.isInteger(v),
      boolean: (v) => typeof v === 'boolean',
    };
    const check = types[String(s.type)];
    if (!check) throw new Error(`checker does not know type ${String(s.type)}`);
    if (!check(value)) return [...out, `${path}: not ${String(s.type)}`];
  }
  if (s.const !== undefined && value !== s.const) out.push(`${path}: not ${String(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.includes(value)) out.push(`${path}: ${String(value)} not in enum`);
  if (typeof value === 'string') {
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern).test(value)) out.push(`${path}: pattern`);
    if (typeof s.minLength === 'number' && value.length < s.minLength) out.push(`${path}: too short`);
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) out.push(`${path}: below minimum`);
    if (typeof s.maximum === 'number' && value > s.maximum) out.push(`${path}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) out.push(`${path}: too few items`);
    if (isObject(s.items ?? null)) {
      value.forEach((v, i) => {
        out.push(...violations(v, s.items as Schema, `${path}[${i}]`));
      });
    }
  }
  if (isObject(value)) {
    const properties = isObject(s.properties ?? null) ? (s.properties as Schema) : {};
    for (const key of Array.isArray(s.required) ? s.required : []) {
      if (!(String(key) in value)) out.push(`${path}: missing ${String(key)}`);
    }
    for (const [key, v] of Object.entries(value)) {
      const own = properties[key];
      if (isObject(own ?? null)) out.push(...violations(v, own as Schema, `${path}.${key}`));
      else if (s.additionalProperties === false) out.push(`${path}: unknown field ${key}`);
      else if (isObject(s.additionalProperties ?? null))
        out.push(...violations(v, s.additionalProperties as Schema, `${path}.${key}`));
      if (isObject(s.propertyNames ?? null)) out.push(...violations(key, s.propertyNames as Schema, `${path} key ${key}`));
    }
  }
  if (Array.isArray(s.allOf)) for (const part of s.allOf) out.push(...violations(value, part as Schema, path));
  if (Array.isArray(s.oneOf)) {
    const passing = s.oneOf.filter((part) => violations(value, part as Schema, path).length === 0).length;
    if (passing !== 1) out.push(`${path}: matches ${passing} of oneOf`);
  }
  return out;
}

describe('docs/scenario.schema.json', () => {
  test('is what the code generates today', () => {
    // When this fails, the zod schema changed: run `npm run schema` (npx tsx src/cli/json-schema.ts) and commit the file.
    expect(
      committed,
      'docs/scenario.schema.json is stale: regenerate it with `npm run schema` (or `npx tsx src/cli/json-schema.ts`) and commit it',
    ).toBe(scenarioJsonSchema());
  });

  const root = fileURLToPath(new URL('../../', import.meta.url));
  const shipped = readdirSync(`${root}dialogues`)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [`dialogues/${f}`, readFileSync(`${root}dialogues/${f}`, 'utf8')]);
  test.each([...shipped, ['tests/fixtures/small-meeting.yaml', readFixture('small-meeting.yaml')]])(
    'accepts %s and points editors at itself',
    (name, text) => {
      expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+docs\/scenario\.schema\.json$/);
      const relative = text.split('\n')[0]?.replace(/^.*\$schema=/, '') ?? '';
      expect(fileURLToPath(new URL(relative, new URL(name, `file://${root}`)))).toBe(SCHEMA_FILE);
      expect(violations(parse(text) as Json, schema)).toEqual([]);
    },
  );

  test('rejects a misspelt field, an unknown move and a node without its kind', () => {
    const text = readFixture('small-meeting.yaml')
      .replace('    prompt: { fr: Que', '    promt: { fr: Que')
      .replace('moves: [force-decision]', 'moves: [force-decison]');
    const found = violations(parse(text) as Json, schema);
    expect(found).toContain('$.nodes.close: matches 0 of oneOf');
    const close = (parse(text) as { nodes: { close: Json } }).nodes.close;
    const decision = (schema.definitions as Record<string, Schema>).DecisionNode as Schema;
    expect(violations(close, decision, 'close')).toEqual(
      expect.arrayContaining(['close: unknown field promt', 'close.options[0].moves[0]: force-decison not in enum']),
    );
  });

  test('describes fields so that editors show help', () => {
    const option = (schema.definitions as Record<string, { properties: Record<string, { description?: string }> }>).Option;
    expect(option?.properties.moves?.description).toMatch(/What the player does/);
  });
});
