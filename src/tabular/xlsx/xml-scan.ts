/**
 * A streaming scanner for the XML parts of a workbook: text arrives in chunks (already decoded, so no
 * character is ever split) and comes out as open tags, close tags and text, in order. It keeps only the
 * unfinished end of a chunk, so a sheet of any size is read in little memory. Namespace prefixes are dropped
 * from element names; the five predefined entities and character references are decoded; a document type
 * declaration (the way to define other entities) is refused.
 *
 * Why our own scanner rather than an XML library such as saxes: the workbook reader needs tags and text in
 * order, nothing more, and this is about 120 lines with no dependency. It refuses a document type declaration
 * and any other declaration a workbook never has, so no entity can be defined or expanded, and it bounds what it
 * holds between chunks (a tag of at most 1 MiB, an unfinished piece of at most 64 MiB). Tests:
 * test/tabular-import.test.ts, "hostile and foreign files".
 */

export class XmlScanError extends Error {}

export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return PREDEFINED[e]!;
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a tag, decoded; names keep their prefix (`r:id`). */
export function attributesOf(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) out[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

// An element tag, with quoted attribute values that may hold '>'.
const TAG = /<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const COMMENT = /<!--[\s\S]*?-->/y;
const INSTRUCTION = /<\?[\s\S]*?\?>/y;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/y;
/** Longest entity (`&#x10FFFF;`), the most of one that can be cut off at the end of a chunk. */
const MAX_ENTITY = 10;
/** Longest tag accepted; a workbook's tags are far shorter. */
const MAX_TAG = 1024 * 1024;
/** Longest unfinished piece kept between chunks (a tag, a comment or CDATA section; text is passed on as it comes). */
const MAX_CARRY = 64 * 1024 * 1024;

export class XmlScanner {
  private carry = '';
  private textOpen = false;

  constructor(private readonly handler: XmlHandler) {}

  push(chunk: string): void {
    const text = this.carry + chunk;
    let at = 0;
    const h = this.handler;
    while (at < text.length) {
      const lt = text.indexOf('<', at);
      if (lt !== at) {
        // Text runs to the next '<'; without one yet, it goes on in the next chunk. What has come is passed on now
        // (all but an entity cut in two), so that a long text is read once, not again with every chunk.
        if (lt === -1) {
          const amp = text.lastIndexOf('&');
          const cut = amp >= at && text.length - amp <= MAX_ENTITY && !text.includes(';', amp) ? amp : text.length;
          if (cut > at) {
            const piece = text.slice(at, cut);
            // Text that no tag follows yet: if the document ends here, it was cut off.
            if (/\S/.test(piece)) this.textOpen = true;
            h.text(decodeEntities(piece));
          }
          at = cut;
          break;
        }
        h.text(decodeEntities(text.slice(at, lt)));
        this.textOpen = false;
        at = lt;
        continue;
      }
      this.textOpen = false;
      const next = text[at + 1];
      if (next === '!' || next === '?') {
        if (text.startsWith('<!DOCTYPE', at)) throw new XmlScanError('a document type declaration is not allowed');
        const pattern = text.startsWith('<!--', at) ? COMMENT : text.startsWith('<![CDATA[', at) ? CDATA : next === '?' ? INSTRUCTION : undefined;
        if (!pattern) throw new XmlScanError('the XML holds a declaration a workbook never has');
        pattern.lastIndex = at;
        const m = pattern.exec(text);
        if (!m) break;
        if (pattern === CDATA) h.text(m[1]!);
        at = pattern.lastIndex;
        continue;
      }
      TAG.lastIndex = at;
      const m = TAG.exec(text);
      if (!m) {
        // Either the tag goes on in the next chunk, or it is not a tag at all.
        if (text.length - at > MAX_TAG) throw new XmlScanError('the XML is malformed');
        break;
      }
      const name = m[2]!.slice(m[2]!.indexOf(':') + 1);
      if (m[1]) h.close(name);
      else {
        h.open(name, m[3]!, m[4] === '/');
        if (m[4] === '/') h.close(name);
      }
      at = TAG.lastIndex;
    }
    this.carry = text.slice(at);
    if (this.carry.length > MAX_CARRY) throw new XmlScanError('the XML holds a part far longer than any workbook has');
  }

  /** Ends the document: anything left unfinished is an error. */
  end(): void {
    if (this.carry.trim() !== '' || this.textOpen) throw new XmlScanError('the XML ends in the middle of a tag');
    this.carry = '';
  }
}
