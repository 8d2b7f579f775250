// Loads what the network map needs through the API, with a bounded number
// of requests whatever the size of the database:
//   networks          1 page (500 networks)
//   encounters        up to 4 pages: the 2,000 most recent
//   introductions     up to 2 pages: the 1,000 most recent
//   members           one request for each of the first 20 networks
//   people's names    up to 6 pages of /people while they hold the people
//                     to show (a database of up to 3,000 people), then one
//                     request per person still missing (archived people,
//                     or all of them in a larger database): at most maxNodes
import { type Api, type Page, type Person, query } from "../api";
import { eachLimited, PAGE_SIZE, readPages } from "./read_pages";
import {
  chooseNodeIds,
  type EncounterLike,
  type GraphInput,
  type IntroductionLike,
  MAX_NODES,
  type MembershipLike,
  type NetworkLike,
  type PersonLike,
} from "./network_graph";

export const LIMITS = {
  encounterPages: 4,
  introductionPages: 2,
  networks: 20,
  peoplePages: 6,
  parallel: 6,
};

export function maxRequests(maxNodes = MAX_NODES): number {
  const l = LIMITS;
  return 1 + l.encounterPages + l.introductionPages + l.networks + l.peoplePages + maxNodes;
}

// The named people among `ids`: pages of /people while the database is
// small enough, then the missing ones one by one.
async function namesOf(api: Api, ids: number[]): Promise<PersonLike[]> {
  const wanted = new Set(ids);
  const found = new Map<number, PersonLike>();
  const keep = (p: Person) => {
    if (wanted.has(p.id)) found.set(p.id, { id: p.id, display_name: p.display_name });
  };
  let total = Infinity;
  for (let page = 0; page < LIMITS.peoplePages && found.size < wanted.size; page++) {
    const offset = page * PAGE_SIZE;
    if (offset >= total) break;
    const doc = await api.get<Page<Person>>("/people" + query({ limit: PAGE_SIZE, offset }));
    doc.items.forEach(keep);
    total = doc.total;
    if (total > LIMITS.peoplePages * PAGE_SIZE) break; // too many: ask one by one
  }
  const missing = ids.filter((id) => !found.has(id));
  await eachLimited(missing, LIMITS.parallel, (id) =>
    api.get<Person>(`/people/${id}`).then(keep, () => undefined),
  );
  return [...found.values()];
}

export interface NetworkData {
  input: GraphInput;
  complete: boolean; // false if a limit left records unread
}

export async function loadNetworkData(api: Api, maxNodes = MAX_NODES): Promise<NetworkData> {
  const [networks, encounters, introductions] = await Promise.all([
    readPages<NetworkLike>(api, "/networks", {}, 1),
    readPages<EncounterLike>(api, "/encounters", {}, LIMITS.encounterPages),
    readPages<IntroductionLike>(api, "/introductions", {}, LIMITS.introductionPages),
  ]);
  const { ids } = chooseNodeIds(encounters.items, introductions.items, maxNodes);
  const loaded = networks.items.slice(0, LIMITS.networks);
  const [people, members] = await Promise.all([
    namesOf(api, ids),
    eachLimited(loaded, LIMITS.parallel, (n) =>
      api.get<{ items: MembershipLike[] }>(`/networks/${n.id}/members`).then((d) => d.items),
    ),
  ]);
  return {
    input: {
      people,
      networks: loaded,
      memberships: members.flat(),
      encounters: encounters.items,
      introductions: introductions.items,
    },
    complete:
      networks.complete &&
      encounters.complete &&
      introductions.complete &&
      networks.items.length <= LIMITS.networks,
  };
}
