/** Lone UTF-16 surrogates replaced by U+FFFD, as TextEncoder does (String#toWellFormed, Node 20+). */
export function toWellFormed(text: string): string {
  return (text as unknown as { toWellFormed(): string }).toWellFormed();
}
