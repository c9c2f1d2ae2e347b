// Worker entry point: registers tsx's TypeScript loader in this thread, then loads the ingest worker.
// (A worker does not inherit the loader tsx installed in the main thread.)
import { register } from 'tsx/esm/api';

register();
await import('./ingest-worker.ts');
