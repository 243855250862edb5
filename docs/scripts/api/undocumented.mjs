// The checks: every export of a package has a TSDoc summary (a namespace export, `import * as
// ns`, is documented by the first comment of the module it names), every public name an
// `@example`, every member of an exported class or interface a summary.
import { exportGroups, hasSummary, publicName } from './render-package.mjs';

/**
 * The exports of the package without a summary (an overload or a merged declaration of a
 * documented name counts as documented), each as `<file>: <name> (<kind>) …`.
 * @param {import('@microsoft/api-extractor-model').ApiPackage} apiPackage
 * @param {Map<string, { summary: string }>} namespaces
 * @param {string} sourcePath the package's folder relative to the repository, for messages
 * @returns {string[]}
 */
export function undocumentedExports(apiPackage, namespaces, sourcePath) {
  return exportGroups(apiPackage.entryPoints[0].members)
    .filter((group) =>
      group[0].kind === 'Namespace'
        ? !namespaces.get(group[0].displayName)?.summary
        : !group.some(hasSummary),
    )
    .map(([item]) => {
      const file = /** @type {any} */ (item).fileUrlPath ?? 'dist/index.d.ts';
      return `${sourcePath}/${file}: ${apiPackage.name} exports \`${publicName(item)}\` (${item.kind.toLowerCase()}) without a TSDoc summary`;
    });
}

/**
 * The names without an `@example`: exports, and the methods and
 * constructors of exported classes (overloads count once, by the comment that has the example).
 * @param {import('@microsoft/api-extractor-model').ApiPackage} apiPackage
 * @param {Map<string, string>} rawComments
 * @param {Map<string, { examples: string[] }>} namespaces a namespace's examples are its module comment's
 * @returns {{ names: number, missing: string[] }}
 */
export function withoutExample(apiPackage, rawComments, namespaces) {
  /** @type {Map<string, boolean>} */
  const names = new Map();
  /** @param {import('@microsoft/api-extractor-model').ApiItem} item @param {string} name */
  const visit = (item, name) => {
    const has = /@example\b/.test(rawComments.get(item.canonicalReference.toString()) ?? '');
    names.set(name, (names.get(name) ?? false) || has);
  };
  for (const item of apiPackage.entryPoints[0].members) {
    if (item.kind === 'Namespace') {
      names.set(publicName(item), (namespaces.get(item.displayName)?.examples.length ?? 0) > 0);
      continue;
    }
    visit(item, publicName(item));
    if (item.kind !== 'Class') continue;
    for (const member of item.members) {
      if (member.kind === 'Method' || member.kind === 'Constructor') {
        visit(
          member,
          `${publicName(item)}.${member.kind === 'Constructor' ? 'constructor' : member.displayName}`,
        );
      }
    }
  }
  return { names: names.size, missing: [...names].filter(([, has]) => !has).map(([name]) => name) };
}

/**
 * The members of exported classes and interfaces without a summary, as `Parent.member`.
 * @param {import('@microsoft/api-extractor-model').ApiPackage} apiPackage
 * @returns {string[]}
 */
export function undocumentedMembers(apiPackage) {
  return apiPackage.entryPoints[0].members
    .filter((item) => item.kind === 'Class' || item.kind === 'Interface')
    .flatMap((item) => exportGroups(item.members).map((group) => ({ item, group })))
    .filter(({ group }) => !group.some(hasSummary))
    .map(({ item, group }) => `${publicName(item)}.${group[0].displayName}`);
}
