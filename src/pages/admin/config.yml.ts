// The browser editor's configuration, made from the content model (src/lib/cms-config.ts).
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsSettings } from '../../data/cms';
import { cmsConfig } from '../../lib/cms-config';

export const GET: APIRoute = () =>
  new Response(stringify(cmsConfig(cmsSettings()), { aliasDuplicateObjects: false }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
