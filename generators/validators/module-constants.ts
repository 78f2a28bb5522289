/** The module-level constants of a generated module (Sets, regular expressions, Maps): one per distinct source, numbered in order. */
export class ModuleConstants {
  private readonly names = new Map<string, string>();
  /** The declarations, in the order the constants were first asked for. */
  readonly lines: string[] = [];

  /** The name of the constant with this source, declared the first time it is asked for and shared after. */
  name(prefix: string, source: string): string {
    let name = this.names.get(source);
    if (!name) {
      name = `${prefix}${this.names.size}`;
      this.names.set(source, name);
      this.lines.push(`const ${name} = ${source};`);
    }
    return name;
  }
}
