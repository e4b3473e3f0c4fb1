import { describe, expect, it } from 'vitest';
import { videoSource } from '../../src/lib/video';

describe('video addresses', () => {
  it('turns YouTube and Vimeo links into privacy-friendly players', () => {
    expect(videoSource('https://www.youtube.com/watch?v=abc123XYZ_-')).toEqual({
      host: 'YouTube',
      embed: 'https://www.youtube-nocookie.com/embed/abc123XYZ_-?autoplay=1',
    });
    expect(videoSource('https://youtu.be/abc123XYZ_-')?.embed).toBe(
      'https://www.youtube-nocookie.com/embed/abc123XYZ_-?autoplay=1',
    );
    expect(videoSource('https://vimeo.com/123456')).toEqual({
      host: 'Vimeo',
      embed: 'https://player.vimeo.com/video/123456?dnt=1&autoplay=1',
    });
  });

  it('refuses anything else', () => {
    expect(videoSource('https://example.org/video.mp4')).toBeNull();
    expect(videoSource('not a url')).toBeNull();
    expect(videoSource('https://www.youtube.com/watch?v=<script>')).toBeNull();
  });
});
