import { counted, formatProblem, parseScenario, type ScenarioProblem, scenarioWarnings, sortProblems } from '../engine/index.ts';

/** Validates files and lists every problem as `file:line:col: message`, sorted. */
export function checkFiles(files: readonly string[], read: (file: string) => string): { output: string; failed: boolean } {
  const problems: ScenarioProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = read(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      problems.push({ file, line: 1, column: 1, message: `cannot read the file (${code})`, severity: 'error' });
      continue;
    }
    const parsed = parseScenario(text, file);
    if (!parsed.ok) problems.push(...parsed.errors);
    else problems.push(...scenarioWarnings(text, file));
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const lines = sortProblems(problems).map(formatProblem);
  const checked = counted(files.length, 'file', 'files');
  lines.push(errors === 0 ? `${checked} checked: no errors` : `${counted(errors, 'error', 'errors')} in ${checked}`);
  return { output: lines.join('\n'), failed: errors > 0 };
}
