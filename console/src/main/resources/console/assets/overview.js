// Draws the overview's two line charts from the JSON in #chart-data's data-chart attribute, and again each time
// htmx swaps in a fresh #live (every 10 s). A file, not an inline script: the Content-Security-Policy allows
// scripts from the console only.
(() => {
  const charts = [];
  const palette = ["#2456c9", "#1f7a3d", "#b26a00", "#b3261e", "#6b3fa0", "#0f7c8c", "#8a6d1f", "#c2185b", "#5b6475"];

  function minuteLabel(iso) {
    return iso.substring(11, 16);
  }

  function draw(canvasId, labels, series) {
    const canvas = document.getElementById(canvasId);
    if (!canvas || typeof Chart === "undefined") {
      return;
    }
    charts.push(new Chart(canvas, {
      type: "line",
      data: {
        labels: labels,
        datasets: series.map((line, i) => ({
          label: line.name,
          data: line.values,
          borderColor: palette[i % palette.length],
          backgroundColor: palette[i % palette.length],
          pointRadius: 0,
          borderWidth: 2,
          tension: 0.2
        }))
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { ticks: { maxTicksLimit: 12 } } },
        plugins: { legend: { position: "bottom" } }
      }
    }));
  }

  function render() {
    const source = document.getElementById("chart-data");
    if (!source) {
      return;
    }
    while (charts.length > 0) {
      charts.pop().destroy();
    }
    const data = JSON.parse(source.dataset.chart);
    const labels = data.minutes.map(minuteLabel);
    draw("chart-by-store", labels, data.byStore);
    draw("chart-by-destination", labels, data.byDestination);
    document.getElementById("live").dataset.chartsDrawn = String(data.byStore.length + data.byDestination.length);
  }

  document.addEventListener("DOMContentLoaded", render);
  document.addEventListener("htmx:afterSettle", (event) => {
    if (event.target && event.target.id === "live") {
      render();
    }
  });
})();
