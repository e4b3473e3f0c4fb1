// Social cards are drawn while the pages are built, a few at a time in the background, and
// written into the output when the build is done (src/integrations/social-cards.ts). Astro
// builds the endpoints of a site before its pages, so cards drawn by an endpoint could not
// overlap with the pages; queued here, they are encoded on other cores while pages render.
//
// Vite bundles the page code, so the pages and the integration hold separate copies of this
// module: the queue itself lives on globalThis under a registered symbol.
import pLimit, { type LimitFunction } from 'p-limit';

interface Queue {
  /** Site path of each card ("/og/losninger/x.jpg") and the file it will be in. */
  cards: Map<string, Promise<string>>;
  limit: LimitFunction;
  /** Work the queued cards wait for: the worker that draws the predicted cards ahead. */
  ahead: Promise<unknown>;
}

const QUEUE = Symbol.for('utstillingsvindu.social-card-queue');
/** Cards in the making at once: enough to keep every core busy, few enough to bound memory. */
const AT_ONCE = 4;

function queue(): Queue {
  const global = globalThis as typeof globalThis & { [QUEUE]?: Queue };
  global[QUEUE] ??= { cards: new Map(), limit: pLimit(AT_ONCE), ahead: Promise.resolve() };
  return global[QUEUE];
}

/** Queues the card at a site path, once; `draw` makes it and returns the file it is in. */
export function queueCard(sitePath: string, draw: () => Promise<string>): void {
  const { cards, limit } = queue();
  if (cards.has(sitePath)) return;
  const file = limit(async () => {
    // Most cards are drawn by then, and the page finds its own in the cache.
    await queue().ahead;
    return draw();
  });
  // A card that fails fails the build in drainCards, with its error, not as an unhandled rejection.
  file.catch(() => {});
  cards.set(sitePath, file);
}

/** Holds the queued cards back until `work` is over (it never fails). */
export function drawAfter(work: Promise<void>): void {
  queue().ahead = work;
}

/** Waits for every queued card and empties the queue: site path → file. */
export async function drainCards(): Promise<Map<string, string>> {
  const { cards } = queue();
  const files = await Promise.all(cards.values());
  const done = new Map([...cards.keys()].map((path, i) => [path, files[i]!]));
  cards.clear();
  return done;
}
