// Offsets -> 1-based line and column, as editors count them (CRLF and lone CR end a line).

export type Locate = (offset: number) => { line: number; column: number };

/** Build a locator for `text`: a binary search over the line starts. */
export function lineLocator(text: string): Locate {
  const starts = [0];
  const eol = /\r\n|\r|\n/g;
  for (let m = eol.exec(text); m; m = eol.exec(text)) starts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
