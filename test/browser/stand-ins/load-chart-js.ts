import type RealLoadChartJS from "discourse/lib/load-chart-js";

/** What a test's Chart was drawn with. */
export interface DrawnChart {
  canvas: HTMLCanvasElement;
  config: unknown;
  destroyed: boolean;
}

export const drawnCharts: DrawnChart[] = [];

/** Records what it would draw instead of drawing. */
class FakeChart {
  drawn: DrawnChart;

  constructor(canvas: HTMLCanvasElement, config: unknown) {
    this.drawn = { canvas, config, destroyed: false };
    drawnCharts.push(this.drawn);
  }

  destroy(): void {
    this.drawn.destroyed = true;
  }
}

let failing = false;

/** Makes the next loads fail, as a blocked or missing bundle would. */
export function failChartLoading(fail: boolean): void {
  failing = fail;
}

export function resetCharts(): void {
  drawnCharts.length = 0;
  failing = false;
}

const loadChartJS: typeof RealLoadChartJS = () =>
  failing
    ? Promise.reject(new Error("Chart.js could not be loaded"))
    : Promise.resolve(
        FakeChart as unknown as Awaited<ReturnType<typeof RealLoadChartJS>>
      );

export default loadChartJS;
