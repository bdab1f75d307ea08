import type RealLoadChartJS from "discourse/lib/load-chart-js";

/**
 * Discourse's loadChartJS for the playground: the Chart.js version
 * Discourse ships, loaded on first use, so the stats view draws a real
 * chart there (the component tests record what they would draw instead).
 */
const loadChartJS: typeof RealLoadChartJS = async () =>
  (await import("chart.js/auto")).default;

export default loadChartJS;
