// Draws each dashboard chart from its data-chart attribute with ECharts; the table beside it
// carries the same figures for screen readers and for anyone without scripts. Canvas, not SVG:
// the SVG renderer styles its text with style attributes, which the portal's CSP refuses.
const WEEK_OR_DAY = /^\d{4}-\d{2}(-\d{2})?$/;
const BAR_HEIGHT = 34;
const LABEL_WIDTH = 150;

// Room for the legend's longest name on one line (ECharts' default 12 px text), and its colour mark.
const legendWidth = (series) => 40 + 7 * Math.max(...series.map((one) => one.name.length));

document.querySelectorAll('.dashboard-chart').forEach((element) => {
  const data = JSON.parse(element.dataset.chart);
  const stacked = data.kind === 'stacked';
  const legend = data.series.length > 1;
  // Weeks and days run along a time axis. Reasons, companies and other names read best as
  // horizontal bars: every label on a line of its own, in full (wrapped, never hidden).
  const timeline = data.categories.every((category) => WEEK_OR_DAY.test(category));
  const categories = timeline
    ? { type: 'category', data: data.categories, axisLabel: { hideOverlap: true, rotate: data.categories.length > 6 ? 30 : 0 } }
    : { type: 'category', data: data.categories, inverse: true, axisLabel: { interval: 0, width: LABEL_WIDTH, overflow: 'break' } };
  // Values in the reader's language and short ("600K", "1,2 M"), so that amounts fit between the ticks.
  const compact = new Intl.NumberFormat(document.documentElement.lang || undefined, { notation: 'compact' });
  const values = { type: 'value', minInterval: 1, axisLabel: { hideOverlap: true, formatter: (value) => compact.format(value) } };
  if (!timeline) {
    element.style.height = `${Math.max(180, 48 + data.categories.length * BAR_HEIGHT)}px`;
  }
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    color: ['#4b1fa6', '#1f7a8c', '#e0a100', '#c0392b', '#6c757d'],
    tooltip: { trigger: 'axis' },
    // Beside the plot, one series a line: under it, the legend met the week labels; above it, long
    // names ran into each other.
    legend: legend ? { orient: 'vertical', right: 0, top: 'middle' } : undefined,
    grid: { left: 8, right: legend ? legendWidth(data.series) + 8 : 24, top: 16, bottom: 8, containLabel: true },
    xAxis: timeline ? categories : values,
    yAxis: timeline ? values : categories,
    series: data.series.map((series) => ({
      name: series.name,
      type: data.kind === 'line' ? 'line' : 'bar',
      stack: stacked ? 'total' : undefined,
      data: series.data,
    })),
  });
  window.addEventListener('resize', () => chart.resize());
});
