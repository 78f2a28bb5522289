/**
 * A small, strict XML reader for form submissions (ODK / KoboToolbox instance documents): elements,
 * attributes, text, CDATA, comments and processing instructions. It refuses what a submission never has and
 * attackers use (document type declarations and hence entity definitions), deep nesting and oversized input,
 * and its errors say where (line and column) without repeating the document's content.
 *
 * Why our own reader rather than an XML library such as saxes: a submission uses a small part of XML, and this
 * file reads exactly that part (about 200 lines, no dependency; the published package depends only on ajv,
 * ajv-formats and commander) and refuses the rest outright instead of configuring a general parser down to it:
 * a document type declaration anywhere (so no entity can be defined, expanded or fetched: no "billion laughs",
 * no external entities), any entity but the five predefined ones and character references, nesting deeper than
 * 64 levels, input over 16 MiB, UTF-16 and binary data. It opens no file and no URL. Its errors give the line and
 * column and never quote the submission. Tests: test/forms-import.test.ts, "XML that is not a usable submission
 * is refused".
 */
import { isUtf16 } from '../io/read-records.js';

export interface XmlElement {
  /** Local name: a namespace prefix (`orx:meta`) is dropped. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), not that of its children. */
  text: string;
  line: number;
  column: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}

export const MAX_XML_BYTES = 16 * 1024 * 1024;
export const MAX_XML_DEPTH = 64;

const NAME = /[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_.:\u00B7\u00C0-\uFFFF]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class Reader {
  private pos = 0;
  /** Offsets of every line feed, for turning a position into a line and column only when one is needed. */
  private readonly newlines: number[] = [];

  constructor(private readonly src: string) {
    for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) this.newlines.push(i);
  }

  /** 1-based line and column of a position (binary search over the line feeds). */
  private place(at: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.newlines[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return { line: lo + 1, column: at - (lo === 0 ? 0 : this.newlines[lo - 1]! + 1) + 1 };
  }

  private fail(reason: string, at = this.pos): never {
    const { line, column } = this.place(at);
    throw new XmlSyntaxError(reason, line, column);
  }

  private advance(to: number): void {
    this.pos = to;
  }

  private startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  private skipTo(end: string, what: string): void {
    const at = this.src.indexOf(end, this.pos);
    if (at === -1) this.fail(`the ${what} is not closed: the file looks cut off`);
    this.advance(at + end.length);
  }

  private skipSpace(): void {
    let p = this.pos;
    for (let c = this.src.charCodeAt(p); c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a; c = this.src.charCodeAt(++p));
    this.pos = p;
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) this.fail('a tag or attribute name is expected here');
    this.advance(this.pos + m[0].length);
    return m[0];
  }

  private decode(raw: string, at: number): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;&\s<]*);?/g, (whole, ref: string, offset: number) => {
      if (!whole.endsWith(';')) this.fail('an “&” must start an entity such as &amp;amp;', at + offset);
      if (ref.startsWith('#')) {
        const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
        if (!Number.isInteger(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) this.fail('a character reference is not a valid character', at + offset);
        return String.fromCodePoint(code);
      }
      const value = PREDEFINED[ref];
      if (value === undefined) this.fail('an entity other than &lt; &gt; &amp; &quot; &apos; is used; submissions never define entities', at + offset);
      return value;
    });
  }

  /** Skips the prolog and everything between elements that is not data. Returns false at the end. */
  private skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.startsWith('<?')) this.skipTo('?>', 'processing instruction');
      else if (this.startsWith('<!--')) this.skipTo('-->', 'comment');
      else if (this.startsWith('<!DOCTYPE') || this.startsWith('<!doctype')) this.fail('document type declarations are not accepted in a submission');
      else return;
    }
  }

  read(): XmlElement {
    if (this.src.charCodeAt(0) === 0xfeff) this.advance(1);
    this.skipMisc();
    if (this.pos >= this.src.length) this.fail('the file holds no XML element');
    if (this.src[this.pos] !== '<') this.fail('this is not XML: it must start with “<”');
    const root = this.element(1);
    this.skipMisc();
    if (this.pos < this.src.length) this.fail('there is more after the end of the document');
    return root;
  }

  private element(depth: number): XmlElement {
    if (depth > MAX_XML_DEPTH) this.fail(`the elements are nested more than ${MAX_XML_DEPTH} levels deep; no submission is`);
    const { line, column } = this.place(this.pos);
    this.advance(this.pos + 1); // <
    const qname = this.name();
    const attributes: Record<string, string> = Object.create(null);
    for (;;) {
      this.skipSpace();
      if (this.startsWith('/>')) {
        this.advance(this.pos + 2);
        return { name: localName(qname), attributes, children: [], text: '', line, column };
      }
      if (this.startsWith('>')) {
        this.advance(this.pos + 1);
        break;
      }
      if (this.pos >= this.src.length) this.fail('a tag is not closed: the file looks cut off');
      const attr = this.name();
      this.skipSpace();
      if (this.src[this.pos] !== '=') this.fail('an attribute needs “=” and a quoted value');
      this.advance(this.pos + 1);
      this.skipSpace();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail('an attribute value must be in quotes');
      const end = this.src.indexOf(quote, this.pos + 1);
      if (end === -1) this.fail('an attribute value is not closed: the file looks cut off');
      const raw = this.src.slice(this.pos + 1, end);
      if (raw.includes('<')) this.fail('an attribute value contains “<”');
      if (Object.hasOwn(attributes, attr)) this.fail('an attribute is given twice');
      attributes[attr] = this.decode(raw, this.pos + 1);
      this.advance(end + 1);
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (this.pos >= this.src.length) this.fail(`the element opened at line ${line} is not closed: the file looks cut off`);
      if (this.startsWith('</')) {
        this.advance(this.pos + 2);
        const closing = this.name();
        if (closing !== qname) this.fail(`the closing tag does not match the element opened at line ${line}`);
        this.skipSpace();
        if (this.src[this.pos] !== '>') this.fail('a closing tag is not closed');
        this.advance(this.pos + 1);
        return { name: localName(qname), attributes, children, text, line, column };
      }
      if (this.startsWith('<![CDATA[')) {
        const end = this.src.indexOf(']]>', this.pos);
        if (end === -1) this.fail('a CDATA section is not closed: the file looks cut off');
        text += this.src.slice(this.pos + 9, end);
        this.advance(end + 3);
      } else if (this.startsWith('<!--')) this.skipTo('-->', 'comment');
      else if (this.startsWith('<?')) this.skipTo('?>', 'processing instruction');
      else if (this.startsWith('<!')) this.fail('declarations are not accepted inside a submission');
      else if (this.src[this.pos] === '<') children.push(this.element(depth + 1));
      else {
        let end = this.src.indexOf('<', this.pos);
        if (end === -1) end = this.src.length;
        text += this.decode(this.src.slice(this.pos, end), this.pos);
        this.advance(end);
      }
    }
  }
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon === -1 ? qname : qname.slice(colon + 1);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Parses an XML document; throws XmlSyntaxError with the place of the first problem. */
export function readXml(input: string | Uint8Array): XmlElement {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    if (input.length > MAX_XML_BYTES) throw new XmlSyntaxError(`the file is larger than ${MAX_XML_BYTES / 1024 / 1024} MiB; no submission is`, 1, 1);
    if (isUtf16(input)) throw new XmlSyntaxError('the text is UTF-16, not UTF-8; save the file as UTF-8', 1, 1);
    if (input.includes(0)) throw new XmlSyntaxError('this looks like a binary file, not XML text', 1, 1);
    try {
      text = decoder.decode(input);
    } catch {
      throw new XmlSyntaxError('the text is not valid UTF-8; save the file as UTF-8', 1, 1);
    }
  }
  if (text.length > MAX_XML_BYTES) throw new XmlSyntaxError(`the file is larger than ${MAX_XML_BYTES / 1024 / 1024} MiB; no submission is`, 1, 1);
  // XML reads every line break (CR LF, or a lone CR) as LF before anything else (XML 1.0, section 2.11).
  return new Reader(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).read();
}
