/**
 * The environment for a child `astro build`: the current one without the variables Vitest
 * sets for its own Vite. A build that inherited BASE_URL=/ would take it as its base path, and
 * one that inherited NODE_ENV=test would not be a production build.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key),
  );
  return { ...Object.fromEntries(inherited), ...extra };
}
