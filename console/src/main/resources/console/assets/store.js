// Draws a store's hourly chart from the data-chart attribute its page renders (a file, not an inline script: the
// Content-Security-Policy allows scripts from the console only). Lines: the hour's source, received and processed
// orders, and each destination's delivered purchases; bars: those the reconciler's repairs delivered. An hour the
// reconciler has not measured is null and stays a gap.
document.addEventListener("DOMContentLoaded", () => {
  const canvas = document.getElementById("store-chart");
  if (!canvas || typeof Chart === "undefined") {
    return;
  }
  const data = JSON.parse(canvas.dataset.chart);
  const palette = ["#2456c9", "#1f7a3d", "#b26a00", "#8a3ab9", "#0f7c8c", "#b3261e"];
  const line = (label, values, colour, dash) => ({
    type: "line", label, data: values, borderColor: colour, backgroundColor: colour,
    borderDash: dash || [], pointRadius: 2, tension: 0, spanGaps: false
  });
  const datasets = [
    line("source", data.source, "#1d2330", [6, 3]),
    line("received", data.received, "#5b6475", [2, 2]),
    line("processed", data.processed, "#9aa3b5")
  ];
  data.destinations.forEach((destination, index) => {
    const colour = palette[index % palette.length];
    datasets.push(line("delivered · " + destination.name, destination.delivered, colour));
    datasets.push({
      type: "bar", label: "repaired · " + destination.name, data: destination.repaired,
      backgroundColor: colour + "55", borderColor: colour, borderWidth: 1
    });
  });
  new Chart(canvas, {
    data: { labels: data.labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: "index", intersect: false },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } }
    }
  });
  canvas.dataset.rendered = "true";
});
