// The site's logo as a PNG (/logo.png), drawn from its icon, for the publisher in structured data.
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import icon from '../../public/favicon.svg?raw';
import { LOGO } from '../lib/urls';

export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(icon), { density: 1200 }).resize(LOGO.size, LOGO.size).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
