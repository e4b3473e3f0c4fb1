/**
 * Where the content lives. Tests point CONTENT_DIR at fixture folders to build bad content
 * on purpose; everyone else uses ./content.
 */
export const CONTENT_ROOT = (process.env['CONTENT_DIR'] ?? './content').replace(/\/$/, '');
