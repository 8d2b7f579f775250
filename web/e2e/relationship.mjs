// Browser checks of a person's client fit and pitch and of the network
// comparison, for run.mjs to call on a logged-in page (English) of a server
// with demo data:
//
//   import { checkClientFitAndPitch, checkNetworkReport } from "./relationship.mjs";
//   await step("...", () => checkClientFitAndPitch(page, base, personId));
//   await step("...", () => checkNetworkReport(page, base));
//   await step("...", () => checkRhythm(page, base, personId));
//   await step("...", () => checkRelationshipList(page, base));
//
// Client fit: four bars, the weakest named, the user's judgement saved,
// shown and taken back; a pitch to a new acquaintance is stopped with the
// reasons and what to give first, is not recorded, and is recorded only
// when the user offers anyway. The comparison: one card per network with
// the API's figures, the period and the order changing what is shown.
// The rhythm: the default shown, a chosen one stored and shown, and back to
// the default. People ordered by a figure: the API's order and figures.

function check(condition, message) {
  if (!condition) throw new Error("check failed: " + message);
}

const api = (page, path) =>
  page.evaluate(async (p) => (await fetch("/api/v1" + p)).json(), path);

export async function checkClientFitAndPitch(page, base, id) {
  await page.goto(`${base}/#/people/${id}`);
  const fit = page.locator("[data-testid=client-fit]");
  await fit.waitFor();
  const factors = await fit.locator(".fit-bar").evaluateAll((rows) =>
    rows.map((r) => r.dataset.factor));
  check(JSON.stringify(factors) === '["trust","competence","chemistry","fit"]',
        "four bars: " + factors.join(", "));
  check((await fit.locator("[data-factor=competence]").textContent()).includes("not judged yet"),
        "competence is not judged yet");
  check((await fit.locator(".fit-summary").textContent())
    .startsWith("Judge competence and chemistry to see the whole fit."), "asks for judgements");
  check(await fit.locator(".fit-bar.weakest").count() === 1, "one factor named the weakest");

  // Judge competence 4 of 5 on seen work, chemistry 5 of 5.
  await fit.locator("summary", { hasText: "Your judgement" }).click();
  const competence = fit.locator("form[aria-label=Competence]");
  await competence.locator("select[name=competence_step]").selectOption("4");
  await competence.locator("select[name=competence_evidence]").selectOption("seen_work");
  await competence.locator("input[name=competence_note]").fill("their website for the bakery");
  await competence.locator("button[type=submit]").click();
  await competence.locator("p[role=status]").waitFor();
  const chemistry = fit.locator("form[aria-label=Chemistry]");
  await chemistry.locator("select[name=chemistry_step]").selectOption("5");
  await chemistry.locator("button[type=submit]").click();
  await chemistry.locator("p[role=status]").waitFor();
  await fit.locator(".fit-summary", { hasText: "the weakest factor counts" }).waitFor();
  const person = await api(page, `/people/${id}`);
  const judged = Object.fromEntries(person.judgements.map((j) => [j.factor, j]));
  check(judged.competence?.value === 0.8 && judged.competence.evidence === "seen_work" &&
        judged.competence.note === "their website for the bakery", "competence stored as given");
  check(judged.chemistry?.value === 1, "chemistry stored as 5 of 5");
  const level = person.client_fit.level;
  check(level !== null && level <= person.client_fit.factors.trust, "never above trust: " + level);
  check((await fit.locator(".fit-summary").textContent()).includes(level.toFixed(2)),
        "the summary shows the level " + level);
  const meter = page.getByRole("meter", { name: "Client fit: competence" });
  check(Number(await meter.evaluate((m) => m.value)) === 0.8, "the competence bar shows 0.8");

  // A pitch to a new acquaintance is too early: nothing is recorded...
  const pitch = page.locator("form.pitch");
  await pitch.locator("textarea[name=pitch_about]").fill("A website relaunch");
  await pitch.locator("button[type=submit]").click();
  const advice = pitch.locator("[data-testid=too-early]");
  await advice.waitFor();
  check((await advice.textContent()).includes(`Trust is ${person.trust.level.toFixed(2)}`),
        "says trust is low: " + (await advice.textContent()));
  check(await advice.locator("li").count() >= 2, "a reason and something to give first");
  const kinds = async () => (await api(page, `/people/${id}`)).timeline.map((t) => t.kind);
  check(!(await kinds()).includes("pitch"), "nothing recorded while it is too early");
  // ...unless the user offers anyway.
  await advice.locator("button", { hasText: "Offer anyway" }).click();
  await pitch.locator("p[role=status]", { hasText: "Offer recorded, despite the advice." })
    .waitFor();
  check((await kinds()).filter((k) => k === "pitch").length === 1, "the pitch recorded once");

  // Taking a judgement back leaves the level open again.
  await chemistry.locator("button", { hasText: "Take back" }).click();
  await fit.locator(".fit-summary", { hasText: "Judge chemistry" }).waitFor();
  const after = await api(page, `/people/${id}`);
  check(after.judgements.length === 1 && after.client_fit.level === null,
        "chemistry taken back, level open");
}

export async function checkRhythm(page, base, id) {
  await page.goto(`${base}/#/people/${id}`);
  const section = page.locator("[data-testid=keep-in-touch]");
  await section.waitFor();
  // The default: none for a new acquaintance, else the one from trust.
  const fromTrust = (await api(page, `/people/${id}`)).keep_in_touch.default_days === null
    ? "No rhythm yet: a new acquaintance." : "(from trust)";
  check((await section.locator("[data-testid=touch-text]").textContent()).includes(fromTrust),
        "the default rhythm: " + fromTrust);
  const form = section.locator("form.rhythm");
  const submit = form.locator("button[type=submit]");
  check(await submit.isDisabled(), "nothing to save before a choice");
  await form.locator("select[name=rhythm_days]").selectOption({ label: "every week" });
  await submit.click();
  await section.locator("[data-testid=touch-text]", { hasText: "Every week (your choice)" }).waitFor();
  check((await api(page, `/people/${id}`)).rhythm_days === 7, "the rhythm stored as 7 days");
  // Back to the default.
  await form.locator("select[name=rhythm_days]").selectOption("");
  await submit.click();
  await section.locator("[data-testid=touch-text]", { hasText: fromTrust }).waitFor();
  const after = await api(page, `/people/${id}`);
  check(after.rhythm_days === null && after.keep_in_touch.chosen === false, "back to the default");
}

export async function checkRelationshipList(page, base) {
  await page.goto(`${base}/#/people`);
  const order = page.locator("select[name=people_order]");
  await order.waitFor();
  for (const [value, word] of [["trust", "trust "], ["keep_in_touch", "trust "]]) {
    await order.selectOption(value);
    const rows = page.locator(`[data-testid=relationships][data-order=${value}] li`);
    await rows.first().waitFor();
    const shown = await rows.evaluateAll((items) => items.map((li) => li.dataset.personId));
    const expected = (await api(page, `/relationships?order=${value}&limit=100`)).items
      .map((f) => String(f.person_id));
    check(JSON.stringify(shown) === JSON.stringify(expected), `${value}: the API's order`);
    check((await rows.first().textContent()).includes(word), `${value}: the figures shown`);
    check(await page.locator("input[name=people_search]").isDisabled(),
          "no search while ordered by a figure");
  }
  await order.selectOption("");
  await page.locator("ul.people:not(.relationships) li").first().waitFor();
  check(!(await page.locator("input[name=people_search]").isDisabled()), "search again by name");
}

export async function checkNetworkReport(page, base) {
  await page.goto(`${base}/#/networks`);
  const section = page.locator("[data-testid=network-report]");
  await section.locator(".compare-card").first().waitFor();
  const shown = await section.locator("p.muted", { hasText: " – " }).first().textContent();
  const [from, until] = shown.split(" – ").map((s) => s.trim());
  const report = await api(
    page, `/network-report?from=${from}&until=${until}T23:59:59Z`);
  check(report.items.length > 0 &&
        await section.locator(".compare-card").count() === report.items.length,
        "one card per network");
  // Ordered by people met: the first card is the network where the user met most.
  const best = Math.max(...report.items.map((r) => r.people_met));
  const first = section.locator(".compare-card").first();
  const firstId = Number(await first.getAttribute("data-network-id"));
  const firstReport = report.items.find((r) => r.network_id === firstId);
  check(firstReport.people_met === best, "the most people met first");
  check((await first.locator("[data-metric=people_met] .compare-value").textContent()) ===
        String(best), "shows the API's figure");
  const width = await first.locator("[data-metric=people_met] .compare-bar span")
    .evaluate((s) => s.style.width);
  check(width === "100%", "the best network's bar is full: " + width);
  // Another order and another period.
  await section.locator("select[name=report_order]").selectOption("received");
  const mostReceived = Math.max(...report.items.map((r) => r.received));
  check((await section.locator(".compare-card").first()
    .locator("[data-metric=received] .compare-value").textContent()) === String(mostReceived),
        "ordered by received");
  await section.locator("select[name=report_period]").selectOption("last_year");
  const year = Number(until.slice(0, 4)) - 1;
  await section.locator("p.muted", { hasText: `${year}-01-01 – ${year}-12-31` }).waitFor();
  await section.locator(".compare-card").first().waitFor();
}
