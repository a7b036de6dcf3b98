/**
 * The search worker: runs search sessions (src/lib/search/searchSession.ts) off the page's main
 * thread, so that loading Pagefind's WebAssembly and running a query never hold up scrolling or
 * typing. The page talks to it through src/lib/search/searchClient.ts; the messages are
 * {@link WorkerRequest} and {@link WorkerReply}.
 */
import { createSearchSession, type SearchSession } from '../lib/search/searchSession';
import type { WorkerReply, WorkerRequest } from '../lib/search/searchClient';

const scope = globalThis as unknown as {
  document?: unknown;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply): void;
};

const sessions = new Map<string, SearchSession>();

function session(request: WorkerRequest): SearchSession {
  // Pagefind reads the language to split a query into words from the page's <html lang>, which a
  // worker has no access to: it gets an object that answers that one question with the page's.
  scope.document ??= {
    querySelector: (selector: string) =>
      selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? request.lang : null) } : null,
  };
  const key = `${request.indexBase}\n${request.namesUrl}`;
  let found = sessions.get(key);
  if (!found) {
    found = createSearchSession({ indexBase: request.indexBase, namesUrl: request.namesUrl });
    sessions.set(key, found);
  }
  return found;
}

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  const target = session(request);
  switch (request.type) {
    case 'warm':
      await target.warm();
      return { id: request.id, type: 'done' };
    case 'preload':
      await target.preload(request.query);
      return { id: request.id, type: 'done' };
    case 'search':
      return { id: request.id, type: 'result', result: await target.search(request.query) };
    case 'more':
      return { id: request.id, type: 'hits', hits: await target.more(request.search, request.count) };
  }
}

scope.onmessage = ({ data }) => {
  answer(data).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) =>
      scope.postMessage({
        id: data.id,
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
