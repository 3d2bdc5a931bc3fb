/** `--name value` from the command line, or undefined. For the scripts here and in bench/. */
export function optionalArg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** `--name value`, else the fallback; without either, an error that names the option. */
export function requiredArg(name: string, fallback?: string): string {
  const value = optionalArg(name) ?? fallback;
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
}
