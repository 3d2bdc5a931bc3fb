import "server-only";

/** Small readers for FormData, so actions pass services plain values (or nothing) rather than File | null. */
export function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

export function checked(form: FormData, name: string): boolean {
  return form.get(name) === "on";
}

export function texts(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === "string");
}
