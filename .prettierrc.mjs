// Formatting of the code (npm run format; npm run lint checks it). Content and the guides are
// editors' text and are left as written (.prettierignore).
/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
