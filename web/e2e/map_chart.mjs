// Browser check of the network map (#/map) and the give/take chart on it,
// for run.mjs to call on a logged-in page of a server with demo data:
//
//   import { checkMapAndChart } from "./map_chart.mjs";
//   await step("network map and give/take chart", () => checkMapAndChart(page, base));
//
// Checks that the map is drawn (pixels on the canvas) with the demo's people
// as nodes, that its legend lists the networks the API has, that the list
// of links and a tap on a node both open a person's page, that the chart
// is drawn and counts what the ledger holds, and that no part of it broke
// the Content Security Policy (no inline style, no eval).

function check(condition, message) {
  if (!condition) throw new Error("check failed: " + message);
}

// Whether some canvas under `selector` has a pixel that is not transparent.
const drawn = (selector) =>
  [...document.querySelectorAll(selector)].some((canvas) => {
    if (!canvas.width || !canvas.height) return false;
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  });

const api = (page, path) =>
  page.evaluate(async (p) => (await fetch("/api/v1" + p)).json(), path);

export async function checkMapAndChart(page, base) {
  const violations = [];
  const onConsole = (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  };
  page.on("console", onConsole);
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__csp.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    );
  });
  try {
    await page.goto(base + "/#/map");
    await page.reload(); // so the init script watches this document from its start

    // The map: drawn, with me and the demo's people.
    await page.waitForSelector(".map-box[data-state=drawn]", { timeout: 30_000 });
    const nodes = Number(await page.getAttribute(".map-box", "data-nodes"));
    const edges = Number(await page.getAttribute(".map-box", "data-edges"));
    check(nodes > 1 && edges > 0, `the map has people and lines (${nodes} nodes, ${edges} edges)`);
    await page.waitForFunction(drawn, ".map-box canvas", { timeout: 10_000 });
    // Cytoscape keeps its instance on the container as _cyreg.cy.
    const cyNodes = await page.evaluate(
      () => document.querySelector(".map-box")._cyreg.cy.nodes().length,
    );
    check(cyNodes === nodes, `cytoscape holds all ${nodes} nodes (${cyNodes})`);

    // The legend: the networks the API has, no others.
    const networks = new Set((await api(page, "/networks?limit=500")).items.map((n) => n.name));
    const legend = await page.$$eval(
      ".map-legend li[data-network]:not([data-network=''])",
      (items) => items.map((li) => li.textContent.replace(/\s*\(\d+\)\s*$/, "").trim()),
    );
    check(legend.length > 0, "the legend lists networks");
    check(legend.every((name) => networks.has(name)), `legend names are networks: ${legend}`);

    // The list: one link per person on the map, which opens their page.
    await page.click(".map-list summary");
    const links = page.locator(".map-list a[href^='#/people/']");
    check((await links.count()) === nodes - 1, `the list has the map's ${nodes - 1} people`);
    const first = links.first();
    const href = await first.getAttribute("href");
    const name = (await first.textContent()).trim();
    await first.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((h) => location.hash === h, href);
    await page.waitForSelector(`main h1:has-text(${JSON.stringify(name)})`);

    // The chart on the map screen: drawn, counting what the ledger holds.
    await page.goto(base + "/#/map");
    await page.waitForSelector(".give-take canvas");
    await page.waitForFunction(drawn, ".give-take canvas", { timeout: 10_000 });
    const ledger = (await api(page, "/ledger?limit=1")).total;
    const given = Number(await page.getAttribute(".give-take", "data-given"));
    const received = Number(await page.getAttribute(".give-take", "data-received"));
    check(ledger > 0 && given + received === ledger,
          `the chart counts ${ledger} entries (${given} + ${received})`);
    const label = await page.getAttribute(".give-take canvas", "aria-label");
    check(label.includes(String(given)) && label.includes(String(received)),
          "the chart's label has the numbers");
    const rows = await page.$$eval(".give-take tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.textContent))),
    );
    check(rows.reduce((sum, [g, r]) => sum + g + r, 0) === ledger,
          "the table adds up to the ledger");

    // A tap on a person's node opens their page.
    await page.waitForSelector(".map-box[data-state=drawn]");
    const spot = await page.evaluate(() => {
      const box = document.querySelector(".map-box");
      const cy = box._cyreg.cy;
      const node = cy.nodes().filter((n) => n.data("person") !== null).first();
      const p = node.renderedPosition();
      const r = box.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y, person: node.data("person") };
    });
    await page.mouse.click(spot.x, spot.y);
    await page.waitForFunction((id) => location.hash === `#/people/${id}`, spot.person);

    const seen = await page.evaluate(() => window.__csp);
    check(violations.length === 0 && seen.length === 0,
          `no CSP violations: ${[...violations, ...seen]}`);
  } finally {
    page.off("console", onConsole);
  }
}
