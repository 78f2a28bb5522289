// Turning findings into what the page shows: places in words, and findings grouped by severity and rule.

/** JSON pointer → `People 2 › Gender`, using the titles of the schema facts. */
export function pointerInWords(facts, pointer) {
  if (!pointer) return 'the whole report';
  const titles = new Map(facts.fields.map((f) => [f.path, f.title]));
  let pattern = '';
  const words = [];
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (/^\d+$/.test(part) && words.length > 0) {
      pattern += '/*';
      words[words.length - 1] += ` ${Number(part) + 1}`;
      continue;
    }
    pattern += `/${part}`;
    words.push(facts.containers[pattern] ?? titles.get(pattern) ?? part);
  }
  return words.join(' › ');
}

/** `sheet "transactions", row 12, column F (amount/amount)` for a place in a spreadsheet or CSV file. */
export function cellInWords(place) {
  if (!place) return '';
  const parts = [];
  if (place.sheet !== undefined) parts.push(`sheet "${place.sheet}"`);
  else if (place.file) parts.push(place.file);
  if (place.row !== undefined) parts.push(`row ${place.row}`);
  if (place.line !== undefined) parts.push(`line ${place.line}`);
  if (place.column !== undefined) parts.push(`column ${place.column}${place.field ? ` (${place.field})` : ''}`);
  else if (place.field !== undefined) parts.push(`column ${place.field}`);
  return parts.join(', ');
}

/** Findings grouped: errors first, then warnings; within each, by rule code in order of first appearance. */
export function groupFindings(findings) {
  const groups = [];
  for (const severity of ['error', 'warning']) {
    const byCode = new Map();
    for (const f of findings.filter((x) => x.severity === severity)) {
      if (!byCode.has(f.code)) byCode.set(f.code, []);
      byCode.get(f.code).push(f);
    }
    for (const [code, items] of byCode) groups.push({ severity, code, findings: items });
  }
  return groups;
}

/** Where a report is in its file, in words. */
export function reportLabel(place) {
  if (place.line !== undefined) return `${place.file}, line ${place.line}`;
  if (place.index !== undefined) return `${place.file}, report ${place.index + 1}`;
  if (place.sheet !== undefined || place.row !== undefined) return `${place.file}${place.sheet !== undefined ? `, sheet "${place.sheet}"` : ''}${place.row !== undefined ? `, row ${place.row}` : ''}`;
  return place.file;
}

/** The link to the field reference entry of the data point a finding is about, if the site guide has one. */
export function fieldPageOf(guide, pointer) {
  if (!guide || !pointer) return undefined;
  // `/persons/0/ageBand` → `/persons/*/ageBand`; a finding inside a value (an amount's currency) goes to the value's field.
  let path = pointer.replace(/\/\d+(?=\/|$)/g, '/*');
  while (path) {
    if (Object.hasOwn(guide.fieldPages, path)) return guide.fieldPages[path];
    path = path.slice(0, path.lastIndexOf('/'));
  }
  return undefined;
}
