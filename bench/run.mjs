// `npm run bench`: prints every figure of bench/ (backend, bundle sizes, cold loads). Not a test.
import { execSync } from 'node:child_process';
import { startPreview } from './lib.mjs';
import { bundleBench } from './bundle.mjs';
import { coldListBench } from './cold-list.mjs';
import { editorBench } from './editor.mjs';
import { versusBench } from './versus.mjs';

console.log('== embedded backend (Node, through the MSW handlers)');
execSync('node --expose-gc --import tsx bench/api.ts', { stdio: 'inherit' });
execSync('node --import tsx bench/metrics.ts', { stdio: 'inherit' });
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
