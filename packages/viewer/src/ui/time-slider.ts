// The year slider over the stage: from and to years, and play, which steps the span through the
// years. The graph shows only the relations stated in the span (see core/time-span.ts).
import type { CaucusGraph } from '../core/graph-store.ts';
import { computeTimeState, nextSpan, type YearSpan, yearBounds } from '../core/time-span.ts';
import type { ViewState } from '../core/view-state.ts';
import { el } from './dom.ts';

const STEP_MS = 1200;

export interface TimeSlider {
  /** Re-reads the years the loaded graph covers (after a reload). */
  reset(): void;
}

export function renderTimeSlider(
  root: HTMLElement,
  graph: CaucusGraph,
  state: ViewState,
  onChange: () => void,
): TimeSlider {
  let bounds: YearSpan | null = null;
  let timer: number | undefined;
  const from = el('input', { type: 'range', id: 'years-from', 'aria-label': 'From year', step: '1' });
  const to = el('input', { type: 'range', id: 'years-to', 'aria-label': 'To year', step: '1' });
  const shown = el('output', { id: 'years-shown', for: 'years-from years-to' });
  const play = el('button', { type: 'button', id: 'years-play', title: 'Step through the years' }, '▶ Play');
  const all = el('button', { type: 'button', id: 'years-all', title: 'Show every year' }, 'All years');

  const apply = (span: YearSpan | null) => {
    if (!bounds) return;
    const full = !span || (span.from <= bounds.from && span.to >= bounds.to);
    state.time = full || !span ? null : computeTimeState(graph, span);
    const s = span ?? bounds;
    from.value = String(s.from);
    to.value = String(s.to);
    shown.textContent = full
      ? `${bounds.from}–${bounds.to}, all years`
      : s.from === s.to
        ? `${s.from}`
        : `${s.from}–${s.to}`;
    if (state.time) shown.textContent += ` · ${state.time.edges.size} relations`;
    root.dataset.span = full ? 'all' : `${s.from}-${s.to}`;
    onChange();
  };
  const stop = () => {
    window.clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
    root.dataset.playing = 'false';
  };
  const current = (): YearSpan => ({ from: Number(from.value), to: Number(to.value) });
  from.addEventListener('input', () => {
    stop();
    apply({ from: Number(from.value), to: Math.max(Number(from.value), Number(to.value)) });
  });
  to.addEventListener('input', () => {
    stop();
    apply({ from: Math.min(Number(from.value), Number(to.value)), to: Number(to.value) });
  });
  all.addEventListener('click', () => {
    stop();
    apply(null);
  });
  play.addEventListener('click', () => {
    if (timer !== undefined || !bounds) return stop();
    const step = () => {
      const next = bounds ? nextSpan(current(), bounds) : null;
      if (next) apply(next);
      else stop();
    };
    step();
    timer = window.setInterval(step, STEP_MS);
    play.textContent = '❚❚ Pause';
    root.dataset.playing = 'true';
  });
  // Neighbours added while a span is set: they join the span if they were stated in it.
  let stale = false;
  graph.on('edgeAdded', () => {
    if (!state.time || stale) return;
    stale = true;
    queueMicrotask(() => {
      stale = false;
      if (state.time) apply(current());
    });
  });
  root.replaceChildren(
    el('span', { class: 'years-label' }, 'Years'),
    el('label', {}, 'from ', from),
    el('label', {}, 'to ', to),
    shown,
    play,
    all,
  );
  return {
    reset() {
      stop();
      bounds = yearBounds(graph);
      root.hidden = !bounds;
      if (!bounds) return;
      for (const input of [from, to]) {
        input.min = String(bounds.from);
        input.max = String(bounds.to);
      }
      const asked = state.time ?? state.requestedYears;
      state.requestedYears = null;
      apply(asked ? { from: Math.max(asked.from, bounds.from), to: Math.min(asked.to, bounds.to) } : null);
    },
  };
}
