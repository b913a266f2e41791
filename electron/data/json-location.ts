/**
 * Turns a JSON.parse SyntaxError into "line L, column C" so the analyst can open the
 * file and find the problem. V8 reports a character position ("at position 123" or
 * "(line 4 column 7)"), not always both.
 */
export function describeJsonSyntaxError(text: string, error: SyntaxError): { location: string | null; message: string } {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return { location: `line ${lineColumn[1]}, column ${lineColumn[2]}`, message: cleanMessage(error.message) };
  const position = /position (\d+)/.exec(error.message);
  if (position) {
    const { line, column } = lineAndColumn(text, Number(position[1]));
    return { location: `line ${line}, column ${column}`, message: cleanMessage(error.message) };
  }
  if (/Unexpected end of JSON input/.test(error.message)) {
    const { line, column } = lineAndColumn(text, text.length);
    return { location: `line ${line}, column ${column}`, message: 'The file ends before the JSON is complete (is it truncated?)' };
  }
  return { location: null, message: cleanMessage(error.message) };
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

function cleanMessage(message: string): string {
  return `Not valid JSON: ${message.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '')}`;
}
