/** Synthetic long text for cells: letters, spaces, commas, quotes and line ends in no pattern (so that a workbook cannot compress it away). */
import { randomBytes } from 'node:crypto';

export function longText(bytes: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz     ,."\n';
  return Array.from(randomBytes(bytes), (b) => alphabet[b % alphabet.length]).join('');
}
