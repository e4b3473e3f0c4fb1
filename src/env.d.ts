interface ImportMetaEnv {
  /** Where the pages draw their social cards, in a build (src/social-cards/integration.ts). */
  readonly SOCIAL_CARDS_DIR?: string;
}
