// The last word on overlaps: after noverlap (which can stop with a few pairs still touching),
// pushes apart every pair of discs closer than their radii plus a margin, through a grid of cells
// as wide as the largest disc, until none is left or the rounds run out.

export interface Disc {
  x: number;
  y: number;
  r: number;
}

export function separateDiscs(discs: Disc[], margin: number, rounds = 60): number {
  const cell = 2 * (Math.max(0, ...discs.map((d) => d.r)) + margin);
  let left = 0;
  for (let round = 0; round < rounds; round++) {
    const grid = new Map<string, number[]>();
    discs.forEach((d, i) => {
      const k = `${Math.floor(d.x / cell)},${Math.floor(d.y / cell)}`;
      const list = grid.get(k);
      if (list) list.push(i);
      else grid.set(k, [i]);
    });
    left = 0;
    discs.forEach((a, i) => {
      const [cx, cy] = [Math.floor(a.x / cell), Math.floor(a.y / cell)];
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j <= i) continue;
            const b = discs[j] as Disc;
            const need = a.r + b.r + margin;
            let [vx, vy] = [b.x - a.x, b.y - a.y];
            let dist = Math.hypot(vx, vy);
            if (dist >= need) continue;
            left++;
            if (dist < 1e-6) {
              // Same place: split along a direction from the indexes, so runs repeat.
              [vx, vy] = [Math.cos(i + j), Math.sin(i + j)];
              dist = 1;
            }
            const push = (need - Math.min(dist, need)) / 2 + 1e-3;
            a.x -= (vx / dist) * push;
            a.y -= (vy / dist) * push;
            b.x += (vx / dist) * push;
            b.y += (vy / dist) * push;
          }
    });
    if (left === 0) break;
  }
  return left;
}
