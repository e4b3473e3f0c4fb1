// What identifies an item in the feeds. A feed reader keeps an item by its guid: the page's URL
// would change with its slug, and every reader would show the renamed entry as new. The guid is
// a tag URI (RFC 4151) of the entry's folder and language instead, which no edit of the entry
// changes.

/** The tag's date: when this way of naming items began; fixed, so that no id ever changes. */
const TAG_DATE = '2026';

/** The guid of an entry in the feeds: "tag:www.heidner.example,2026:solutions/halm-til-protein/nb". */
export function feedItemId(host: string, collection: string, entryId: string): string {
  return `tag:${host},${TAG_DATE}:${collection}/${entryId}`;
}
