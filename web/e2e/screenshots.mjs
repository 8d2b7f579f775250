// Takes screenshots of the main screens at phone and desktop width, and of
// Me scrolled to the reflection checklist (me-reflection-*.png).
// Usage: node e2e/screenshots.mjs BASE_URL USERNAME PASSWORD OUT_DIR
import { chromium } from "playwright-core";

const [base, username, password, outDir] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu",
    "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
  ],
});
try {
  for (const [label, viewport] of [
    ["phone", { width: 390, height: 844 }],
    ["desktop", { width: 1280, height: 900 }],
  ]) {
    const page = await browser.newPage({ viewport, locale: "de-DE" });
    page.on("console", (m) => m.type() === "error" && console.error(m.text()));
    await page.goto(base + "/");
    await page.fill("input[name=username]", username);
    await page.fill("input[name=password]", password);
    await page.click("button[type=submit]");
    for (const screen of ["today", "people", "people/3", "event", "matches", "ledger",
                          "networks", "networks/1", "me"]) {
      await page.goto(`${base}/#/${screen}`);
      await page.waitForSelector("main h1");
      await page.waitForTimeout(300);
      const name = screen.replace("/", "-");
      await page.screenshot({ path: `${outDir}/${name}-${label}.png`, fullPage: false });
    }
    // Me again, scrolled to the reflection checklist.
    await page.waitForSelector("[data-testid=reflection] li");
    await page.evaluate(() => document.querySelector("[data-testid=reflection]").scrollIntoView());
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${outDir}/me-reflection-${label}.png`, fullPage: false });
    await page.close();
  }
} finally {
  await browser.close();
}
