// The browser editor's settings for this build: where the content is and which backend saves
// it. Without CMS_GITHUB_REPO the editor saves through the local backend that `npm run cms`
// starts; with it, to that GitHub repository (see the editor guide for signing in).
import { basename } from 'node:path';
import { localBackendPort, localBackendUrl, type CmsSettings } from '../lib/cms-config';
import { absoluteUrl } from '../lib/urls';
import { CONTENT_ROOT } from './content-root';

export const cmsSettings = (): CmsSettings => ({
  // The editor writes to the repository that holds the content folder at its root.
  contentFolder: basename(CONTENT_ROOT),
  githubRepo: process.env['CMS_GITHUB_REPO'] || undefined,
  branch: process.env['CMS_BRANCH'] || undefined,
  oauthUrl: process.env['CMS_OAUTH_URL'] || undefined,
  localBackend: import.meta.env.DEV,
  localBackendUrl: localBackendUrl(localBackendPort()),
  siteUrl: absoluteUrl('/', import.meta.env.SITE ?? 'http://localhost', import.meta.env.BASE_URL),
});

/**
 * Where the editor page may connect: its own origin, the pictures it holds before saving
 * (blob:), and the backend it saves through.
 */
export function cmsConnectSources(settings: CmsSettings): string[] {
  const sources = ["'self'", 'blob:'];
  if (!settings.githubRepo || settings.localBackend) sources.push(new URL(settings.localBackendUrl).origin);
  if (settings.githubRepo) sources.push('https://api.github.com');
  if (settings.oauthUrl) sources.push(new URL(settings.oauthUrl).origin);
  return sources;
}
