// One chart.js chart on a canvas, registered with only the pieces the dashboard draws (bar, line,
// doughnut) so the lazy chunk stays small. A click on a bar, point or slice calls onPick with its
// index; the chart redraws when its data changes and is destroyed with the component.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);
Chart.defaults.font.family = "-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
Chart.defaults.maintainAspectRatio = false;

export function ChartCanvas({
  config,
  onPick,
  height = 260,
  label,
}: {
  config: ChartConfiguration;
  /** The index of the clicked element (bar, point, slice) and of its dataset. */
  onPick?: (index: number, datasetIndex: number) => void;
  height?: number;
  /** What the chart shows, for screen readers. */
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    if (!ref.current) return;
    const chart = new Chart(ref.current, {
      ...config,
      options: {
        ...config.options,
        onClick: (_e, elements) => {
          const el = elements[0];
          if (el) pick.current?.(el.index, el.datasetIndex);
        },
        onHover: (e, elements) => {
          const target = e.native?.target as HTMLElement | undefined;
          if (target) target.style.cursor = elements.length && pick.current ? 'pointer' : 'default';
        },
      },
    });
    // the page's width changes when printing: redraw at the paper's width
    const resize = () => chart.resize();
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      chart.destroy();
    };
  }, [config]);
  return (
    <div style={{ position: 'relative', height, width: '100%' }} className="chart-box">
      <canvas ref={ref} role="img" aria-label={label} />
    </div>
  );
}
