import { describe, expect, it } from 'vitest';
import { socialCard, titleSize } from '../../src/lib/social-card';

describe('social card', () => {
  it('shows site name, kicker, title and footer in that order', () => {
    const card = socialCard({ siteName: 'NCE Heidner Biocluster', kicker: 'Løsning · Bioraffinering', title: 'Ærlig øl på Åna – «fôr»', footer: 'heidner.example' });
    expect(JSON.stringify(card)).toMatch(/NCE Heidner Biocluster.*Løsning · Bioraffinering.*Ærlig øl på Åna – «fôr».*heidner\.example/);
    expect(card.props.style).toMatchObject({ width: 1056, height: 502, padding: '64px 72px' });
  });

  it('sets long titles smaller', () => {
    expect(titleSize('Kort tittel')).toBeGreaterThan(titleSize('En mye lengre tittel som går over flere linjer på kortet, kanskje tre'));
  });
});
