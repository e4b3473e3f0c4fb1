// Builds one site in this process and reports its wall time and peak memory as JSON.
// (Pagefind indexes in a process of its own; its memory is not in this figure.)
import { build } from 'astro';

const [root, outDir] = process.argv.slice(2);
const start = performance.now();
await build({ root: root!, outDir: outDir!, logLevel: 'error' });
console.log(
  JSON.stringify({
    ms: Math.round(performance.now() - start),
    peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
