// The import worker: one file in, progress out, the page asked to sanitise the articles' HTML,
// the result written here, over the page's own database (import-job.ts).
import { LibraryStore } from '../storage/library-store';
import { importJob, type ImportJobMessage, type ImportPageMessage } from './import-job';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportPageMessage>) => void) | null;
  postMessage: (message: ImportJobMessage) => void;
};

const store = new LibraryStore();
const handle = importJob((message) => scope.postMessage(message), store);
scope.onmessage = (event) => handle(event.data);
