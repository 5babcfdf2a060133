import { focusOf, prospectSpeaks } from '../scenario/nodes.ts';
import type { Effects, Option, Scenario } from '../scenario/schema.ts';

/**
 * Options of one decision that do exactly the same thing: offered under the same condition, the
 * same change to the speaker's mood (their reactions to the moves plus the effects), the same
 * flags, the same scoring and the same destination. Whatever the words, choosing between them
 * teaches nothing. Options are numbered from 1 in the order of the file.
 */
export function sameOptions(scenario: Scenario): { node: string; options: [number, number] }[] {
  const found: { node: string; options: [number, number] }[] = [];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.kind !== 'decision') continue;
    const focus = scenario.prospects.find((p) => p.id === focusOf(scenario, node));
    const heard = prospectSpeaks(scenario, node);
    const signature = (option: Option) => {
      const changes: (Effects | undefined)[] = [...(heard ? option.moves.map((m) => focus?.reactions?.[m]) : []), option.effects];
      const total = { trust: 0, interest: 0, patience: 0 };
      for (const c of changes) {
        total.trust += c?.trust ?? 0;
        total.interest += c?.interest ?? 0;
        total.patience += c?.patience ?? 0;
      }
      return JSON.stringify([
        option.when ?? null,
        total,
        [...(option.sets ?? [])].sort(),
        option.score ?? [],
        option.next,
        option.route ?? [],
      ]);
    };
    const signatures = node.options.map(signature);
    signatures.forEach((a, i) => {
      signatures.forEach((b, j) => {
        if (i < j && a === b) found.push({ node: id, options: [i + 1, j + 1] });
      });
    });
  }
  return found;
}
