/**
 * The page's side of search: a {@link SearchSession} that runs in the search worker
 * (src/scripts/searchWorker.ts), started on first use and shared by every search field on the page.
 * Where the worker cannot start (a browser without module workers, a script that failed to load), the
 * session runs in the page instead, as it would without a worker.
 */
import type { Addressed, SearchSession, SessionSource, WorkerReply, WorkerRequest } from './searchSession';

type Body = WorkerRequest extends infer R ? (R extends Addressed ? Omit<R, keyof Addressed> : never) : never;

interface Pending {
  request: WorkerRequest;
  resolve(reply: WorkerReply): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
/** Set once the worker has failed to start: later sessions run in the page. */
let inPage = false;
let nextId = 0;
const pending = new Map<number, Pending>();

/** Answers a request in the page, as the worker would have. */
const answerInPage = (request: WorkerRequest): Promise<WorkerReply> =>
  import('./searchSession').then(({ answer }) => answer(request));

/** The worker gave up before answering: what it was asked is answered in the page from now on. */
function fallBackToPage() {
  inPage = true;
  worker?.terminate();
  worker = undefined;
  const waiting = [...pending.values()];
  pending.clear();
  for (const { request, resolve, reject } of waiting) answerInPage(request).then(resolve, reject);
}

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    const started = new Worker(new URL('../../scripts/searchWorker.ts', import.meta.url), {
      type: 'module',
      name: 'search',
    });
    started.addEventListener('message', ({ data }: MessageEvent<WorkerReply>) => {
      const waiting = pending.get(data.id);
      if (!waiting) return;
      pending.delete(data.id);
      if (data.type === 'error') waiting.reject(new Error(data.message));
      else waiting.resolve(data);
    });
    // The worker's script did not load or run: nothing it was asked will be answered.
    started.addEventListener('error', (event) => {
      event.preventDefault();
      fallBackToPage();
    });
    return started;
  } catch {
    return undefined;
  }
}

function send(source: SessionSource, body: Body): Promise<WorkerReply> {
  const request = {
    ...body,
    id: ++nextId,
    indexBase: source.indexBase,
    namesUrl: source.namesUrl,
    lang: document.documentElement.lang || 'zh-CN',
  } as WorkerRequest;
  if (!inPage) worker ??= startWorker();
  if (!worker) {
    inPage = true;
    return answerInPage(request);
  }
  const target = worker;
  return new Promise((resolve, reject) => {
    pending.set(request.id, { request, resolve, reject });
    target.postMessage(request);
  });
}

const expect = <T extends WorkerReply['type']>(reply: WorkerReply, type: T) => {
  if (reply.type !== type) throw new Error(`search worker: expected a "${type}" reply, got "${reply.type}"`);
  return reply as Extract<WorkerReply, { type: T }>;
};

/** A search session for the index at `source`, run in the search worker where it can start. */
export function searchClient(source: SessionSource): SearchSession {
  return {
    warm: async () => void expect(await send(source, { type: 'warm' }), 'done'),
    preload: async (query) => void expect(await send(source, { type: 'preload', query }), 'done'),
    search: async (query) => expect(await send(source, { type: 'search', query }), 'result').result,
    more: async (search, count) => expect(await send(source, { type: 'more', search, count }), 'hits').hits,
  };
}
