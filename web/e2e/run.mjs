// End-to-end test: a real knoten server on a temporary demo database and
// port 0, driven in Debian's headless Chromium through playwright-core.
// Logs in, captures three people in event mode (the second while the page
// is offline) and checks each is stored exactly once, checks that markup
// typed into a field is shown as text, schedules a follow-up, records a tip
// given, and opens an explained match.
// Screenshots of a failure go to web/test-results/.
//
// Usage: node e2e/run.mjs KNOTEN_BINARY ASSETS_DIR
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [knoten, assets] = process.argv.slice(2);
if (!knoten || !assets) {
  console.error("usage: node e2e/run.mjs KNOTEN_BINARY ASSETS_DIR");
  process.exit(2);
}
const results = new URL("../test-results/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "knoten-e2e-"));
const db = join(dir, "e2e.db");

function check(condition, message) {
  if (!condition) throw new Error("check failed: " + message);
}

execFileSync(knoten, ["--db", db, "demo", "--people", "40"], { stdio: "ignore" });
const { password } = JSON.parse(
  execFileSync(knoten, ["--db", db, "--json", "password", "--user", "e2e",
                        "--generate", "--create"]).toString(),
);

// Starts `knoten serve` on `database` and port 0; resolves to its address.
function startServer(database) {
  const child = spawn(knoten, ["--db", database, "serve", "--listen", "127.0.0.1:0",
                               "--assets", assets], { stdio: ["ignore", "pipe", "inherit"] });
  servers.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error("server did not start: " + out)), 30_000);
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = out.match(/serves (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}
const servers = [];
const base = await startServer(db);

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"],
});
const context = await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } });
const page = await context.newPage();
const problems = [];
page.on("dialog", (d) => {
  problems.push("a dialog opened: " + d.message());
  d.dismiss();
});
page.on("pageerror", (e) => problems.push("page error: " + e.message));

const step = async (name, body) => {
  try {
    await body();
    console.log("ok   " + name);
  } catch (e) {
    mkdirSync(results, { recursive: true });
    const shot = join(results, name.replace(/\W+/g, "-") + ".png");
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    console.error(`FAIL ${name}: ${e.message}\n     screenshot: ${shot}`);
    throw e;
  }
};

// The people named `name` in the database, through the API.
const countNamed = (name) =>
  page.evaluate(async (wanted) => {
    const r = await fetch("/api/v1/people?limit=500");
    const doc = await r.json();
    return doc.items.filter((p) => p.display_name === wanted).length;
  }, name);

const capture = async (name, offers, needs, note) => {
  await page.fill("input[name=name]", name);
  await page.fill("textarea[name=offers]", offers);
  await page.fill("textarea[name=needs]", needs);
  await page.fill("input[name=note]", note);
  await page.click("button[type=submit]");
};

let failed = false;
try {
  await step("log in", async () => {
    await page.goto(base + "/");
    await page.fill("input[name=username]", "e2e");
    await page.fill("input[name=password]", password);
    await page.click("button[type=submit]");
    await page.waitForSelector("nav.tabs");
  });

  const hostile = "Clara <svg onload=alert(1)> {{7*7}}";
  await step("capture three people in event mode, one offline", async () => {
    await page.goto(base + "/#/event");
    await page.waitForSelector("input[name=name]");
    await capture("E2E Anna", "Pressearbeit für Gründerinnen", "", "met at the coffee bar");
    await page.waitForSelector("p[role=status]:has-text('Saved')");

    await context.setOffline(true);
    await capture("E2E Ben", "Webdesign", "Buchhaltung", "wants a call");
    await page.waitForSelector("p[role=status]:has-text('No connection')");
    await page.waitForSelector("[data-testid=waiting]");
    await context.setOffline(false);
    await page.waitForSelector("[data-testid=waiting]", { state: "detached", timeout: 20_000 });

    await capture(hostile, "<b>bold</b> {{7*7}}", "<img src=x onerror=alert(2)>", "{{7*7}}");
    await page.waitForSelector("p[role=status]:has-text('Saved')");
    for (const name of ["E2E Anna", "E2E Ben", hostile]) {
      check((await countNamed(name)) === 1, `${name} stored exactly once`);
    }
  });

  await step("markup typed into fields is shown as text", async () => {
    const id = await page.evaluate(async (wanted) => {
      const doc = await (await fetch("/api/v1/people?limit=500")).json();
      return doc.items.find((p) => p.display_name === wanted).id;
    }, hostile);
    await page.goto(`${base}/#/people/${id}`);
    await page.waitForSelector("main h1");
    check((await page.textContent("main h1")) === hostile, "the name is shown literally");
    check((await page.locator("main svg, main img, main b").count()) === 0,
          "no element was made from the text");
    check((await page.textContent("main")).includes("<b>bold</b> {{7*7}}"),
          "the offer is shown literally");
  });

  await step("schedule a follow-up and record a tip given", async () => {
    const id = await page.evaluate(async () => {
      const doc = await (await fetch("/api/v1/people?limit=500")).json();
      return doc.items.find((p) => p.display_name === "E2E Anna").id;
    });
    await page.goto(`${base}/#/people/${id}`);
    const followUp = page.locator("form[aria-label='Schedule a follow-up']");
    await followUp.locator("select[name=followup_kind]").selectOption("meeting");
    await followUp.locator("input[name=followup_due]").fill("2030-05-04");
    await followUp.locator("input[name=followup_about]").fill("talk more, undisturbed");
    await followUp.locator("button[type=submit]").click();
    await followUp.locator("p[role=status]").waitFor();
    const tip = page.locator("form[aria-label='Record a give or take']");
    await tip.locator("select[name=ledger_kind]").selectOption("tip");
    await tip.locator("input[name=ledger_text]").fill("a grant for founders");
    await tip.locator("button[type=submit]").click();
    await tip.locator("p[role=status]").waitFor();
    const stored = await page.evaluate(async (person) => {
      const get = async (path) => (await fetch(path)).json();
      return {
        followups: (await get(`/api/v1/followups?person_id=${person}`)).items,
        ledger: (await get(`/api/v1/ledger?person_id=${person}`)).items,
      };
    }, id);
    check(stored.followups.length === 1 && stored.followups[0].kind === "meeting" &&
          stored.followups[0].due_at.startsWith("2030-05-04"), "one follow-up, as entered");
    check(stored.ledger.length === 1 && stored.ledger[0].kind === "tip" &&
          stored.ledger[0].direction === "given", "one tip given");
  });

  await step("open an explained match", async () => {
    await page.goto(base + "/#/matches");
    await page.waitForSelector("article.match", { timeout: 60_000 });
    await page.click("article.match summary");
    const why = await page.textContent("article.match .why");
    check(/↔/.test(why) && why.includes(":"), "the match says which words met how");
  });

  await step("first visit from this computer creates the account", async () => {
    execFileSync(knoten, ["--db", join(dir, "empty.db"), "init"], { stdio: "ignore" });
    const fresh = await startServer(join(dir, "empty.db"));
    await page.goto(fresh + "/");
    await page.waitForSelector("h1:has-text('Create your account')");
    await page.fill("input[name=username]", "sabine");
    await page.fill("input[name=password]", "correct horse battery");
    await page.click("button[type=submit]");
    await page.waitForSelector("nav.tabs");
    const who = await page.evaluate(async () => (await fetch("/api/v1/session")).json());
    check(who.username === "sabine", "logged in as the new owner");
    // No events yet: event mode offers to create tonight's, then captures.
    await page.goto(fresh + "/#/event");
    await page.fill("input[name=event_title]", "Stammtisch");
    await page.click("form[aria-label='New event'] button[type=submit]");
    await page.waitForSelector("input[name=name]");
    check((await page.textContent("select")).includes("Stammtisch"), "the new event is chosen");
  });

  check(problems.length === 0, problems.join("; "));
} catch (e) {
  failed = true;
  if (!String(e.message).startsWith("check failed")) console.error(e);
} finally {
  await browser.close();
  for (const child of servers) child.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}
if (problems.length > 0) console.error(problems.join("\n"));
process.exit(failed ? 1 : 0);
