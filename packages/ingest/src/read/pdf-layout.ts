// Positioned text runs of one PDF page → reading-order text: two-column pages are read column by
// column (a run that spans the gutter, such as a headline, closes the rows above it), runs are
// joined into lines, lines into paragraphs, and a word hyphenated at a line end is made whole.

export interface TextRun {
  str: string;
  x: number;
  /** Baseline, PDF units upwards from the page's foot. */
  y: number;
  width: number;
  height: number;
}

interface Line {
  y: number;
  height: number;
  text: string;
}

/** The x of a gutter: a strip in the middle third that (almost) no run covers. */
export function findGutter(runs: TextRun[], pageWidth: number): number | null {
  const buckets = 120;
  const cover = new Array<number>(buckets).fill(0);
  const textRuns = runs.filter((r) => r.str.trim() !== '');
  if (textRuns.length < 8) return null;
  for (const r of textRuns) {
    const from = Math.max(0, Math.floor((r.x / pageWidth) * buckets));
    const to = Math.min(buckets - 1, Math.floor(((r.x + r.width) / pageWidth) * buckets));
    for (let b = from; b <= to; b++) cover[b] = (cover[b] ?? 0) + 1;
  }
  const limit = Math.max(1, textRuns.length * 0.03);
  let best: { start: number; end: number } | null = null;
  for (let b = Math.floor(buckets * 0.3); b < buckets * 0.7; b++) {
    if ((cover[b] ?? 0) > limit) continue;
    let end = b;
    while (end + 1 < buckets * 0.7 && (cover[end + 1] ?? 0) <= limit) end++;
    if (!best || end - b > best.end - best.start) best = { start: b, end };
    b = end;
  }
  if (!best) return null;
  // Text on both sides of it, or it is only a wide margin.
  const mid = ((best.start + best.end + 1) / 2 / buckets) * pageWidth;
  const left = textRuns.filter((r) => r.x + r.width <= mid).length;
  const right = textRuns.filter((r) => r.x >= mid).length;
  return left >= 3 && right >= 3 ? mid : null;
}

function toLines(runs: TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; height: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    const line = lines.find((l) => Math.abs(l.y - run.y) <= Math.max(2, run.height * 0.4));
    if (line) line.runs.push(run);
    else lines.push({ y: run.y, height: run.height, runs: [run] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => {
      const parts = l.runs.sort((a, b) => a.x - b.x);
      let text = '';
      let end = Number.NEGATIVE_INFINITY;
      for (const p of parts) {
        // A space where the runs do not touch and neither side has one.
        const gap = p.x - end > p.height * 0.15;
        if (text && gap && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' ';
        text += p.str;
        end = p.x + p.width;
      }
      return { y: l.y, height: l.height, text: text.replace(/\s+/g, ' ').trim() };
    })
    .filter((l) => l.text !== '');
}

/** Lines → paragraphs: a wider gap than usual, or a short line ending a sentence, starts a new one. */
export function joinLines(lines: Line[]): string {
  const gaps = lines
    .slice(1)
    .map((l, i) => (lines[i]?.y ?? 0) - l.y)
    .filter((g) => g > 0);
  const usual = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (i === 0) {
      out = line.text;
      continue;
    }
    const prev = lines[i - 1] as Line;
    const gap = prev.y - line.y;
    if (gap <= 0 || gap > usual * 1.4 || line.height > prev.height * 1.3 || prev.height > line.height * 1.3) {
      out += `\n\n${line.text}`;
    } else if (/[A-Za-z]-$/.test(out) && /^[a-z]/.test(line.text)) {
      // "elec-" + "tion" → "election"; "Powell-" + "Davies" keeps its hyphen.
      out = out.slice(0, -1) + line.text;
    } else if (/-$/.test(out)) out += line.text;
    else out += ` ${line.text}`;
  }
  return out;
}

export function pageText(runs: TextRun[], pageWidth: number): string {
  const gutter = findGutter(runs, pageWidth);
  if (gutter === null) return joinLines(toLines(runs));
  // Rows from the top; a spanning run ends a band of two columns.
  const blocks: string[] = [];
  let left: TextRun[] = [];
  let right: TextRun[] = [];
  const flush = () => {
    for (const side of [left, right]) if (side.length) blocks.push(joinLines(toLines(side)));
    left = [];
    right = [];
  };
  const spans = (r: TextRun) => r.x < gutter && r.x + r.width > gutter;
  const sorted = [...runs].sort((a, b) => b.y - a.y);
  let full: TextRun[] = [];
  for (const run of sorted) {
    if (run.str.trim() === '') continue;
    if (spans(run)) {
      flush();
      full.push(run);
      continue;
    }
    if (full.length) {
      blocks.push(joinLines(toLines(full)));
      full = [];
    }
    (run.x + run.width <= gutter ? left : right).push(run);
  }
  if (full.length) blocks.push(joinLines(toLines(full)));
  flush();
  return blocks.join('\n\n');
}
