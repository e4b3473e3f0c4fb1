interface ImportMetaEnv {
  /** The browser editor's bundled script, in a build (src/integrations/admin-bundle.ts). */
  readonly ADMIN_SCRIPT?: string;
  /** Astro's cache folder, in a build (src/integrations/build-cache.ts). */
  readonly BUILD_CACHE_DIR?: string;
  /** A hash of the lock file, in a build: the versions of every package (src/integrations/build-cache.ts). */
  readonly PACKAGES_HASH?: string;
  /** Where the pages place the files they make beside themselves, in a build (src/integrations/placed-files.ts). */
  readonly PLACED_FILES_DIR?: string;
  /** Where the pages write what the build must produce (src/integrations/build-guard.ts). */
  readonly EXPECTED_OUTPUTS_FILE?: string;
  /** Where the pages write what the sitemap says of each (src/integrations/sitemap.ts). */
  readonly SITEMAP_ENTRIES_FILE?: string;
}
