// A chart's options (core/rollup-charts.ts) drawn as SVG text without a DOM: ECharts' server-side SVG renderer.
// The 汇总 page draws the same options in the browser.
import { init } from 'echarts';
import type { EChartsOption } from 'echarts';

/** The chart as an SVG document `width` × `height` pixels, one pixel to be placed as one point. */
export function chartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
