import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

// Only the pieces the board draws, so the chart library costs the board's chunk little.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface SpreadSeries {
  readonly label: string;
  readonly counts: readonly number[];
  readonly colour: string;
}

/**
 * A bar chart of how many players scored in each ten-point band. The canvas is described by its
 * label; the same numbers are in the board's table for anyone who cannot see the chart.
 */
export function spreadChart(canvas: HTMLCanvasElement, series: readonly SpreadSeries[], reducedMotion: boolean): Chart {
  const bands = Array.from({ length: 10 }, (_, i) => (i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`));
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: bands,
      datasets: series.map((s) => ({ label: s.label, data: [...s.counts], backgroundColor: s.colour })),
    },
    options: {
      animation: reducedMotion ? false : { duration: 300 },
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
