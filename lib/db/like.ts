/** `%part%` for ILIKE, with the user's own `%`, `_` and `\` matched literally. */
export function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
