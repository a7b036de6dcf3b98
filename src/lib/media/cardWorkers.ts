/**
 * Share cards drawn on worker threads, so that a build lays out and rasterises them (satori, then
 * resvg: tens of milliseconds a card) on the other cores while the main thread goes on writing
 * pages. One worker per core, started on first use; idle workers do not keep the build process
 * alive, and stop after two seconds without work, so that they hold no memory during the search
 * indexing that follows.
 *
 * The worker's code is a plain script passed to the Worker as text: the page code runs from the
 * bundle Astro builds, where a separate worker file would have no stable path. It loads satori and
 * resvg by the absolute paths resolved here and reads each font file once.
 *
 * Build time only (Node).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A font file of a card, by absolute path. */
export interface CardFontFile {
  name: string;
  path: string;
  weight: number;
}

/** What a worker draws: satori's element tree, the size, and the fonts it uses. */
export interface CardDrawing {
  tree: unknown;
  width: number;
  height: number;
  fonts: CardFontFile[];
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const satori = require(workerData.satori).default;
const { Resvg } = require(workerData.resvg);
const fontData = new Map();
const font = ({ name, path, weight }) => {
  let data = fontData.get(path);
  if (!data) {
    data = readFileSync(path);
    fontData.set(path, data);
  }
  return { name, data, weight, style: 'normal' };
};
const draw = async ({ id, drawing }) => {
  try {
    const { tree, width, height, fonts } = drawing;
    const svg = await satori(tree, { width, height, fonts: fonts.map(font) });
    // Satori has turned every glyph into a path, so resvg needs no font: without this it would
    // look through all the machine's fonts for every card (most of its time where CJK fonts are
    // installed, about 74 of 93 ms a card; the PNG is byte for byte the same).
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } })
      .render()
      .asPng();
    parentPort.postMessage({ id, png: new Uint8Array(png) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
};
// resvg frees each rendered image (about 3 MB, outside the JavaScript heap) only in a finaliser,
// which runs when the event loop turns. Drawing card after card in one chain of promises never
// lets it turn, and a worker would grow by gigabytes over thousands of cards: each card waits for
// the next turn of the loop.
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
// One card at a time, in the order asked: the first cards are ready first.
let queue = Promise.resolve();
parentPort.on('message', (message) => {
  queue = queue.then(() => draw(message)).then(nextTurn);
});
`;

interface Pending {
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

const require = createRequire(import.meta.url);
let workers: PoolWorker[] | undefined;
let nextId = 0;

/** How long the pool may stay idle before its workers stop and give their memory back. */
const IDLE_MS = 2000;
let idleTimer: NodeJS.Timeout | undefined;

/** Stops the workers once none has anything to draw for {@link IDLE_MS}; the next card starts new ones. */
function stopWhenIdle(): void {
  if (!workers || workers.some((entry) => entry.pending.size > 0)) return;
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    const idle = workers;
    if (!idle || idle.some((entry) => entry.pending.size > 0)) return;
    workers = undefined;
    for (const { worker } of idle) void worker.terminate();
  }, IDLE_MS);
  idleTimer.unref();
}

/** Rejects every drawing a worker still owes, when it fails or stops, and takes it out of the pool. */
function failAll(entry: PoolWorker, error: Error): void {
  for (const { reject } of entry.pending.values()) reject(error);
  entry.pending.clear();
  entry.worker.unref();
  workers = workers?.filter((other) => other !== entry);
  if (workers?.length === 0) workers = undefined;
}

function startWorker(): PoolWorker {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { satori: require.resolve('satori'), resvg: require.resolve('@resvg/resvg-js') },
  });
  const entry: PoolWorker = { worker, pending: new Map() };
  worker.unref();
  worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
    const job = entry.pending.get(id);
    if (!job) return;
    entry.pending.delete(id);
    if (entry.pending.size === 0) {
      worker.unref();
      stopWhenIdle();
    }
    if (png) job.resolve(png);
    else job.reject(new Error(`share card: drawing failed: ${error ?? 'no image'}`));
  });
  worker.on('error', (error: Error) =>
    failAll(entry, new Error(`share card: a drawing worker failed: ${error.message}`)),
  );
  worker.on('exit', (code) => failAll(entry, new Error(`share card: a drawing worker stopped (exit code ${code})`)));
  return entry;
}

/** Number of drawing workers: one per core the process may use, at most four. */
export const CARD_WORKERS = Math.max(1, Math.min(4, availableParallelism()));

/** The PNG of a card, drawn by the least busy worker. */
export function drawOnWorker(drawing: CardDrawing): Promise<Uint8Array> {
  clearTimeout(idleTimer);
  workers ??= Array.from({ length: CARD_WORKERS }, startWorker);
  const entry = workers.reduce((least, current) => (current.pending.size < least.pending.size ? current : least));
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    if (entry.pending.size === 0) entry.worker.ref();
    entry.pending.set(id, { resolve, reject });
    entry.worker.postMessage({ id, drawing });
  });
}
