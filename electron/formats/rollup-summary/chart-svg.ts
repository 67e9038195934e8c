// A chart's options (core/rollup-charts.ts) drawn as SVG text without a DOM: ECharts' server-side SVG renderer.
// The 汇总 page draws the same options in the browser.
import { init, setPlatformAPI } from 'echarts';
import type { EChartsOption } from 'echarts';

/** The width of `text` at `size` in the face the SVG's text will be set in. */
export type MeasureText = (text: string, size: number) => number;

/** ECharts' default size, for a font string that names none. */
const DEFAULT_SIZE = 12;

/**
 * The chart as an SVG document `width` × `height` pixels, one pixel to be placed as one point. Without a canvas
 * ECharts guesses text widths; `measure` gives the real ones, so that labels are laid out where they will print.
 */
export function chartSvg(option: EChartsOption, width: number, height: number, measure: MeasureText): string {
  setPlatformAPI({
    measureText: (text: string, font?: string) => {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? DEFAULT_SIZE);
      return { width: measure(text, size) };
    },
  });
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
