import { type Lang, pick, type Text } from '../scenario/lang.ts';
import { MOOD_PARTS } from '../scenario/registries.ts';
import type { Condition, Scenario, ScenarioNode } from '../scenario/schema.ts';

/**
 * A scenario as a Mermaid flowchart: one box per node (a rhombus for decisions, a stadium for
 * listening windows, a circle for endings coloured by outcome), one arrow per way out, labelled
 * with the option's number and moves; routes are dotted arrows labelled with their condition.
 */

const OUTCOME_STYLES = {
  advance: 'fill:#d8f0dc,stroke:#2e7d32,color:#1b3d1f',
  continuation: 'fill:#fdf1cc,stroke:#a67c00,color:#4a3800',
  lost: 'fill:#f8d7da,stroke:#b3261e,color:#5c1410',
} as const;

/**
 * Text made safe inside a quoted Mermaid label: every character Mermaid or its HTML could read as
 * syntax becomes an entity code (`#35;` is "#"), line breaks become spaces, and long texts are cut.
 */
export function mermaidLabel(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return cut.replace(/["#<>&[\]{}()|`;]/g, (c) => `#${c.charCodeAt(0)};`);
}

/** Node IDs are slugs; a prefix keeps Mermaid's keywords (`end`, `graph`…) and edge letters (`o`, `x`) out. */
function ref(id: string): string {
  return `n_${id.replace(/-/g, '_')}`;
}

function conditionLabel(when: Condition): string {
  const parts: string[] = [];
  if (when.variant) parts.push(`variant ${when.variant.join('/')}`);
  for (const mood of MOOD_PARTS) {
    const range = when[mood];
    if (range?.min !== undefined) parts.push(`${mood} ≥ ${range.min}`);
    if (range?.max !== undefined) parts.push(`${mood} ≤ ${range.max}`);
  }
  if (when.flags) parts.push(when.flags.join(' + '));
  if (when.notFlags) parts.push(when.notFlags.map((f) => `not ${f}`).join(' + '));
  return `if ${parts.join(', ')}`;
}

function box(id: string, node: ScenarioNode, lang: Lang): string {
  const say = (t: Text | undefined) => (t ? `: ${pick(t, lang)}` : '');
  switch (node.kind) {
    case 'line':
      return `${ref(id)}["${mermaidLabel(`${id}${say(node.say)}`)}"]`;
    case 'decision':
      return `${ref(id)}{"${mermaidLabel(`${id}${say(node.prompt ?? node.say)}`)}"}`;
    case 'listen':
      return `${ref(id)}(["${mermaidLabel(`${id}${say(node.lines[0]?.say)}`)}"])`;
    case 'ending':
      return `${ref(id)}(("${mermaidLabel(`${id}: ${pick(node.title, lang)} (${node.outcome})`)}"))`;
  }
}

function arrows(id: string, node: ScenarioNode): string[] {
  const out: string[] = [];
  const way = (
    label: string,
    routing: { next: string; route?: readonly { when: Condition; to: string }[] | undefined },
    optionLabel: string,
  ) => {
    for (const r of routing.route ?? []) {
      out.push(`${ref(id)} -.->|"${mermaidLabel(`${optionLabel}${conditionLabel(r.when)}`, 80)}"| ${ref(r.to)}`);
    }
    out.push(label ? `${ref(id)} -->|"${mermaidLabel(label, 80)}"| ${ref(routing.next)}` : `${ref(id)} --> ${ref(routing.next)}`);
  };
  switch (node.kind) {
    case 'line':
      way('', node, '');
      break;
    case 'decision':
      node.options.forEach((option, i) => {
        const name = `${i + 1}. ${option.moves.join(', ')}`;
        way(option.when ? `${name} (${conditionLabel(option.when)})` : name, option, `${i + 1}. `);
      });
      break;
    case 'listen':
      way(`i. ${node.interrupt.moves.join(', ')}`, node.interrupt, 'i. ');
      way('let-finish', node.finish, 'let-finish, ');
      break;
    case 'ending':
      break;
  }
  return out;
}

/** The flowchart text (without a Markdown fence), labels in `lang`. */
export function scenarioFlowchart(scenario: Scenario, lang: Lang): string {
  const lines = ['flowchart TD'];
  for (const [id, node] of Object.entries(scenario.nodes)) lines.push(`  ${box(id, node, lang)}`);
  for (const [id, node] of Object.entries(scenario.nodes)) for (const a of arrows(id, node)) lines.push(`  ${a}`);
  if (scenario.walkout) {
    const note = lang === 'fr' ? 'patience à 0, à tout moment' : 'patience at 0, at any time';
    lines.push(`  walkout_note["${mermaidLabel(note)}"] -.-> ${ref(scenario.walkout)}`);
  }
  for (const [outcome, style] of Object.entries(OUTCOME_STYLES)) lines.push(`  classDef ${outcome} ${style}`);
  for (const outcome of Object.keys(OUTCOME_STYLES)) {
    const ids = Object.entries(scenario.nodes).flatMap(([id, n]) =>
      n.kind === 'ending' && n.outcome === outcome ? [ref(id)] : [],
    );
    if (ids.length > 0) lines.push(`  class ${ids.join(',')} ${outcome}`);
  }
  lines.push('  classDef start stroke-width:3px', `  class ${ref(scenario.start)} start`);
  return `${lines.join('\n')}\n`;
}
