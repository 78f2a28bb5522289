/**
 * Codes typed in cells: the code itself, or, when it is unambiguous, the code in another letter case or the
 * code's title (label). Stored data always holds codes; labels are for people.
 */
import type { DropdownList } from './layout.js';

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

export type CodeResolution = { code: string } | { ambiguous: string[] };

export class CodeLookup {
  private readonly exact = new Map<string, Set<string>>();
  private readonly folded = new Map<string, Map<string, string[]>>();

  constructor(lists: readonly DropdownList[]) {
    for (const list of lists) {
      this.exact.set(list.name, new Set(list.entries.map((e) => e.code)));
      const byFolded = new Map<string, string[]>();
      const add = (key: string, code: string) => {
        const codes = byFolded.get(key) ?? [];
        if (!codes.includes(code)) codes.push(code);
        byFolded.set(key, codes);
      };
      for (const e of list.entries) {
        add(fold(e.code), e.code);
        add(fold(e.title), e.code);
      }
      this.folded.set(list.name, byFolded);
    }
  }

  /** The code meant by `text`: itself if it is a code (or unknown: validation then says so), else the one code it names. */
  resolve(list: string, text: string): CodeResolution {
    if (this.exact.get(list)?.has(text)) return { code: text };
    const matches = this.folded.get(list)?.get(fold(text)) ?? [];
    if (matches.length === 1) return { code: matches[0]! };
    if (matches.length > 1) return { ambiguous: matches };
    return { code: text };
  }

  /** True when `code`, written as it is, would be read as a different code (so export must mark it literal). */
  wouldChange(list: string, code: string): boolean {
    const r = this.resolve(list, code);
    return !('code' in r) || r.code !== code;
  }
}
