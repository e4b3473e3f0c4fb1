// Privacy-friendly video: from a YouTube or Vimeo address, the player address that is loaded
// only when the reader asks for it (YouTube's no-cookie domain; Vimeo with do-not-track).

export interface VideoSource {
  host: 'YouTube' | 'Vimeo';
  embed: string;
}

export function videoSource(url: string): VideoSource | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.replace(/^www\./, '');
  const youtubeId =
    host === 'youtu.be' ? parsed.pathname.slice(1) : host === 'youtube.com' ? parsed.searchParams.get('v') : null;
  if (youtubeId && /^[\w-]{6,}$/.test(youtubeId)) {
    return { host: 'YouTube', embed: `https://www.youtube-nocookie.com/embed/${youtubeId}?autoplay=1` };
  }
  const vimeoId = host === 'vimeo.com' ? parsed.pathname.slice(1) : null;
  if (vimeoId && /^\d+$/.test(vimeoId))
    return { host: 'Vimeo', embed: `https://player.vimeo.com/video/${vimeoId}?dnt=1&autoplay=1` };
  return null;
}
