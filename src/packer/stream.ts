// Packer's `-machine-readable` output: one record a line, `timestamp,target,type,data...`.
// Packer escapes inside each field: `,` as `%!(PACKER_COMMA)`, newline as the two characters `\n`,
// carriage return as `\r`, and nothing else: a backslash stays as it is, so a Windows path such as
// `images\nginx\node.pkr.hcl` reads like an escaped newline. Anything else (usage text,
// `fmt -diff`, a panic) is plain text.

/** One decoded machine-readable record. */
export interface MachineLine {
  timestamp: string;
  /** The build name for build-scoped records (`amazon-ebs.web_node`), empty for global ones. */
  target: string;
  /** `ui`, `artifact`, `artifact-count`, `error`, `error-count`, `version`, ... */
  type: string;
  /** The remaining fields, unescaped: for `ui` `[level, message]`, for `artifact` `[index, key, value...]`. */
  data: string[];
}

// The type is a lower-case word so that plain text beginning with digits and a comma is not taken
// for a record.
const RECORD = /^(\d+),([^,]*),([a-z][a-z0-9_-]*)(?:,(.*))?$/;

const ESCAPE = /%!\(PACKER_COMMA\)|\\n|\\r/g;
const UNESCAPED: Record<string, string> = { '%!(PACKER_COMMA)': ',', '\\n': '\n', '\\r': '\r' };
const ESCAPED_COMMA = /%!\(PACKER_COMMA\)/g;

/**
 * Where HCL names a file, at the start of a line of its message: `on FILE line N:` or
 * `on FILE line N, in source "x" "y":`. Found in the escaped field, so that the file name is known
 * before any `\n` is unescaped.
 */
const ESCAPED_LOCATION = /(^|\\n)(\s*on )(.+?)( line \d+(?::|%!\(PACKER_COMMA\)))/g;

function unescapeText(text: string): string {
  return text.replace(ESCAPE, (escaped) => UNESCAPED[escaped] ?? escaped);
}

/**
 * Undoes Packer's escaping of one field, except inside the file names of `on FILE line N`: there a
 * `\n` or `\r` is part of a Windows path (a file name holds no line breaks), and only commas are
 * unescaped.
 */
function unescapeField(field: string): string {
  let decoded = '';
  let rest = 0;
  for (const match of field.matchAll(ESCAPED_LOCATION)) {
    const [whole, lineStart = '', on = '', file = '', line = ''] = match;
    decoded += unescapeText(field.slice(rest, match.index) + lineStart);
    decoded += on + file.replace(ESCAPED_COMMA, ',') + unescapeText(line);
    rest = match.index + whole.length;
  }
  return decoded + unescapeText(field.slice(rest));
}

/** Decodes one line (without its line ending); undefined when it is plain text. */
export function decodeLine(line: string): MachineLine | undefined {
  const match = RECORD.exec(line);
  if (!match) return undefined;
  const [, timestamp = '', target = '', type = '', rest] = match;
  return {
    timestamp,
    target: unescapeField(target),
    type,
    data: rest === undefined ? [] : rest.split(',').map(unescapeField),
  };
}

/**
 * Cuts a stream of text chunks into complete lines, whatever the chunk boundaries. Accepts LF and
 * CRLF; the last line needs no line ending (`end()` returns it).
 */
export class LineSplitter {
  private pending = '';

  /** The lines completed by this chunk. */
  push(chunk: string): string[] {
    const parts = (this.pending + chunk).split('\n');
    this.pending = parts.pop() ?? '';
    return parts.map(withoutCarriageReturn);
  }

  /** The unterminated last line, if any. */
  end(): string[] {
    const last = this.pending;
    this.pending = '';
    return last === '' ? [] : [withoutCarriageReturn(last)];
  }
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Splits whole output into lines: each decoded record, or the plain text as it is. */
export function decodeOutput(text: string): Array<MachineLine | string> {
  const splitter = new LineSplitter();
  return [...splitter.push(text), ...splitter.end()].map((line) => decodeLine(line) ?? line);
}

/** The records of whole output, plain text left out. */
export function decodeRecords(text: string): MachineLine[] {
  return decodeOutput(text).filter((line): line is MachineLine => typeof line !== 'string');
}

/** `ui` record: its level (`say`, `message`, `error`) and message, or undefined for other records. */
export function uiMessage(line: MachineLine): { level: string; message: string } | undefined {
  if (line.type !== 'ui') return undefined;
  const [level = '', message = ''] = line.data;
  return { level, message };
}
