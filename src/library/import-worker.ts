// The import worker: one file in, progress and the checked articles out (see import-job.ts).
import { runImportJob, type ImportJobMessage } from './import-job';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ file: Blob }>) => void) | null;
  postMessage: (message: ImportJobMessage) => void;
};

scope.onmessage = (event) => {
  void runImportJob(event.data.file, (message) => scope.postMessage(message));
};
