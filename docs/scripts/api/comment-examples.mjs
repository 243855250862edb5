// The `@example` blocks of a raw `/** … *\/` comment, exactly as written. The comments of this
// repo write an example as bare code (as TypeDoc reads it) or as fenced Markdown; TSDoc would
// parse bare code as prose, so the blocks are cut from the comment's text instead.

/**
 * Each `@example` block of the comment, as Markdown: fenced code stays as written, bare code is
 * fenced as TypeScript.
 * @param {string} comment the raw comment, `/**` to `*\/`
 * @returns {string[]}
 */
export function commentExamples(comment) {
  const lines = comment
    .replace(/^\s*\/\*\*/, '')
    .replace(/\*\/\s*$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''));
  const examples = [];
  /** @type {string[] | undefined} */
  let current;
  for (const line of lines) {
    const tag = /^\s*(@\w+)\s?(.*)$/.exec(line);
    if (tag) {
      if (current) examples.push(current);
      current = tag[1] === '@example' ? [tag[2] ?? ''] : undefined;
    } else current?.push(line);
  }
  if (current) examples.push(current);
  return examples.map((block) => asMarkdown(block.join('\n').trim())).filter((text) => text !== '');
}

/** @param {string} text */
function asMarkdown(text) {
  if (text === '' || text.includes('```')) return text;
  return `\`\`\`ts\n${text}\n\`\`\``;
}
