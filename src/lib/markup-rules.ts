// What the body of an entry may hold. Markdown is text: raw HTML is refused, because a tag
// such as <script>, <iframe> or <meta http-equiv="refresh"> would be published as it is,
// and the MDX components do what editors need HTML for. MDX is code that runs when the site
// is built: only the documented components, with literal props and pictures imported from the
// entry's own folder. Links go to web pages, e-mail addresses, phone numbers or this site.
import type { Program, Expression } from 'estree';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';

/** The components editors may use in MDX (src/components/mdx/index.ts provides them). */
export const MDX_COMPONENTS = ['Callout', 'FactBox', 'Figure', 'Gallery', 'KeyFigure', 'Quote', 'VideoEmbed'] as const;

export interface MarkupProblem {
  /** Line (1-based) within the body. */
  line: number;
  message: string;
}

const SAFE_SCHEMES = /^(https?|mailto|tel):/i;
/** A scheme is letters, digits, + . - before a colon, and comes before any / ? or #. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const PICTURE_IMPORT = /^\.\/[^/\\]+\.(jpe?g|png|webp|avif)$/i;
const COMMENT_ONLY = /^\s*<!--[\s\S]*?-->\s*$/;

const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line ?? 1;
/** The JavaScript of an MDX node, as the MDX parser read it. */
const estreeOf = (node: { data?: unknown }) => (node.data as { estree?: Program } | undefined)?.estree;
const snippet = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text).replace(/\s+/g, ' ');

/** The problems of a body written as Markdown (.md) or MDX (.mdx). */
export function markupProblems(body: string, format: 'md' | 'mdx'): MarkupProblem[] {
  if (format === 'md') {
    const tree = fromMarkdown(body);
    return [...linkProblems(tree), ...htmlProblems(tree)];
  }
  let tree: Nodes;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    const { line = 1, reason = String(error) } = error as { line?: number; reason?: string };
    return [{ line, message: `is not valid MDX: ${reason} (check the tags and braces)` }];
  }
  return [...linkProblems(tree), ...mdxProblems(tree)];
}

function htmlProblems(tree: Nodes): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  visit(tree, 'html', (node) => {
    if (COMMENT_ONLY.test(node.value)) return;
    problems.push({
      line: lineOf(node),
      message:
        `has raw HTML (${snippet(node.value)}), which is not published: write it in Markdown, or ` +
        'rename the file to .mdx and use a component from the editor guide',
    });
  });
  return problems;
}

function linkProblems(tree: Nodes): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const url = node.url.trim();
    if (HAS_SCHEME.test(url) && !SAFE_SCHEMES.test(url)) {
      problems.push({
        line: lineOf(node),
        message: `links to "${snippet(url)}": a link starts with https://, mailto: or tel:, or is a path on this site`,
      });
    }
  });
  return problems;
}

function mdxProblems(tree: Nodes): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  const pictures = new Set<string>();
  const add = (node: Nodes, message: string) => problems.push({ line: lineOf(node), message });

  visit(tree, 'mdxjsEsm', (node) => {
    const program = estreeOf(node);
    for (const statement of program?.body ?? []) {
      const [specifier, ...more] = statement.type === 'ImportDeclaration' ? statement.specifiers : [];
      const source = statement.type === 'ImportDeclaration' ? String(statement.source.value) : '';
      if (specifier?.type === 'ImportDefaultSpecifier' && !more.length && PICTURE_IMPORT.test(source)) {
        pictures.add(specifier.local.name);
      } else {
        add(
          node,
          'has an import or export, which runs code when the site is built: only a picture from ' +
            "the entry's folder may be imported, e.g. import photo from './photo.jpg'",
        );
      }
    }
  });

  visit(tree, (node) => {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      // {/* a comment */} is an expression without code.
      if (estreeOf(node)?.body.length) {
        add(node, `has {${snippet(node.value)}}, which runs code when the site is built: write the text itself`);
      }
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (!node.name || !(MDX_COMPONENTS as readonly string[]).includes(node.name)) {
      add(node, `has <${node.name ?? ''}>, which is not a component: use one of ${MDX_COMPONENTS.join(', ')}`);
      return;
    }
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        add(node, `has {${snippet(attribute.value)}} in <${node.name}>: write each prop as name="value"`);
      } else if (attribute.value && typeof attribute.value === 'object') {
        const program = estreeOf(attribute.value);
        const statement = program?.body[0];
        const value = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
        if (!value || !isLiteral(value, pictures)) {
          add(
            node,
            `has ${attribute.name}={${snippet(attribute.value.value)}} in <${node.name}>: a prop is text, a ` +
              'number, a list or a picture imported at the top of the file, not code',
          );
        }
      }
    }
  });
  return problems;
}

/** A value written out in full: text, a number, true/false, a list or record of such, or an imported picture. */
function isLiteral(value: Expression, pictures: ReadonlySet<string>): boolean {
  switch (value.type) {
    case 'Literal':
      return !('regex' in value);
    case 'TemplateLiteral':
      return value.expressions.length === 0;
    case 'Identifier':
      return pictures.has(value.name);
    case 'UnaryExpression':
      return value.operator === '-' && value.argument.type === 'Literal' && typeof value.argument.value === 'number';
    case 'ArrayExpression':
      return value.elements.every(
        (element) => element?.type !== 'SpreadElement' && !!element && isLiteral(element, pictures),
      );
    case 'ObjectExpression':
      return value.properties.every(
        (property) =>
          property.type === 'Property' &&
          property.kind === 'init' &&
          !property.computed &&
          !property.method &&
          isLiteral(property.value as Expression, pictures),
      );
    default:
      return false;
  }
}
