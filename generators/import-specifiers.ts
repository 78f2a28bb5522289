/** The modules a JavaScript or TypeScript module imports: static imports, re-exports, and dynamic imports of a literal. */
export function importSpecifiers(text: string): string[] {
  const statements = /^\s*(?:import|export)\b[^'";]*?\bfrom\s*(['"])([^'"]+)\1|^\s*import\s*(['"])([^'"]+)\3|\bimport\(\s*(['"])([^'"]+)\5\s*\)/gm;
  return [...text.matchAll(statements)].map((m) => (m[2] ?? m[4] ?? m[6])!);
}
