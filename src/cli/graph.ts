import { type Lang, pick, type Scenario, scenarioFlowchart } from '../engine/index.ts';

/** The Markdown file `graph --out` writes: a title and the flowchart in a mermaid fence. */
export function flowchartMarkdown(scenario: Scenario, lang: Lang): string {
  return `# ${pick(scenario.title, lang)}\n\n\`\`\`mermaid\n${scenarioFlowchart(scenario, lang)}\`\`\`\n`;
}
