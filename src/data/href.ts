import { withBase } from '../lib/urls';

/** A site path as a link, under the deployment base ("/" or e.g. "/utstillingsvindu/"). */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}
