/**
 * The environment for a child `astro build`: the current one without the variables Vitest
 * sets for its own Vite. A build that inherited BASE_URL=/ would take it as its base path.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key));
  return { ...Object.fromEntries(inherited), ...extra };
}
