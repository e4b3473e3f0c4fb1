// The fingerprint of an entry's text in one language. A translation records the fingerprint of
// the text it was made from (`translationOf`, written by `npm run translations -- --done`), so
// any later change to that text shows the translation as out of date, even on the same day.
import { createHash } from 'node:crypto';

/** Title, summary and body, with spacing that does not change the text ignored. */
export function textFingerprint(data: Record<string, unknown>, body: string): string {
  const text = [data['title'], data['summary'], body]
    .map((part) =>
      String(part ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

export const FINGERPRINT_LENGTH = 12;
