// `npm run bench`: prints every figure of bench/ (backend, bundle sizes, cold loads). Not a test.
// `npm run bench -- --load` also runs the load test (bench/load.mjs: minutes of seeding unless
// LOAD_DATA_DIR names a seeded folder, then 30 s of load); `npm run bench:load` runs it alone.
import { execSync } from 'node:child_process';
import { startPreview } from './lib.mjs';
import { bundleBench } from './bundle.mjs';
import { coldListBench } from './cold-list.mjs';
import { editorBench } from './editor.mjs';
import { versusBench } from './versus.mjs';

console.log('== embedded backend (Node, through the MSW handlers)');
execSync('node --expose-gc --import tsx bench/api.ts', { stdio: 'inherit' });
execSync('node --import tsx bench/metrics.ts', { stdio: 'inherit' });
console.log('== the server at 50,000 articles on PGlite (in process)');
execSync('node --import tsx bench/scale.ts', { stdio: 'inherit' });
console.log('== server start (process start to first answer)');
execSync('node bench/server-start.mjs', { stdio: 'inherit' });
console.log('== production build');
execSync('npm run build:demo', { stdio: 'inherit' });
const preview = await startPreview();
try {
  console.log('== JavaScript per page');
  await bundleBench({ dist: 'dist-demo', editorCheck: ['ProseMirror'] });
  console.log('== cold loads in Chromium');
  await coldListBench();
  console.log('== the article editor in Chromium');
  await editorBench();
} finally {
  preview.kill();
}
console.log('== against the anchor (minimal react-admin), side by side');
await versusBench();
if (process.argv.includes('--load')) {
  console.log('== load on the Node server (PGlite)');
  execSync('node bench/load.mjs', { stdio: 'inherit' });
}
