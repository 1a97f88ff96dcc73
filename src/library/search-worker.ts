// The search worker: the library's index, built, kept and queried here (search-job.ts).
import { LibraryStore } from '../storage/library-store';
import { searchJob, type SearchJobMessage, type SearchPageMessage } from './search-job';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchPageMessage>) => void) | null;
  postMessage: (message: SearchJobMessage) => void;
};

// This store only reads, and writes the index snapshot: it tells no other page of anything.
const store = new LibraryStore({ notify: () => {} });
const handle = searchJob((message) => scope.postMessage(message), store);
scope.onmessage = (event) => handle(event.data);
