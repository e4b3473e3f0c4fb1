// Builds one site in this process, with Astro's log (run.ts reads its image step from it), and
// reports its wall time and peak memory as JSON on the last line.
// (Pagefind indexes in a process of its own; its memory is not in this figure.)
import { build } from 'astro';

const [root, outDir] = process.argv.slice(2);
const start = performance.now();
await build({ root: root!, outDir: outDir!, logLevel: 'info' });
console.log(
  JSON.stringify({
    ms: Math.round(performance.now() - start),
    peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
