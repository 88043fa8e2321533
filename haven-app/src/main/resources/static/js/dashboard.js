// Draws the dashboard's charts with ECharts from the JSON the server put in #dashboard-data.
// The same figures are in the tables next to each chart; nothing here fetches or computes counts.
(function () {
  'use strict';

  function start() {
    var holder = document.getElementById('dashboard-data');
    if (!holder || typeof echarts === 'undefined') return;
    var d = JSON.parse(holder.dataset.dashboard);
    var label = {
      female: holder.dataset.labelFemale, male: holder.dataset.labelMale, total: holder.dataset.labelTotal,
      cumulative: holder.dataset.labelCumulative, baseline: holder.dataset.labelBaseline,
      occupied: holder.dataset.labelOccupied, free: holder.dataset.labelFree
    };
    var charts = {
      'arrivals': arrivals, 'cumulative': cumulative, 'pyramid': pyramid, 'needs': needs,
      'household-sizes': householdSizes, 'origin-settlements': originSettlements,
      'shelter': shelter, 'tracing': tracing
    };
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var draw = charts[el.dataset.chart];
      if (!draw) return;
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(draw(d, label, el));
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  function arrivals(d) {
    return {
      tooltip: { trigger: 'axis' }, legend: { type: 'scroll', bottom: 0 },
      grid: { left: 50, right: 20, top: 20, bottom: 60 },
      xAxis: { type: 'category', data: d.arrivals.days }, yAxis: { type: 'value' },
      series: d.arrivals.byPoint.map(function (s) {
        return { name: s.point, type: 'bar', stack: 'points', data: s.persons };
      })
    };
  }

  function cumulative(d, label) {
    var series = d.arrivals.byPoint.map(function (s) {
      return { name: s.point, type: 'line', data: s.cumulative, showSymbol: false };
    });
    series.push({
      name: label.total, type: 'line', data: d.arrivals.cumulative, lineStyle: { width: 3 },
      markLine: { symbol: 'none', label: { formatter: label.baseline + ': {c}' },
        data: [{ yAxis: d.baseline.population }] }
    });
    return {
      tooltip: { trigger: 'axis' }, legend: { type: 'scroll', bottom: 0 },
      grid: { left: 60, right: 20, top: 30, bottom: 60 },
      xAxis: { type: 'category', data: d.arrivals.days },
      yAxis: { type: 'value', max: function (v) { return Math.max(v.max, d.baseline.population); } },
      series: series
    };
  }

  // Females to the right, males to the left: the usual population pyramid.
  function pyramid(d, label) {
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
        valueFormatter: function (v) { return Math.abs(v); } },
      legend: { bottom: 0 }, grid: { left: 70, right: 20, top: 10, bottom: 40 },
      xAxis: { type: 'value', axisLabel: { formatter: function (v) { return Math.abs(v); } } },
      yAxis: { type: 'category', data: d.pyramid.bands },
      series: [
        { name: label.male, type: 'bar', stack: 'sex', data: d.pyramid.male.map(function (n) { return -n; }) },
        { name: label.female, type: 'bar', stack: 'sex', data: d.pyramid.female }
      ]
    };
  }

  function needs(d) {
    var rows = d.needs.slice().reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 160, right: 20, top: 10, bottom: 20 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: rows.map(function (n) { return n.need; }) },
      series: [{ type: 'bar', data: rows.map(function (n) { return n.persons; }) }]
    };
  }

  function householdSizes(d) {
    return {
      tooltip: { trigger: 'axis' }, grid: { left: 50, right: 20, top: 10, bottom: 30 },
      xAxis: { type: 'category', data: d.householdSizes.map(function (s) { return s.size; }) },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: d.householdSizes.map(function (s) { return s.households; }) }]
    };
  }

  function originSettlements(d, label, el) {
    // Known settlements come under their gazetteer (English) name; the page gives the reader's.
    var names = el && el.dataset.names ? JSON.parse(el.dataset.names) : {};
    var top = d.originSettlements.slice(0, 20).reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 140, right: 20, top: 10, bottom: 20 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: top.map(function (s) { return names[s.settlement] || s.settlement || '?'; }) },
      series: [{ type: 'bar', data: top.map(function (s) { return s.persons; }) }]
    };
  }

  function shelter(d, label) {
    var rows = d.shelter || [];
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, legend: { bottom: 0 },
      grid: { left: 110, right: 20, top: 10, bottom: 40 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: rows.map(function (r) { return r.name; }) },
      series: [
        { name: label.occupied, type: 'bar', stack: 'beds', data: rows.map(function (r) { return r.occupied; }) },
        { name: label.free, type: 'bar', stack: 'beds', data: rows.map(function (r) { return r.free; }) }
      ]
    };
  }

  function tracing(d) {
    var statuses = Object.keys(d.tracing || {});
    return {
      tooltip: { trigger: 'axis' }, grid: { left: 50, right: 20, top: 10, bottom: 30 },
      xAxis: { type: 'category', data: statuses }, yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: statuses.map(function (s) { return d.tracing[s]; }) }]
    };
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
