// charts.js - Apache ECharts, served by the console itself
// (vendor/echarts.min.js, copied there at build time), loaded on the first
// page that draws a chart.
import { yuan } from './fmt.js';

let loading = null;

export function echartsReady() {
	if (window.echarts)
		return Promise.resolve(window.echarts);
	if (!loading)
		loading = new Promise((resolve, reject) => {
			const s = document.createElement('script');
			s.src = 'vendor/echarts.min.js';
			s.onload = () => resolve(window.echarts);
			s.onerror = () => { loading = null; reject(new Error('echarts')); };
			document.head.append(s);
		});
	return loading;
}

// Rows [{x, series, value}] -> a bar chart (stacked by series) in box.
// Money stays in integer fen (each bar one row's integer, or an integer
// sum); only the axis labels and tooltips show it as yuan (fmt.yuan).
export async function barChart(box, { rows, xKey, seriesKey, valueKey, money, title, horizontal = false }) {
	const echarts = await echartsReady();
	const xs = [...new Set(rows.map((r) => String(r[xKey] ?? '')))].sort();
	const ss = seriesKey ? [...new Set(rows.map((r) => String(r[seriesKey] ?? '')))] : [''];
	const idx = new Map(xs.map((x, i) => [x, i]));
	const series = ss.map((s) => {
		const data = xs.map(() => 0);
		for (const r of rows)
			if (!seriesKey || String(r[seriesKey] ?? '') === s)
				data[idx.get(String(r[xKey] ?? ''))] += Number(r[valueKey] ?? 0);
		return { name: s.label ?? s, type: 'bar', stack: 'all', barMaxWidth: 56, emphasis: { focus: 'series' },
		    data };
	});
	let chart = echarts.getInstanceByDom(box);
	if (!chart)
		chart = echarts.init(box, null, { renderer: 'canvas' });
	const cat = { type: 'category', data: xs };
	const fmt = (v) => (money ? (Number.isInteger(v) ? yuan(v) : '') : String(v));
	const val = { type: 'value', name: title, axisLabel: { formatter: fmt } };
	chart.setOption({
		animation: false,
		// Drawn on the canvas, never as HTML: no markup from data, and
		// nothing the Content-Security-Policy (no inline style) refuses.
		tooltip: { trigger: 'axis', valueFormatter: fmt, renderMode: 'richText' },
		legend: { type: 'scroll', top: 0 },
		grid: { left: 60, right: 20, top: 40, bottom: 30, containLabel: true },
		xAxis: horizontal ? val : cat,
		yAxis: horizontal ? cat : val,
		series,
	}, true);
	new ResizeObserver(() => chart.resize()).observe(box);
	return chart;
}
