// One chart of core/rollup-charts.ts drawn by ECharts in the page, as SVG: the summary PDF draws the same options
// with ECharts' server-side SVG renderer. Only the parts the roll-up's charts use are loaded.
import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import { init, use as registerParts, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

registerParts([BarChart, GridComponent, TitleComponent, SVGRenderer]);

/** Before the first layout (or in a test's DOM) the box has no width yet: draw at this until it does. */
const FALLBACK_WIDTH = 480;

export function EChart({ option, height, label }: { option: EChartsCoreOption; height: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current!;
    const chart = init(element, null, { renderer: 'svg', width: element.clientWidth || FALLBACK_WIDTH, height });
    chart.setOption(option);
    // The page's width changes with the window: the chart follows its box.
    const observer = new ResizeObserver(() => {
      if (element.clientWidth) chart.resize({ width: element.clientWidth, height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option, height]);
  return <div ref={box} className="rollup-chart" role="img" aria-label={label} style={{ height }} />;
}
