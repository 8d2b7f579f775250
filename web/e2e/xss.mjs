// The XSS check over every text field: on every screen each text input and
// textarea gets markup and a template expression (`<svg onload=alert(1)>`
// and `{{7*7}}`, with a marker that makes each field's text unique), the
// forms are sent, and where each value is shown afterwards it must appear
// as text: no element made from it, no dialog, no "49"; through the API
// the stored value must be the typed text byte for byte.
//
// The enumeration is honest: before a screen's forms are sent, every
// visible text field on it must hold the text the test typed into it, so
// a field added later without coverage here makes the check fail. Every
// tab of the navigation is visited at the end, and a text field on any of
// them that the test never typed into fails it too. Search and filter
// fields (not stored) get the text as well; the page must then show no
// markup made from it.
//
// Three fields cannot store the text: the server refuses it in a web
// address (no spaces), a currency (three letters; the field holds three
// characters) and the profile's languages (ISO codes), and its message,
// quoting what was typed, must then be shown as text; the network keeps
// an address with the markup but without spaces.
//
// The server's CSP already stops inline handlers such as onload, so no
// dialog is not enough: the page must not contain any element with an
// event-handler attribute (nor a javascript: link).
//
// Used by e2e/run.mjs as one step: checkEveryTextField(page, base, apiGet),
// with `apiGet(path)` a GET of the API (through the page's session) as
// JSON. Needs a logged-in page and some events in the database.

const HOSTILE = "<svg onload=alert(1)> {{7*7}}";

// The text typed into one field: the hostile part and a marker.
export const payload = (marker) => `${HOSTILE} ${marker}`;

// What counts as a text field.
const TEXT_FIELDS =
  "input[type=text], input:not([type]), input[type=search], input[type=url], " +
  "input[type=email], input[type=tel], textarea";

// Runs in the page: the visible text fields among or under `roots` (an
// element or a list of them), each with a description (its form's label
// or role and its own name or placeholder), its value and its maxlength.
function textFieldsIn(roots, selector) {
  const describe = (el) => {
    const form = el.closest("form");
    const where = form
      ? form.getAttribute("aria-label") || form.getAttribute("role") || "form"
      : "-";
    const name = el.getAttribute("name") || el.getAttribute("placeholder") ||
                 el.getAttribute("aria-label") || el.tagName.toLowerCase();
    return `${where} | ${name}`;
  };
  return (Array.isArray(roots) ? roots : [roots])
    .flatMap((r) => (r.matches(selector) ? [r] : [...r.querySelectorAll(selector)]))
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => ({ desc: describe(el), value: el.value, maxLength: el.maxLength }));
}

export async function checkEveryTextField(page, base, apiGet) {
  const started = Date.now();
  const dialogs = [];
  const onDialog = (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  };
  page.on("dialog", onDialog);
  // What was typed where: field description -> text, over all screens.
  const typedEverywhere = new Map();
  const covered = {};
  try {
    const check = (condition, message) => {
      if (!condition) throw new Error("check failed: " + message);
    };

    // No element made from typed text: no event-handler attribute on any
    // element (the app sets its handlers as properties, never as
    // attributes), so also no svg[onload]; and no dialog so far.
    const noMarkup = async (where) => {
      const found = await page.evaluate(() => {
        const bad = [];
        for (const el of document.querySelectorAll("*")) {
          for (const a of el.attributes) {
            if (/^on/i.test(a.name)) bad.push(el.outerHTML.slice(0, 120));
          }
          if (el.tagName.toLowerCase() === "a" &&
              /^\s*javascript:/i.test(el.getAttribute("href") || "")) {
            bad.push(el.outerHTML.slice(0, 120));
          }
        }
        return { bad, svgOnload: document.querySelectorAll("svg[onload]").length };
      });
      check(found.svgOnload === 0, `${where}: an svg[onload] element was created`);
      check(found.bad.length === 0, `${where}: markup was made from text: ${found.bad.join(" | ")}`);
      check(dialogs.length === 0, `${where}: a dialog opened: ${dialogs.join("; ")}`);
    };

    // The text typed under `marker` appears as text in an element matching
    // `selector` (waited for), unevaluated, and the page has no markup made
    // from it.
    const shown = async (selector, marker, where) => {
      const text = payload(marker);
      await page.waitForFunction(
        ([sel, t]) => [...document.querySelectorAll(sel)].some((el) => el.textContent.includes(t)),
        [selector, text],
        { timeout: 10_000 },
      ).catch(() => {
        throw new Error(`check failed: ${where}: "${text}" is not shown as text in ${selector}`);
      });
      const body = await page.evaluate(() => document.body.textContent);
      check(!body.includes(`49 ${marker}`), `${where}: {{7*7}} was evaluated to 49 (${marker})`);
      await noMarkup(where);
    };

    // The same for an exact text other than a payload (an error message).
    const shownExactly = async (selector, text, where) => {
      await page.waitForFunction(
        ([sel, t]) => [...document.querySelectorAll(sel)].some((el) => el.textContent.includes(t)),
        [selector, text],
        { timeout: 10_000 },
      ).catch(() => {
        throw new Error(`check failed: ${where}: "${text}" is not shown as text in ${selector}`);
      });
      await noMarkup(where);
    };

    // Types `text` (payload(marker) unless given) into the field and
    // records it. A field that holds fewer characters (maxlength) keeps the
    // start of it; a field may change the case of what is typed.
    let typedHere = new Map();
    const type = async (field, marker, text = payload(marker)) => {
      await field.fill(text);
      const [{ desc, value, maxLength }] = await field.evaluate(textFieldsIn, TEXT_FIELDS);
      const expected =
        maxLength > 0 && maxLength < text.length ? text.slice(0, maxLength) : text;
      check(value.toLowerCase() === expected.toLowerCase(),
            `${desc} holds "${value}", not what was typed: "${expected}"`);
      typedHere.set(desc, value);
      typedEverywhere.set(desc, value);
      return value;
    };

    // Every visible text field in `scope` holds what the test typed into
    // it on this screen.
    const allTyped = async (where, scope = "body") => {
      const fields = await page.locator(scope).evaluateAll(textFieldsIn, TEXT_FIELDS);
      check(fields.length > 0, `${where}: no text field found`);
      for (const f of fields) {
        check(typedHere.has(f.desc), `${where}: the text field "${f.desc}" was not covered`);
        check(typedHere.get(f.desc) === f.value,
              `${where}: "${f.desc}" holds "${f.value}", not "${typedHere.get(f.desc)}"`);
      }
      covered[where] = fields.map((f) => f.desc);
    };

    // A screen: navigates there, waits for `ready`, opens what is folded.
    const visit = async (hash, ready) => {
      typedHere = new Map();
      await page.goto(`${base}/#/${hash}`);
      await page.waitForSelector(ready);
      await page.evaluate(() => document.querySelectorAll("main details").forEach((d) => { d.open = true; }));
    };

    // Chooses person `id` in a person picker after its search was typed.
    const choose = async (scope, field, id) => {
      await scope.locator(`select[name=${field}] option[value='${id}']`).waitFor({ state: "attached" });
      await scope.locator(`select[name=${field}]`).selectOption(String(id));
    };

    const submit = async (form) => {
      await form.locator("button[type=submit]").click();
    };

    // --- Event mode: a new event, then one capture with its four fields.
    await visit("event", "form.event-mode input[name=name]");
    const eventMode = page.locator("form.event-mode");
    const newEvent = page.locator("form[aria-label='New event']");
    await type(newEvent.locator("input[name=event_title]"), "xe-event");
    await type(eventMode.locator("input[name=name]"), "nm-person");
    await type(eventMode.locator("textarea[name=offers]"), "xe-offers");
    await type(eventMode.locator("textarea[name=needs]"), "xe-needs");
    await type(eventMode.locator("input[name=note]"), "xe-note");
    await allTyped("event mode");
    await submit(newEvent);
    await newEvent.locator("p[role=status]").waitFor();
    await shown("form.event-mode select option", "xe-event", "event mode: the new event");
    const events = (await apiGet("/api/v1/events?limit=100")).items
      .filter((e) => e.title === payload("xe-event"));
    check(events.length === 1, "the new event is stored once, its title as typed");
    check(Number(await eventMode.locator("select").inputValue()) === events[0].id,
          "the new event is chosen");
    await submit(eventMode);
    await eventMode.locator("p[role=status]:has-text('Saved')").waitFor();
    const people = (await apiGet("/api/v1/people?limit=500")).items
      .filter((p) => p.display_name === payload("nm-person"));
    check(people.length === 1, "the captured person is stored once, the name as typed");
    const pid = people[0].id;
    const details = await apiGet(`/api/v1/people/${pid}`);
    check(details.offers.length === 1 && details.offers[0].title === payload("xe-offers"),
          "the offer is stored as typed");
    check(details.needs.length === 1 && details.needs[0].title === payload("xe-needs"),
          "the need is stored as typed");
    const encounters = (await apiGet(`/api/v1/encounters?person_id=${pid}`)).items;
    check(encounters.length === 1 && encounters[0].notes === payload("xe-note") &&
          encounters[0].event_id === events[0].id, "the note is stored as typed, at the new event");

    // --- The person's page: what was captured, a follow-up, a give or take.
    await visit(`people/${pid}`, "main h1");
    check((await page.textContent("main h1")) === payload("nm-person"), "the name is the heading");
    await shown("main h1", "nm-person", "person: name");
    await shown("main section li", "xe-offers", "person: offer");
    await shown("main section li", "xe-needs", "person: need");
    await shown("main section li", "xe-note", "person: the note in the timeline");
    await shown("main section li", "xe-event", "person: the event in the timeline");
    const followUp = page.locator("form[aria-label='Schedule a follow-up']");
    const give = page.locator("form[aria-label='Record a give or take']");
    await type(followUp.locator("input[name=followup_about]"), "xp-followup");
    await type(give.locator("input[name=ledger_text]"), "xp-ledger");
    const competence = page.locator("form[aria-label=Competence]");
    const chemistry = page.locator("form[aria-label=Chemistry]");
    const pitch = page.locator("form.pitch");
    await type(competence.locator("input[name=competence_note]"), "xp-competence");
    await type(chemistry.locator("input[name=chemistry_note]"), "xp-chemistry");
    await type(pitch.locator("textarea[name=pitch_about]"), "xp-pitch");
    await allTyped("person");
    await submit(followUp);
    await followUp.locator("p[role=status]").waitFor();
    await submit(give);
    await give.locator("p[role=status]").waitFor();
    await competence.locator("select[name=competence_step]").selectOption("3");
    await submit(competence);
    await competence.locator("p[role=status]").waitFor();
    // A new acquaintance: the pitch is too early until the user goes on.
    await submit(pitch);
    await pitch.locator("[data-testid=too-early] button").click();
    await pitch.locator("p[role=status]").waitFor();
    await shown("main section li", "xp-followup", "person: the follow-up in the timeline");
    await shown("main section li", "xp-ledger", "person: the give or take in the timeline");
    await shown("main section li", "xp-pitch", "person: the pitch in the timeline");
    const judged = (await apiGet(`/api/v1/people/${pid}`)).judgements;
    check(judged.length === 1 && judged[0].note === payload("xp-competence"),
          "the judgement's note is stored as typed");
    const followUps = (await apiGet(`/api/v1/followups?person_id=${pid}`)).items;
    check(followUps.length === 1 && followUps[0].about === payload("xp-followup"),
          "the follow-up is stored as typed");
    let ledger = (await apiGet(`/api/v1/ledger?person_id=${pid}`)).items;
    check(ledger.length === 1 && ledger[0].text === payload("xp-ledger"),
          "the give or take is stored as typed");

    // --- People: the tag filter finds nobody, the search finds the person.
    await visit("people", "main ul.people li");
    await type(page.locator("input[name=people_tag]"), "xq-tag");
    await page.waitForSelector("main p.muted:has-text('Nobody found.')");
    await noMarkup("people: tag filter");
    // The search's words are the start of the captured name's.
    await type(page.locator("input[name=people_search]"), "nm-p");
    await allTyped("people");
    await page.waitForFunction(
      (id) => {
        const links = document.querySelectorAll("main ul.people li a");
        return links.length === 1 && links[0].getAttribute("href") === `#/people/${id}`;
      },
      pid,
    );
    await shown("main ul.people li a", "nm-person", "people: the person found");

    // --- Give and take: the form (its person found by a search) and the
    // filter's person search.
    await visit("ledger", "main ul.ledger li");
    const record = page.locator("main form[aria-label='Record a give or take']");
    const filters = page.locator("main form[role=search]");
    await type(record.locator("input[name=ledger_person_search]"), "nm-pe");
    await choose(record, "ledger_person", pid);
    await type(record.locator("input[name=ledger_text]"), "xl-ledger");
    await type(filters.locator("input[name=filter_person_search]"), "nm-per");
    await choose(filters, "filter_person", pid);
    await allTyped("give and take");
    await shown("main select[name=ledger_person] option", "nm-person", "give and take: picker");
    await submit(record);
    await record.locator("p[role=status]").waitFor();
    await page.waitForFunction(() => document.querySelectorAll("main ul.ledger > li").length === 2);
    await shown("main ul.ledger > li p", "xl-ledger", "give and take: the new entry");
    await shown("main ul.ledger > li p", "xp-ledger", "give and take: the entry from the person");
    await shown(`main ul.ledger > li a[href='#/people/${pid}']`, "nm-person",
                "give and take: the person's name");
    ledger = (await apiGet(`/api/v1/ledger?person_id=${pid}`)).items;
    check(ledger.length === 2 && ledger.some((e) => e.text === payload("xl-ledger")),
          "the entry from the ledger is stored as typed");

    // --- Networks: a new network. Its address and currency are refused
    // with the typed text in the message; then a stored address that
    // keeps the markup (without spaces, which an address cannot hold).
    await visit("networks", "main ul.networks li");
    const network = page.locator("form[aria-label='New network']");
    const typedUrl = `https://example.org/${payload("xn-url")}`;
    const storedUrl = "https://example.org/<svg/onload=alert(1)>{{7*7}}/xn-link";
    await type(network.locator("input[name=network_name]"), "xn-name");
    const currency = await type(network.locator("input[name=network_currency]"), "xn-currency");
    await type(network.locator("input[name=network_url]"), "xn-url", typedUrl);
    await type(network.locator("textarea[name=network_notes]"), "xn-notes");
    await allTyped("networks");
    await submit(network);
    await shownExactly("form[aria-label='New network'] [role=alert]", typedUrl,
                       "networks: the refused address");
    await network.locator("input[name=network_url]").fill(storedUrl);
    await submit(network);
    await shownExactly("form[aria-label='New network'] [role=alert]", `'${currency}'`,
                       "networks: the refused currency");
    await network.locator("input[name=network_currency]").fill("EUR");
    await submit(network);
    await network.locator("p[role=status]").waitFor();
    await shown("main ul.networks li a", "xn-name", "networks: the new network");
    const networks = (await apiGet("/api/v1/networks?limit=500")).items
      .filter((n) => n.name === payload("xn-name"));
    check(networks.length === 1 && networks[0].url === storedUrl &&
          networks[0].notes === payload("xn-notes"),
          "the network is stored once, name, address and notes as typed");
    const nid = networks[0].id;

    // --- The network's page: its facts, and a new event in it.
    await visit(`networks/${nid}`, "main h1");
    await shown("main h1", "xn-name", "network: name");
    await shown("main p.notes", "xn-notes", "network: notes");
    const link = page.locator(`main a[target=_blank]`);
    check((await link.textContent()) === storedUrl && (await link.getAttribute("href")) === storedUrl,
          "network: the address is a link showing itself as text");
    await noMarkup("network: address");
    const networkEvent = page.locator("form[aria-label='New event']");
    await type(networkEvent.locator("input[name=event_title]"), "xn-event");
    await allTyped("network");
    await submit(networkEvent);
    await shown("main ul.events li", "xn-event", "network: the new event");
    const networkEvents = (await apiGet(`/api/v1/events?network_id=${nid}`)).items;
    check(networkEvents.length === 1 && networkEvents[0].title === payload("xn-event"),
          "the network's event is stored as typed");

    // --- Me: the profile, a new offer and a new need (on the captured
    // person's behalf, found by a search), and a note on every item of the
    // reflection checklist (typed first: saving the others reads the
    // checklist again, and what was typed must stay).
    await visit("me", "section[aria-labelledby=profile] button:has-text('Edit profile')");
    const reflection = page.locator("[data-testid=reflection]");
    await reflection.locator("li.reflection-item").nth(9).waitFor();
    const reflectionItems = (await apiGet("/api/v1/reflection")).items.map((c) => c.item);
    check(reflectionItems.length === 10, "the checklist has ten items");
    const reflectionForm = (item) =>
      reflection.locator(`form:has(textarea[name=reflection_note_${item}])`);
    for (const item of reflectionItems) {
      await type(reflectionForm(item).locator("textarea"), `xr-${item}`);
    }
    await page.click("button:has-text('Edit profile')");
    const profile = page.locator("form[aria-label='Edit profile']");
    const offers = page.locator("[data-testid=my-offers]");
    const needs = page.locator("[data-testid=my-needs]");
    const offer = offers.locator("form[aria-label='New offer']");
    const need = needs.locator("form[aria-label='New need']");
    await type(profile.locator("input[name=profile_name]"), "xm-name");
    await type(profile.locator("input[name=profile_business_name]"), "xm-business");
    await type(profile.locator("textarea[name=profile_positioning]"), "xm-positioning");
    await type(profile.locator("input[name=profile_languages]"), "xm-languages");
    await type(profile.locator("textarea[name=profile_expertise_areas]"), "xm-expertise");
    await type(offer.locator("input[name=offer_title]"), "xo-title");
    await type(offer.locator("textarea[name=offer_text]"), "xo-text");
    await type(offer.locator("input[name=offer_audience]"), "xo-audience");
    await type(need.locator("input[name=need_title]"), "xd-title");
    await type(need.locator("textarea[name=need_text]"), "xd-text");
    await type(need.locator("input[name=need_on_behalf_of_search]"), "nm-pers");
    await choose(need, "need_on_behalf_of", pid);
    await allTyped("me");
    // Languages must be language codes: refused, with the typed text.
    await submit(profile);
    await shown("form[aria-label='Edit profile'] [role=alert]", "xm-languages",
                "me: the refused languages");
    await profile.locator("input[name=profile_languages]").fill("de, en");
    await submit(profile);
    await shown("section[aria-labelledby=profile] dd", "xm-name", "me: profile name");
    await shown("section[aria-labelledby=profile] dd", "xm-business", "me: business name");
    await shown("section[aria-labelledby=profile] dd.positioning", "xm-positioning",
                "me: positioning");
    await shown("section[aria-labelledby=profile] dd .tag", "xm-expertise", "me: expertise");
    const storedProfile = await apiGet("/api/v1/profile");
    check(storedProfile.name === payload("xm-name") &&
          storedProfile.business_name === payload("xm-business") &&
          storedProfile.positioning === payload("xm-positioning") &&
          storedProfile.languages.join() === "de,en" &&
          storedProfile.expertise_areas.length === 1 &&
          storedProfile.expertise_areas[0] === payload("xm-expertise"),
          "the profile is stored as typed");

    await submit(offer);
    await offer.locator("p[role=status]").waitFor();
    await shown("[data-testid=my-offers] ul > li .item-title", "xo-title", "me: offer title");
    await shown("[data-testid=my-offers] ul > li p", "xo-text", "me: offer text");
    await shown("[data-testid=my-offers] ul > li p.audience", "xo-audience", "me: offer audience");
    await submit(need);
    await need.locator("p[role=status]").waitFor();
    await shown("[data-testid=my-needs] ul > li .item-title", "xd-title", "me: need title");
    await shown("[data-testid=my-needs] ul > li p", "xd-text", "me: need text");
    await shown(`[data-testid=my-needs] ul > li a[href='#/people/${pid}']`, "nm-person",
                "me: the need's client");
    const myOffer = (await apiGet("/api/v1/offers?mine=true&limit=500")).items
      .filter((o) => o.title === payload("xo-title"));
    check(myOffer.length === 1 && myOffer[0].text === payload("xo-text") &&
          myOffer[0].audience === payload("xo-audience"), "the offer is stored as typed");
    const myNeed = (await apiGet("/api/v1/needs?mine=true&limit=500")).items
      .filter((n) => n.title === payload("xd-title"));
    check(myNeed.length === 1 && myNeed[0].text === payload("xd-text") &&
          myNeed[0].on_behalf_of === pid, "the need is stored as typed");

    // The reflection notes, still as typed after the checklist was read
    // again, each saved with an answer.
    for (const item of reflectionItems) {
      const form = reflectionForm(item);
      check((await form.locator("textarea").inputValue()) === payload(`xr-${item}`),
            `me: the note on ${item} was kept while the checklist was read again`);
      await form.locator("input[type=radio][value=partly]").check();
      await submit(form);
      await form.locator("p[role=status]").waitFor();
    }
    const storedReflection = (await apiGet("/api/v1/reflection")).items;
    for (const item of reflectionItems) {
      const stored = storedReflection.find((c) => c.item === item);
      check(stored.answer === "partly" && stored.note === payload(`xr-${item}`),
            `the reflection note on ${item} is stored as typed`);
    }
    await noMarkup("me: reflection notes");

    // --- Me, changing the offer and the need: the edit forms.
    await offers.locator(`button[aria-label='Edit: ${payload("xo-title")}']`).click();
    await needs.locator(`button[aria-label='Edit: ${payload("xd-title")}']`).click();
    const editOffer = offers.locator("form[aria-label='Edit offer']");
    const editNeed = needs.locator("form[aria-label='Edit need']");
    typedHere = new Map();
    await type(editOffer.locator("input[name=offer_title]"), "xo-edit-title");
    await type(editOffer.locator("textarea[name=offer_text]"), "xo-edit-text");
    await type(editOffer.locator("input[name=offer_audience]"), "xo-edit-audience");
    await type(editNeed.locator("input[name=need_title]"), "xd-edit-title");
    await type(editNeed.locator("textarea[name=need_text]"), "xd-edit-text");
    await type(editNeed.locator("input[name=need_on_behalf_of_search]"), "nm-perso");
    await allTyped("me, editing", "form[aria-label='Edit offer'], form[aria-label='Edit need']");
    await submit(editOffer);
    await shown("[data-testid=my-offers] ul > li .item-title", "xo-edit-title", "me: changed offer");
    await shown("[data-testid=my-offers] ul > li p.audience", "xo-edit-audience",
                "me: changed audience");
    await submit(editNeed);
    await shown("[data-testid=my-needs] ul > li .item-title", "xd-edit-title", "me: changed need");
    await shown("[data-testid=my-needs] ul > li p", "xd-edit-text", "me: changed need text");
    const changedOffer = await apiGet(`/api/v1/offers/${myOffer[0].id}`);
    check(changedOffer.title === payload("xo-edit-title") &&
          changedOffer.text === payload("xo-edit-text") &&
          changedOffer.audience === payload("xo-edit-audience"), "the changed offer as typed");
    const changedNeed = await apiGet(`/api/v1/needs/${myNeed[0].id}`);
    check(changedNeed.title === payload("xd-edit-title") &&
          changedNeed.text === payload("xd-edit-text") && changedNeed.on_behalf_of === pid,
          "the changed need as typed");

    // --- Me again: the reflection notes as stored, shown in their fields
    // (a note is shown nowhere else), no markup made from them.
    await visit("me", "[data-testid=reflection] textarea[name=reflection_note_ready_to_give]");
    for (const item of reflectionItems) {
      const form = reflectionForm(item);
      check((await form.locator("textarea").inputValue()) === payload(`xr-${item}`),
            `me: the note on ${item} is shown as stored`);
      check(await form.locator("input[type=radio][value=partly]").isChecked(),
            `me: the answer to ${item} is shown as stored`);
    }
    const reflectionText = await reflection.textContent();
    check(!reflectionText.includes("49 xr-"), "me: {{7*7}} in a note was evaluated");
    await noMarkup("me: reflection notes, read again");

    // --- Every tab: no text field the test did not type into, and the
    // typed values shown there (names, titles, the map) make no markup.
    const tabs = await page.$$eval("nav.tabs a", (as) => as.map((a) => a.getAttribute("href")));
    check(tabs.length >= 8, "the navigation has its tabs");
    for (const href of tabs) {
      await page.goto(base + "/" + href);
      await page.waitForSelector("main h1", { timeout: 30_000 });
      await page.evaluate(() => document.querySelectorAll("main details").forEach((d) => { d.open = true; }));
      const fields = (await page.locator("body").evaluateAll(textFieldsIn, TEXT_FIELDS))
        .map((f) => f.desc);
      for (const desc of fields) {
        check(typedEverywhere.has(desc), `${href}: the text field "${desc}" was not covered`);
      }
      await noMarkup(href);
    }
    check(dialogs.length === 0, "no dialog opened: " + dialogs.join("; "));
  } finally {
    page.off("dialog", onDialog);
  }
  return { covered, seconds: (Date.now() - started) / 1000 };
}
