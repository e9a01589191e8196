/**
 * Final table names. Excel keeps table names and defined names in one namespace, unique
 * ignoring case, so a spec name already used by the user's table or name gets `_2`, `_3`….
 * Tables of an earlier generated sheet that is rewritten in place are deleted first, so their
 * names are free again, but only for the rewritten sheets: new sheets are written while the
 * earlier tables still exist.
 */
const lower = (s: string) => s.toLocaleLowerCase("en-US");

export class TableNamer {
  private readonly taken: Set<string>;
  private readonly freed: Set<string>;
  private readonly given = new Map<string, string>();

  constructor(existing: readonly string[], freed: readonly string[]) {
    this.taken = new Set(existing.map(lower));
    this.freed = new Set(freed.map(lower));
  }

  /** The same spec name always gets the same final name within one run (and its retry). */
  finalName(name: string, reuseFreed: boolean): string {
    const known = this.given.get(name);
    if (known) return known;
    const blocked = (candidate: string) =>
      this.taken.has(lower(candidate)) && !(reuseFreed && this.freed.has(lower(candidate)));
    let candidate = name;
    for (let n = 2; blocked(candidate); n++) candidate = `${name}_${n}`;
    this.taken.add(lower(candidate));
    this.freed.delete(lower(candidate));
    this.given.set(name, candidate);
    return candidate;
  }
}
