// Astro's sharp image service, with AVIF encoder settings by the width of the file
// (avifOptions in src/lib/responsive-pictures.ts); every other format and step is Astro's own.
// Named in astro.config.mjs as `image.service.entrypoint`.
import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { avifOptions } from '../lib/responsive-pictures';

const service: LocalImageService = {
  ...sharpService,
  transform(buffer, options, config, logger) {
    if (options.format !== 'avif') return sharpService.transform(buffer, options, config, logger);
    const serviceConfig = { ...config.service.config, avif: avifOptions(Number(options.width)) };
    return sharpService.transform(
      buffer,
      options,
      { ...config, service: { ...config.service, config: serviceConfig } },
      logger,
    );
  },
};

export default service;
