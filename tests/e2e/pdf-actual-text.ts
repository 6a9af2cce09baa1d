import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as a reader that follows the PDF's own hints finds it: a marked-content span's
 * /ActualText (ISO 32000-1, 14.9.4) stands for the glyphs it holds, and a /ReversedChars run
 * (14.8.2.5.3) is read backwards. Chromium needs both for Arabic: Noto Sans Arabic draws a dotted
 * letter as its base and its dots, two glyphs no cmap names, so Chromium writes the letter typed in
 * an /ActualText span, and writes each right-to-left run in the order drawn, marked /ReversedChars.
 * pdf.js (`readPdfText`) reads neither: it finds the bare glyphs, some as U+0000, left to right,
 * and no Arabic word whole. This reads the page content itself, for Chromium's simple PDFs only: no
 * object streams, no encryption, fonts with a /ToUnicode map.
 */
export function readPdfActualText(bytes: Uint8Array): string {
  const pdf = parsePdf(bytes);
  const pages = listPages(pdf);
  return pages
    .map((page) => readPage(pdf, page))
    .join('\n')
    .normalize('NFKC')
    .replace(/\s+/g, ' ');
}

type PdfValue =
  | { kind: 'number'; value: number }
  | { kind: 'name'; value: string }
  | { kind: 'string'; bytes: string }
  | { kind: 'array'; items: PdfValue[] }
  | { kind: 'dict'; entries: Map<string, PdfValue> }
  | { kind: 'ref'; id: number }
  | { kind: 'keyword'; value: string };

interface PdfObject {
  value: PdfValue;
  /** The stream's bytes, inflated, as a Latin-1 string (one character per byte). */
  stream?: string;
}

interface Pdf {
  objects: Map<number, PdfObject>;
}

const WHITESPACE = /[\0\t\n\f\r ]/;
const DELIMITER = /[()<>[\]{}/%]/;

/** Reads one value at `at` (after whitespace and comments); `n g R` is a reference. */
function readValue(source: string, start: number): { value: PdfValue; end: number } | undefined {
  let at = start;
  for (;;) {
    while (at < source.length && WHITESPACE.test(source.charAt(at))) at += 1;
    if (source.charAt(at) !== '%') break;
    while (at < source.length && !/[\r\n]/.test(source.charAt(at))) at += 1;
  }
  if (at >= source.length) return undefined;
  const char = source.charAt(at);
  if (char === '/') {
    let end = at + 1;
    while (
      end < source.length &&
      !WHITESPACE.test(source.charAt(end)) &&
      !DELIMITER.test(source.charAt(end))
    )
      end += 1;
    const name = source
      .slice(at + 1, end)
      .replace(/#([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return { value: { kind: 'name', value: name }, end };
  }
  if (char === '<' && source.charAt(at + 1) === '<') {
    const entries = new Map<string, PdfValue>();
    let end = at + 2;
    for (;;) {
      const key = readValue(source, end);
      if (key === undefined) return undefined;
      if (key.value.kind === 'keyword' && key.value.value === '>>')
        return { value: { kind: 'dict', entries }, end: key.end };
      const entry = readValue(source, key.end);
      if (entry === undefined || key.value.kind !== 'name') return undefined;
      entries.set(key.value.value, entry.value);
      end = entry.end;
    }
  }
  if (char === '>' && source.charAt(at + 1) === '>')
    return { value: { kind: 'keyword', value: '>>' }, end: at + 2 };
  if (char === '<') {
    const end = source.indexOf('>', at);
    const hex = source.slice(at + 1, end).replace(/\s+/g, '');
    const padded = hex.length % 2 === 0 ? hex : `${hex}0`;
    let bytes = '';
    for (let i = 0; i < padded.length; i += 2)
      bytes += String.fromCharCode(parseInt(padded.slice(i, i + 2), 16));
    return { value: { kind: 'string', bytes }, end: end + 1 };
  }
  if (char === '(') return readLiteralString(source, at);
  if (char === '[') {
    const items: PdfValue[] = [];
    let end = at + 1;
    for (;;) {
      const item = readValue(source, end);
      if (item === undefined) return undefined;
      end = item.end;
      if (item.value.kind === 'keyword' && item.value.value === ']')
        return { value: { kind: 'array', items }, end };
      items.push(item.value);
    }
  }
  if (char === ']') return { value: { kind: 'keyword', value: ']' }, end: at + 1 };
  let end = at;
  while (
    end < source.length &&
    !WHITESPACE.test(source.charAt(end)) &&
    !DELIMITER.test(source.charAt(end))
  )
    end += 1;
  if (end === at) end += 1;
  const word = source.slice(at, end);
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
    // `n g R`: an indirect reference (read ahead; content streams have none).
    const generation = /^\s+(\d+)\s+R(?![^\s\0/<>[\]()%])/.exec(source.slice(end, end + 24));
    if (/^\d+$/.test(word) && generation)
      return { value: { kind: 'ref', id: Number(word) }, end: end + generation[0].length };
    return { value: { kind: 'number', value: Number(word) }, end };
  }
  return { value: { kind: 'keyword', value: word }, end };
}

function readLiteralString(source: string, start: number): { value: PdfValue; end: number } {
  let depth = 0;
  let bytes = '';
  let at = start;
  for (;;) {
    const char = source.charAt(at);
    if (char === '\\') {
      const next = source.charAt(at + 1);
      const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
      if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(source.slice(at + 1))?.[0] ?? '0';
        bytes += String.fromCharCode(parseInt(octal, 8) & 0xff);
        at += 1 + octal.length;
        continue;
      }
      bytes += escapes[next] ?? (next === '\r' || next === '\n' ? '' : next);
      at += 2;
      continue;
    }
    if (char === '(') {
      depth += 1;
      if (depth > 1) bytes += char;
    } else if (char === ')') {
      depth -= 1;
      if (depth === 0) return { value: { kind: 'string', bytes }, end: at + 1 };
      bytes += char;
    } else bytes += char;
    at += 1;
  }
}

function parsePdf(bytes: Uint8Array): Pdf {
  const source = Buffer.from(bytes).toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of source.matchAll(/(\d+)\s+\d+\s+obj\b/g)) {
    const read = readValue(source, (match.index ?? 0) + match[0].length);
    if (read === undefined) continue;
    const object: PdfObject = { value: read.value };
    const after = /^\s*stream\r?\n/.exec(source.slice(read.end, read.end + 16));
    if (after && read.value.kind === 'dict') {
      const begin = read.end + after[0].length;
      const length = read.value.entries.get('Length');
      const end =
        length?.kind === 'number' ? begin + length.value : source.indexOf('endstream', begin);
      const raw = source.slice(begin, end);
      const filter = read.value.entries.get('Filter');
      object.stream =
        filter?.kind === 'name' && filter.value === 'FlateDecode'
          ? inflateSync(Buffer.from(raw, 'latin1')).toString('latin1')
          : raw;
    }
    objects.set(Number(match[1]), object);
  }
  return { objects };
}

function resolve(pdf: Pdf, value: PdfValue | undefined): PdfValue | undefined {
  return value?.kind === 'ref' ? pdf.objects.get(value.id)?.value : value;
}

function dictOf(pdf: Pdf, value: PdfValue | undefined): Map<string, PdfValue> {
  const resolved = resolve(pdf, value);
  return resolved?.kind === 'dict' ? resolved.entries : new Map<string, PdfValue>();
}

/** The pages in the order of the page tree. */
function listPages(pdf: Pdf): Map<string, PdfValue>[] {
  const catalog = [...pdf.objects.values()].find((object) => {
    const type = object.value.kind === 'dict' ? object.value.entries.get('Type') : undefined;
    return type?.kind === 'name' && type.value === 'Catalog';
  });
  const pages: Map<string, PdfValue>[] = [];
  const walk = (node: Map<string, PdfValue>) => {
    const kids = resolve(pdf, node.get('Kids'));
    if (kids?.kind !== 'array') {
      pages.push(node);
      return;
    }
    for (const kid of kids.items) walk(dictOf(pdf, kid));
  };
  if (catalog?.value.kind === 'dict') walk(dictOf(pdf, catalog.value.entries.get('Pages')));
  return pages;
}

/** A font's /ToUnicode map: code (its bytes) to text, and the code's length in bytes. */
interface ToUnicode {
  codeLength: number;
  map: Map<string, string>;
}

function utf16(bytes: string): string {
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2)
    text += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
  return text;
}

function readToUnicode(pdf: Pdf, font: Map<string, PdfValue>): ToUnicode | undefined {
  const ref = font.get('ToUnicode');
  const cmap = ref?.kind === 'ref' ? pdf.objects.get(ref.id)?.stream : undefined;
  if (cmap === undefined) return undefined;
  const map = new Map<string, string>();
  let codeLength = 1;
  const values: PdfValue[] = [];
  let at = 0;
  let mode: 'char' | 'range' | undefined;
  for (;;) {
    const read = readValue(cmap, at);
    if (read === undefined) break;
    at = read.end;
    const { value } = read;
    if (value.kind === 'keyword') {
      if (value.value === 'beginbfchar') mode = 'char';
      else if (value.value === 'beginbfrange') mode = 'range';
      else if (value.value === 'endbfchar' || value.value === 'endbfrange') {
        const step = mode === 'char' ? 2 : 3;
        for (let i = 0; i + step <= values.length; i += step) {
          const source = values[i];
          if (source?.kind !== 'string') continue;
          codeLength = source.bytes.length;
          if (mode === 'char') {
            const target = values[i + 1];
            if (target?.kind === 'string') map.set(source.bytes, utf16(target.bytes));
            continue;
          }
          const high = values[i + 1];
          const target = values[i + 2];
          if (high?.kind !== 'string') continue;
          const low = parseInt(Buffer.from(source.bytes, 'latin1').toString('hex'), 16);
          const top = parseInt(Buffer.from(high.bytes, 'latin1').toString('hex'), 16);
          for (let code = low; code <= top; code += 1) {
            const key = Buffer.from(
              code.toString(16).padStart(codeLength * 2, '0'),
              'hex',
            ).toString('latin1');
            if (target?.kind === 'array') {
              const item = target.items[code - low];
              if (item?.kind === 'string') map.set(key, utf16(item.bytes));
            } else if (target?.kind === 'string') {
              const first = utf16(target.bytes);
              map.set(
                key,
                first.slice(0, -1) +
                  String.fromCharCode(first.charCodeAt(first.length - 1) + code - low),
              );
            }
          }
        }
        mode = undefined;
      }
      values.length = 0;
      continue;
    }
    if (mode !== undefined) values.push(value);
  }
  return { codeLength, map };
}

/** Marked content open: a span whose /ActualText replaces its glyphs, or a reversed run. */
type Marked =
  { kind: 'actual'; text: string } | { kind: 'reversed'; pieces: string[] } | { kind: 'other' };

function readPage(pdf: Pdf, page: Map<string, PdfValue>): string {
  const contents = resolve(pdf, page.get('Contents'));
  const refs = contents?.kind === 'array' ? contents.items : [page.get('Contents')];
  const stream = refs
    .map((ref) => (ref?.kind === 'ref' ? (pdf.objects.get(ref.id)?.stream ?? '') : ''))
    .join('\n');
  const pieces: string[] = [];
  readContent(pdf, stream, dictOf(pdf, page.get('Resources')), pieces);
  return pieces.join('');
}

function readContent(
  pdf: Pdf,
  stream: string,
  resources: Map<string, PdfValue>,
  out: string[],
): void {
  const fonts = dictOf(pdf, resources.get('Font'));
  const xObjects = dictOf(pdf, resources.get('XObject'));
  const toUnicode = new Map<string, ToUnicode | undefined>();
  let font: ToUnicode | undefined;
  const open: Marked[] = [];
  const target = (): string[] => {
    for (let i = open.length - 1; i >= 0; i -= 1) {
      const marked = open[i];
      if (marked?.kind === 'reversed') return marked.pieces;
    }
    return out;
  };
  const isHidden = () => open.some((marked) => marked.kind === 'actual');
  const show = (bytes: string) => {
    if (isHidden()) return;
    const length = font?.codeLength ?? 1;
    for (let i = 0; i < bytes.length; i += length) {
      const code = bytes.slice(i, i + length);
      target().push(font?.map.get(code) ?? (length === 1 ? code : ''));
    }
  };
  const operands: PdfValue[] = [];
  let at = 0;
  for (;;) {
    const read = readValue(stream, at);
    if (read === undefined) break;
    at = read.end;
    const { value } = read;
    if (value.kind !== 'keyword') {
      operands.push(value);
      continue;
    }
    const [first, second] = operands;
    switch (value.value) {
      case 'Tf':
        if (first?.kind === 'name') {
          if (!toUnicode.has(first.value))
            toUnicode.set(first.value, readToUnicode(pdf, dictOf(pdf, fonts.get(first.value))));
          font = toUnicode.get(first.value);
        }
        break;
      case 'Tj':
      case "'":
      case '"': {
        const text = operands.at(-1);
        if (text?.kind === 'string') show(text.bytes);
        break;
      }
      case 'TJ':
        if (first?.kind === 'array')
          for (const item of first.items) if (item.kind === 'string') show(item.bytes);
        break;
      case 'ET':
        target().push(' ');
        break;
      case 'BMC':
        open.push(
          first?.kind === 'name' && first.value === 'ReversedChars'
            ? { kind: 'reversed', pieces: [] }
            : { kind: 'other' },
        );
        break;
      case 'BDC': {
        const properties = second?.kind === 'dict' ? second.entries : new Map<string, PdfValue>();
        const actual = properties.get('ActualText');
        if (actual?.kind === 'string') {
          const text = actual.bytes.startsWith('\xfe\xff')
            ? utf16(actual.bytes.slice(2))
            : actual.bytes;
          open.push({ kind: 'actual', text });
        } else open.push({ kind: 'other' });
        break;
      }
      case 'EMC': {
        const closed = open.pop();
        if (closed?.kind === 'actual' && !isHidden()) target().push(closed.text);
        if (closed?.kind === 'reversed') target().push(...closed.pieces.reverse());
        break;
      }
      case 'Do': {
        const form = first?.kind === 'name' ? xObjects.get(first.value) : undefined;
        const object = form?.kind === 'ref' ? pdf.objects.get(form.id) : undefined;
        if (object?.stream !== undefined && object.value.kind === 'dict') {
          const own = object.value.entries.get('Resources');
          readContent(
            pdf,
            object.stream,
            own === undefined ? resources : dictOf(pdf, own),
            target(),
          );
        }
        break;
      }
    }
    operands.length = 0;
  }
}
