interface ImportMetaEnv {
  /** Where the pages draw their social cards, in a build (src/social-cards/integration.ts). */
  readonly SOCIAL_CARDS_DIR?: string;
  /** Where the pages write what the build must produce (src/integrations/build-guard.ts). */
  readonly EXPECTED_OUTPUTS_FILE?: string;
}
