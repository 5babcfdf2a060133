/**
 * A valid scenario built to be as hard as possible to weigh, for the tests and the bench that show
 * the debrief stays responsive on any file that passes `check`: `decisions` decisions of `options`
 * options each, every option leading to a decision of its own that can loop on itself (insist
 * again) or move on to the next decision.
 *
 * With `remembered`, every option also sets a flag that the last route reads, so no two ways
 * through the meeting meet in one state: the states to weigh grow as `options ^ decisions`, far
 * past what the road not taken explores before it says "too large to compare". Without it, the
 * ways meet again at each decision and the meeting is small to weigh despite its size on paper.
 */
export function wideMeeting({ decisions = 20, options = 12, remembered = false } = {}): string {
  const flag = (d: number, o: number) => `picked-${d}-${o}`;
  const out: string[] = [
    'format: 1',
    `id: wide-meeting${remembered ? '-remembered' : ''}`,
    'version: 1',
    'title: { fr: Rendez-vous à tiroirs, en: A meeting of many drawers }',
    'summary: { fr: Beaucoup de choix qui reviennent sur eux-mêmes., en: Many choices that loop back on themselves. }',
    'setting: office',
    'lessons: [L11, L16]',
    'prospects:',
    '  - id: cio',
    '    name: Anne Test',
    '    role: { fr: DSI, en: CIO }',
    '    mood: { trust: 50, interest: 50, patience: 60 }',
    'rubric:',
    '  listening: { base: 50 }',
    '  closing: { base: 50 }',
    'start: d0',
    'nodes:',
  ];
  const next = (d: number) => (d + 1 < decisions ? `d${d + 1}` : 'last');
  for (let d = 0; d < decisions; d++) {
    out.push(`  d${d}:`, '    kind: decision', `    prompt: { fr: Question ${d + 1} ?, en: Question ${d + 1}? }`, '    options:');
    for (let o = 0; o < options; o++) {
      // Points differ from option to option (−4 to 4, never 0), so that the road has something to weigh.
      const spread = ((d * 7 + o * 5) % 8) - 4;
      const points = spread >= 0 ? spread + 1 : spread;
      out.push(
        `      - text: { fr: Réponse ${d + 1}.${o + 1}., en: Answer ${d + 1}.${o + 1}. }`,
        '        moves: [open-question]',
        '        lessons: [L11]',
        `        score: [{ skill: listening, points: ${points}, lesson: L11, why: { fr: Réponse pesée., en: Answer weighed. } }]`,
        ...(remembered ? [`        sets: [${flag(d, o)}]`] : []),
        `        next: d${d}-o${o}`,
      );
    }
    for (let o = 0; o < options; o++) {
      out.push(
        `  d${d}-o${o}:`,
        '    kind: decision',
        `    prompt: { fr: Insister ${d + 1}.${o + 1} ?, en: Insist ${d + 1}.${o + 1}? }`,
        '    options:',
        `      - text: { fr: J’insiste encore., en: I insist once more. }`,
        '        moves: [force-decision]',
        '        lessons: [L16]',
        `        score: [{ skill: closing, points: -1, lesson: L16, why: { fr: Insistant., en: Pushy. } }]`,
        `        next: d${d}-o${o}`,
        `      - text: { fr: Passons à la suite., en: Let us move on. }`,
        '        moves: [propose-next-step]',
        '        lessons: [L16]',
        `        score: [{ skill: closing, points: 1, lesson: L16, why: { fr: Avancé., en: Moved on. } }]`,
        `        next: ${next(d)}`,
      );
    }
  }
  // With `remembered` the last line reads every flag (one route per option), so that what was
  // picked anywhere stays part of the state until the end.
  const routes = remembered
    ? Array.from({ length: decisions }, (_, d) =>
        Array.from({ length: options }, (_, o) => `      - { when: { flags: [${flag(d, o)}] }, to: later }`),
      ).flat()
    : [];
  out.push(
    '  last:',
    '    kind: line',
    '    speaker: cio',
    '    say: { fr: Bien. Et maintenant ?, en: Right. What now? }',
    ...(remembered ? ['    route:', ...routes] : []),
    '    next: won',
    '  won:',
    '    kind: ending',
    '    outcome: advance',
    '    title: { fr: Gagné, en: Won }',
    '    say: { fr: À mardi., en: See you Tuesday. }',
    '    epilogue: { fr: Le contrat suit., en: The contract follows. }',
    ...(remembered
      ? [
          '  later:',
          '    kind: ending',
          '    outcome: continuation',
          '    title: { fr: Plus tard, en: Later }',
          '    say: { fr: Au revoir., en: Goodbye. }',
          '    epilogue: { fr: On verra., en: We will see. }',
        ]
      : []),
  );
  return `${out.join('\n')}\n`;
}
