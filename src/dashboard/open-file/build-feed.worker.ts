// The worker that builds a feed document from a dossier export, off the page's thread; the dialog terminates it to cancel.
import { buildFromBlob, ExportNotRead } from './build-from-file';
import type { BuildReply, BuildRequest } from './build-protocol';

const scope = self as unknown as {
  postMessage(message: BuildReply): void;
  onmessage: ((event: MessageEvent<BuildRequest>) => void) | null;
};

/** A progress message at most this often: a 230 MB file is thousands of chunks. */
const PROGRESS_EVERY_MS = 100;

scope.onmessage = (event) => void build(event.data);

async function build({ file, units, options }: BuildRequest): Promise<void> {
  let lastPost = 0;
  try {
    const { document, report } = await buildFromBlob(file, units, options, {
      read(read, total) {
        const now = Date.now();
        if (now - lastPost < PROGRESS_EVERY_MS && read < total) return;
        lastPost = now;
        scope.postMessage({ type: 'progress', read, total });
      },
      unpacking: () => scope.postMessage({ type: 'unpacking' }),
    });
    scope.postMessage({ type: 'done', document, report });
  } catch (error) {
    const failure =
      error instanceof ExportNotRead
        ? error.failure
        : { code: 'unreadable' as const, detail: error instanceof Error ? error.message : String(error) };
    scope.postMessage({ type: 'failed', failure });
  }
}
