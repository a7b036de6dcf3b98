/**
 * The search worker: runs search sessions (src/lib/search/searchSession.ts) off the page's main
 * thread, so that loading Pagefind's WebAssembly and running a query never hold up scrolling or
 * typing. The page talks to it through src/lib/search/searchClient.ts, in the session's messages
 * ({@link WorkerRequest}, {@link WorkerReply}), which the same code answers here as in the page.
 */
import { answer, type WorkerReply, type WorkerRequest } from '../lib/search/searchSession';

const scope = globalThis as unknown as {
  document?: unknown;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply): void;
};

scope.onmessage = ({ data }) => {
  // Pagefind reads the language to split a query into words from the page's <html lang>, which a
  // worker has no access to: it gets an object that answers that one question with the page's.
  scope.document ??= {
    querySelector: (selector: string) =>
      selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? data.lang : null) } : null,
  };
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
