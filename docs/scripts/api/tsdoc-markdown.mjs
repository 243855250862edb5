// TSDoc comment nodes as Markdown for VitePress. Text keeps the Markdown the comments are
// written in (lists, emphasis); `<` is escaped so that a type such as `Array<T>` in prose is not
// read as an HTML tag by Vue. `{@link}` becomes a link through the `linkTo` callback.
import { tsdoc } from './toolchain.mjs';

const { DocNodeKind } = tsdoc;

/**
 * @callback LinkResolver
 * @param {import('@microsoft/tsdoc').DocLinkTag} tag
 * @returns {string | undefined} the href of the link's target, when it is on the site
 */

/**
 * @param {import('@microsoft/tsdoc').DocNode | undefined} node
 * @param {LinkResolver} linkTo
 * @returns {string}
 */
export function tsdocToMarkdown(node, linkTo) {
  if (!node) return '';
  switch (node.kind) {
    case DocNodeKind.PlainText:
      return escapeText(/** @type {any} */ (node).text);
    case DocNodeKind.EscapedText:
      return escapeText(/** @type {any} */ (node).decodedText);
    case DocNodeKind.ErrorText:
      return escapeText(/** @type {any} */ (node).text);
    case DocNodeKind.SoftBreak:
      return '\n';
    case DocNodeKind.CodeSpan:
      return codeSpan(/** @type {any} */ (node).code);
    case DocNodeKind.FencedCode: {
      const fenced = /** @type {any} */ (node);
      return `\n\n\`\`\`${fenced.language || 'ts'}\n${fenced.code.replace(/\n$/, '')}\n\`\`\`\n\n`;
    }
    case DocNodeKind.HtmlStartTag:
    case DocNodeKind.HtmlEndTag:
      return escapeText(/** @type {any} */ (node).emitAsHtml());
    case DocNodeKind.LinkTag:
      return linkTag(/** @type {any} */ (node), linkTo);
    case DocNodeKind.Paragraph:
      return `${childrenOf(node, linkTo).trim()}\n\n`;
    default:
      return childrenOf(node, linkTo);
  }
}

/** @param {import('@microsoft/tsdoc').DocNode} node @param {LinkResolver} linkTo */
function childrenOf(node, linkTo) {
  return node
    .getChildNodes()
    .map((child) => tsdocToMarkdown(child, linkTo))
    .join('');
}

/** @param {import('@microsoft/tsdoc').DocLinkTag} tag @param {LinkResolver} linkTo */
function linkTag(tag, linkTo) {
  if (tag.urlDestination) {
    return `[${escapeText(tag.linkText || tag.urlDestination)}](${tag.urlDestination})`;
  }
  const ref = tag.codeDestination;
  const refText = ref
    ? ref.memberReferences.map((member) => member.memberIdentifier?.identifier ?? '').join('.')
    : '';
  const text = tag.linkText ? escapeText(tag.linkText) : codeSpan(refText);
  const href = linkTo(tag);
  return href ? `[${text}](${href})` : text;
}

/**
 * Prose for Markdown inside a Vue template: `<` and `>` as entities, `{{` broken up.
 * @param {string} text
 */
export function escapeText(text) {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{\{/g, '{&#8203;{');
}

/** An inline code span that holds any text, backticks included. @param {string} code */
export function codeSpan(code) {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${code}${pad}${fence}`;
}
