// One package's reference page: every export as a section (signature, summary, parameters,
// returns, remarks, examples), the members of classes and interfaces beneath it, and for names
// the package re-exports from another package, a link to where they are documented.
import { commentExamples } from './comment-examples.mjs';
import { codeSpan, escapeText, tsdocToMarkdown } from './tsdoc-markdown.mjs';

/**
 * @typedef {import('@microsoft/api-extractor-model').ApiItem} ApiItem
 * @typedef {{
 *   pkg: { name: string, description: string, slug: string, sourcePath: string },
 *   apiPackage: import('@microsoft/api-extractor-model').ApiPackage,
 *   rawComments: Map<string, string>,
 *   reexports: { name: string, href: string | undefined }[],
 *   namespaces: Map<string, { summary: string, examples: string[], members: { name: string, href: string | undefined }[] }>,
 *   linkTo: (tag: import('@microsoft/tsdoc').DocLinkTag, from: ApiItem) => string | undefined,
 * }} PageInput
 */

const kindTitles = /** @type {Record<string, string>} */ ({
  Class: 'Classes',
  Function: 'Functions',
  Variable: 'Values',
  Interface: 'Interfaces',
  TypeAlias: 'Types',
  Enum: 'Enums',
  Namespace: 'Namespaces',
});
const kindLabels = /** @type {Record<string, string>} */ ({
  Class: 'class',
  Function: 'function',
  Variable: 'value',
  Interface: 'interface',
  TypeAlias: 'type',
  Enum: 'enum',
  Namespace: 'namespace',
});

/**
 * The name an item is exported as: API Extractor renames a declaration whose name a global
 * also has (`Request_2` beside the DOM's `Request`); the export keeps its own name.
 * @param {ApiItem} item
 */
export function publicName(item) {
  return item.parent?.kind === 'EntryPoint' ? item.displayName.replace(/_\d+$/, '') : item.displayName;
}

/** The anchor of an export, or of a member (`Session-get`). @param {ApiItem} item */
export function anchorOf(item) {
  const parent = item.parent;
  const own = item.kind === 'Constructor' ? 'constructor' : publicName(item);
  const id = parent && parent.kind !== 'EntryPoint' ? `${anchorOf(parent)}-${own}` : own;
  // Letters, digits and single dashes only: `_` and brackets would be read as Markdown.
  return id.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'item';
}

/** @param {PageInput} input @returns {string} */
export function renderPackage(input) {
  const { pkg, apiPackage } = input;
  const groups = exportGroups(apiPackage.entryPoints[0].members);
  const out = ['---', `title: ${JSON.stringify(pkg.name)}`, 'outline: 2', '---', '', `# ${pkg.name}`, ''];
  const packageDoc = /** @type {any} */ (apiPackage).tsdocComment;
  const packageSummary = packageDoc ? docText(packageDoc.summarySection, apiPackage, input) : '';
  out.push(packageSummary || escapeText(pkg.description), '');
  for (const example of commentExamples(
    input.rawComments.get(apiPackage.canonicalReference.toString()) ?? '',
  )) {
    out.push('**Example**', '', example, '');
  }
  out.push(`\`\`\`sh\nnpm install ${pkg.name}\n\`\`\``, '');
  out.push(...contents(groups, input.reexports), '');
  for (const group of groups) out.push(...renderExport(group, input));
  if (input.reexports.length > 0) {
    out.push('## Re-exported names {#re-exported}', '');
    out.push(`Also exported by ${codeSpan(pkg.name)}, documented with the package that declares them:`, '');
    out.push(input.reexports.map(({ name, href }) => linkOrCode(name, href)).join(', '), '');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** The page's index: each kind with its names. @param {ApiItem[][]} groups @param {unknown[]} reexports */
function contents(groups, reexports) {
  const lines = [];
  for (const [kind, title] of Object.entries(kindTitles)) {
    const items = groups.map((group) => group[0]).filter((item) => item.kind === kind);
    if (items.length === 0) continue;
    lines.push(
      `**${title}:** ${items.map((i) => `[${codeSpan(publicName(i))}](#${anchorOf(i)})`).join(', ')}`,
      '',
    );
  }
  if (reexports.length > 0) lines.push(`**Re-exported:** [${reexports.length} names](#re-exported)`, '');
  return lines;
}

/**
 * An export's section. Overloads, and a type and a value of one name, are one group: one
 * heading, every signature, the comment of the first that has a summary.
 * @param {ApiItem[]} group @param {PageInput} input
 */
function renderExport(group, input) {
  const [first] = group;
  const item = group.find((i) => hasSummary(i)) ?? first;
  const out = [`## ${escapeHeading(publicName(first))} {#${anchorOf(first)}}`, ''];
  const source = /** @type {any} */ (item).fileUrlPath;
  const kinds = [...new Set(group.map((i) => kindLabels[i.kind] ?? i.kind))].join(' and ');
  out.push(source ? `*${kinds}* · [source](${input.pkg.sourcePath}/${source})` : `*${kinds}*`, '');
  const signatures = [...group.filter((i) => i !== item && i.kind === item.kind), item];
  out.push(...renderDoc(item, input, item.kind === 'Function' ? [item, ...signatures.slice(0, -1)] : [item]));
  for (const other of group) {
    if (other.kind !== item.kind) out.push(...renderDoc(other, input));
  }
  for (const each of group) out.push(...renderContents(each, input));
  return out;
}

/** A namespace's names, an enum's members, a class's or interface's members. @param {ApiItem} item @param {PageInput} input */
function renderContents(item, input) {
  const out = [];
  if (item.kind === 'Namespace') {
    const ns = input.namespaces.get(item.displayName);
    if (ns) {
      out.push(escapeText(ns.summary), '');
      out.push(ns.members.map(({ name, href }) => linkOrCode(name, href)).join(', '), '');
      for (const example of ns.examples) out.push('**Example**', '', example, '');
    }
  }
  if (item.kind === 'Enum') {
    for (const member of item.members) {
      const summary = docText(/** @type {any} */ (member).tsdocComment?.summarySection, member, input);
      out.push(
        `- ${codeSpan(/** @type {any} */ (member).excerpt.text)}${summary ? ` — ${summary.trim()}` : ''}`,
      );
    }
    out.push('');
  } else if (item.kind === 'Class' || item.kind === 'Interface') {
    for (const group of memberGroups(item)) out.push(...renderMember(group, input));
  }
  return out;
}

/** The exports grouped by name, in name order. @param {ApiItem[]} exports */
export function exportGroups(exports) {
  /** @type {Map<string, ApiItem[]>} */
  const groups = new Map();
  for (const item of exports) groups.set(publicName(item), [...(groups.get(publicName(item)) ?? []), item]);
  return [...groups.values()].sort((a, b) => publicName(a[0]).localeCompare(publicName(b[0])));
}

/** Overloads share one section: members grouped by name (and static or not). @param {ApiItem} item */
function memberGroups(item) {
  /** @type {Map<string, ApiItem[]>} */
  const groups = new Map();
  for (const member of item.members) {
    const key = `${/** @type {any} */ (member).isStatic ? 'static ' : ''}${member.kind === 'Constructor' ? 'constructor' : member.displayName}`;
    groups.set(key, [...(groups.get(key) ?? []), member]);
  }
  return [...groups.values()];
}

/** `response` for an instance member of class `Response`; the type's name otherwise. @param {any} member @param {string} parent */
function instanceName(member, parent) {
  if (member.parent?.kind !== 'Class' || member.isStatic) return parent;
  return parent.charAt(0).toLowerCase() + parent.slice(1);
}

/** @param {ApiItem[]} overloads @param {PageInput} input */
function renderMember(overloads, input) {
  const first = /** @type {ApiItem & Record<string, any>} */ (overloads[0]);
  const parent = first.parent ? publicName(first.parent) : '';
  const call = first.kind.startsWith('Method') ? '()' : '';
  const title =
    first.kind === 'Constructor'
      ? `new ${parent}()`
      : first.kind === 'IndexSignature' ||
          first.kind === 'CallSignature' ||
          first.kind === 'ConstructSignature'
        ? `${parent} ${first.kind.replace('Signature', '').toLowerCase()} signature`
        : `${instanceName(first, parent)}.${first.displayName}${call}`;
  const out = [`### ${escapeHeading(title)} {#${anchorOf(first)}}`, ''];
  const documented = overloads.find((o) => hasSummary(o)) ?? first;
  out.push(...renderDoc(documented, input, overloads));
  return out;
}

/**
 * Signature(s), summary, parameters, returns, remarks, deprecation, examples, see-also.
 * @param {ApiItem} item @param {PageInput} input @param {ApiItem[]} [signatures]
 */
function renderDoc(item, input, signatures = [item]) {
  const out = [];
  const code = signatures
    .map((s) => /** @type {any} */ (s).excerpt?.text?.trim())
    .filter(Boolean)
    .join('\n');
  if (code && item.kind !== 'Namespace') out.push(`\`\`\`ts\n${code}\n\`\`\``, '');
  const doc = /** @type {any} */ (item).tsdocComment;
  if (!doc) return out;
  if (doc.deprecatedBlock)
    out.push(`::: warning Deprecated\n${docText(doc.deprecatedBlock.content, item, input)}\n:::`, '');
  out.push(docText(doc.summarySection, item, input), '');
  const params = (item.parameters ?? []).filter((p) => p.tsdocParamBlock);
  if (params.length > 0) {
    out.push('**Parameters**', '');
    for (const p of params)
      out.push(`- ${codeSpan(p.name)} — ${docText(p.tsdocParamBlock.content, item, input).trim()}`);
    out.push('');
  }
  if (doc.typeParams?.count > 0) {
    out.push('**Type parameters**', '');
    for (const p of doc.typeParams.blocks)
      out.push(`- ${codeSpan(p.parameterName)} — ${docText(p.content, item, input).trim()}`);
    out.push('');
  }
  if (doc.returnsBlock) out.push(`**Returns** ${docText(doc.returnsBlock.content, item, input).trim()}`, '');
  for (const block of doc.customBlocks) {
    const tag = block.blockTag.tagNameWithUpperCase;
    if (tag === '@THROWS') out.push(`**Throws** ${docText(block.content, item, input).trim()}`, '');
    if (tag === '@DEFAULTVALUE') out.push(`**Default** ${docText(block.content, item, input).trim()}`, '');
  }
  if (doc.remarksBlock) out.push(docText(doc.remarksBlock.content, item, input), '');
  const examples = commentExamples(input.rawComments.get(item.canonicalReference.toString()) ?? '');
  for (const example of examples) out.push('**Example**', '', example, '');
  for (const block of doc.seeBlocks ?? [])
    out.push(`**See also** ${docText(block.content, item, input).trim()}`, '');
  return out;
}

/** @param {any} section @param {ApiItem} item @param {PageInput} input */
function docText(section, item, input) {
  return tsdocToMarkdown(section, (tag) => input.linkTo(tag, item)).trim();
}

/** Whether the item's comment has a summary that is not blank. @param {ApiItem} item */
export function hasSummary(item) {
  const summary = /** @type {any} */ (item).tsdocComment?.summarySection;
  return Boolean(summary && tsdocToMarkdown(summary, () => undefined).trim() !== '');
}

/** A name as heading text: Markdown's own characters (`_`, `*`, brackets) escaped. @param {string} text */
function escapeHeading(text) {
  return escapeText(text).replace(/[\\`*_[\]]/g, '\\$&');
}

/** @param {string} name @param {string | undefined} href */
function linkOrCode(name, href) {
  return href ? `[${codeSpan(name)}](${href})` : codeSpan(name);
}
