// Frontmatter of Markdown files, with line numbers for messages that point at a field.
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

export interface SplitFile {
  /** The YAML between the --- lines. */
  yaml: string;
  body: string;
  /** Line number (1-based) of the first YAML line in the file. */
  yamlLine: number;
  /** Line number of the first body line. */
  bodyLine: number;
}

/** Split "---\n<yaml>\n---\n<body>"; a file without frontmatter has an empty YAML part. */
export function splitFrontmatter(text: string): SplitFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { yaml: '', body: text, yamlLine: 1, bodyLine: 1 };
  const yaml = match[1] ?? '';
  return { yaml, body: text.slice(match[0].length), yamlLine: 2, bodyLine: match[0].split('\n').length };
}

export function parseYaml(yaml: string): Document {
  return parseDocument(yaml, { prettyErrors: false });
}

/** The line (1-based, within the YAML) of a field, or of its nearest parent that exists. */
export function lineOf(doc: Document, yaml: string, path: readonly (string | number)[]): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      line = lineAt(yaml, pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (!item?.range) break;
      line = lineAt(yaml, item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}

/** The line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}
