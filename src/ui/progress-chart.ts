import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { type Progress, skillHistory } from '../engine/debrief/progress.ts';
import type { Lang } from '../engine/index.ts';
import { SKILL_NAMES } from './strings.ts';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * Each skill's score over the player's attempts, one point per attempt. The canvas is described by
 * its label; the same figures are in the history table for anyone who cannot see the chart.
 */
export function historyChart(
  canvas: HTMLCanvasElement,
  progress: Progress,
  lang: Lang,
  titleOf: (scenarioId: string) => string,
  reducedMotion: boolean,
): Chart {
  const listening = skillHistory(progress, 'listening');
  const closing = skillHistory(progress, 'closing');
  const day = (iso: string) =>
    new Date(iso).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short' });
  return new Chart(canvas, {
    type: 'line',
    data: {
      // The attempt's number, as in the table, over its day: progress is read over weeks.
      labels: listening.map((p, i) => [String(i + 1), day(p.at)]),
      datasets: [
        {
          label: SKILL_NAMES.listening[lang],
          data: listening.map((p) => p.score),
          borderColor: '#1f3a5f',
          backgroundColor: '#1f3a5f',
        },
        {
          label: SKILL_NAMES.closing[lang],
          data: closing.map((p) => p.score),
          borderColor: '#b9532f',
          backgroundColor: '#b9532f',
        },
      ],
    },
    options: {
      animation: reducedMotion ? false : { duration: 300 },
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { min: 0, max: 100 } },
      plugins: {
        legend: { position: 'bottom' },
        // The points of different meetings share one line: the tooltip says which meeting each is.
        tooltip: {
          callbacks: {
            title: ([item]) => {
              const point = item ? listening[item.dataIndex] : undefined;
              return item && point ? `${item.dataIndex + 1}. ${titleOf(point.scenarioId)} — ${day(point.at)}` : '';
            },
            // French puts a (narrow) space before a colon; Chart.js's default label does not.
            label: (item) => `${item.dataset.label ?? ''}${lang === 'fr' ? '\u00a0:' : ':'} ${item.formattedValue}`,
          },
        },
      },
    },
  });
}
