// Draws each dashboard chart from its data-chart attribute with ECharts; the table beside it
// carries the same figures for screen readers and for anyone without scripts.
document.querySelectorAll('.dashboard-chart').forEach((element) => {
  const data = JSON.parse(element.dataset.chart);
  const stacked = data.kind === 'stacked';
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    color: ['#4b1fa6', '#1f7a8c', '#e0a100', '#c0392b', '#6c757d'],
    tooltip: { trigger: 'axis' },
    legend: data.series.length > 1 ? { bottom: 0 } : undefined,
    grid: { left: 8, right: 8, top: 16, bottom: data.series.length > 1 ? 40 : 8, containLabel: true },
    xAxis: { type: 'category', data: data.categories, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: data.series.map((series) => ({
      name: series.name,
      type: data.kind === 'line' ? 'line' : 'bar',
      stack: stacked ? 'total' : undefined,
      data: series.data,
    })),
  });
  window.addEventListener('resize', () => chart.resize());
});
