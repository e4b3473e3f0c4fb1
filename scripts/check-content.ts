// npm run check:content: checks every content file in seconds, without building the site.
// One line per problem, errors first; exit code 1 when there are errors.
import { checkContent, formatFinding } from './lib/content-check';

const root = process.env['CONTENT_DIR'] ?? 'content';
const findings = await checkContent(root);
for (const finding of findings) console.log(formatFinding(finding));
const errors = findings.filter((f) => f.severity === 'error').length;
const warnings = findings.length - errors;
console.log(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${root}/`);
process.exitCode = errors > 0 ? 1 : 0;
