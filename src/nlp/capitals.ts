// How a line is capitalised: the segmenter reads headings by it, and the reader of a headline
// reads its verb by it.

/** Most words of four letters or more capitalised: "Historical Context of Trump-Kim Meetings". */
export function isTitleCase(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => /\p{L}{4,}/u.test(w));
  if (long.length === 0) return true;
  const capital = long.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length;
  return capital / long.length >= 0.7;
}
