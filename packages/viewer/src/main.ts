// Wires the viewer: graph store, sigma renderer, layout worker, panels, URL state.
import { api, type ChangeFlag, type ExplainedPath, type SerializedGraph } from './api-client.ts';
import { createBlocColouring } from './core/bloc-colours.ts';
import { createGraph, edgesAmong, mergeInto } from './core/graph-store.ts';
import { RIVALRY_RELATIONS } from './core/importance.ts';
import { createLayout } from './core/layout.ts';
import { Overview, type Scope } from './core/overview.ts';
import { expandColumns } from './core/overview-columns.ts';
import { createRenderer, fitNodes, focusNode } from './core/renderer.ts';
import { createViewState, writeUrl } from './core/view-state.ts';
import { attachAddArticle } from './ui/add-article.ts';
import { renderBlocView } from './ui/bloc-view.ts';
import { renderChangesPanel } from './ui/changes-panel.ts';
import { renderCypherConsole } from './ui/cypher-console.ts';
import { showEdge } from './ui/edge-panel.ts';
import { showEntityPanel } from './ui/entity-extras.ts';
import { exportView } from './ui/export.ts';
import { renderFilters } from './ui/filters.ts';
import { renderInfluenceTable } from './ui/influence-table.ts';
import { renderLinkFinder } from './ui/link-finder.ts';
import { renderQuestionBox } from './ui/question-box.ts';
import { attachSearch } from './ui/search-box.ts';
import { renderTimeSlider } from './ui/time-slider.ts';
import { signInBox } from './ui/trust/sign-in.ts';
import { renderViewScope } from './ui/view-scope.ts';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

const graph = createGraph();
const state = createViewState();
const renderer = createRenderer(graph, $('#sigma'), state);
// The layout follows the relations drawn (the type filters), not the ones filtered out.
const layout = createLayout(graph, renderer, (edge) => {
  const [s, t] = graph.extremities(edge);
  return (
    !state.filters.relations.has(graph.getEdgeAttribute(edge, 'relType')) &&
    !state.filters.types.has(graph.getNodeAttribute(s, 'entityType')) &&
    !state.filters.types.has(graph.getNodeAttribute(t, 'entityType'))
  );
});
const askedHiddenRelations = new URLSearchParams(location.search).has('hideRel');
const scopeBar = Object.assign(document.createElement('div'), {
  id: 'view-scope',
  className: 'view-scope',
  hidden: true,
});
$('#time-slider').after(scopeBar);
/** Milliseconds since the page started loading: overview fetched, decoded, first view settled. */
const timings: Record<string, number> = {};
/** The whole overview the API sent, and the part of it on screen. */
let overview: Overview | null = null;
let scope: Scope | null = null;
const status = $('#status');
const slider = renderTimeSlider($('#time-slider'), graph, state, () => {
  refresh();
  fitNodes(renderer, state.time?.nodes ?? []);
});
let tab = new URLSearchParams(location.search).get('tab') ?? 'explore';
let updateCounts = () => {};

const refresh = () => {
  renderer.refresh({ skipIndexation: true });
  updateCounts();
  writeUrl(state, tab);
};

async function loadGraph(): Promise<void> {
  const started = performance.now();
  const { since, until, article } = state.filters;
  const columns = await api.graph({ since, until, article });
  timings.fetched = performance.now();
  const data = expandColumns(columns);
  overview = new Overview(data);
  scope = overview.initialScope();
  timings.decoded = performance.now();
  if (overview.large && !askedHiddenRelations) hideRelations(RIVALRY_RELATIONS);
  const ms = Math.round(performance.now() - started);
  await showScope();
  timings.settled = performance.now();
  status.textContent = `${overview.full.order} entities, ${overview.full.size} relations loaded in ${ms} ms${data.attributes.truncated ? ' (truncated: narrow the filters)' : ''}`;
  document.body.dataset.loaded = 'true';
}

/** Unticks relation types in the filters (a large graph opens without its rivalries). */
function hideRelations(types: string[]): void {
  for (const t of types) {
    state.filters.relations.add(t);
    const box = document.querySelector<HTMLInputElement>(`#filters input[name="relation"][value="${t}"]`);
    if (box) box.checked = false;
  }
}

/** Draws the current scope of the overview afresh and settles its layout. */
async function showScope(): Promise<void> {
  if (!overview || !scope) return;
  const view = overview.view(scope);
  graph.clear();
  mergeInto(graph, view.data);
  renderer.refresh();
  slider.reset();
  updateCounts();
  const current = scope;
  const hiddenRivalries = RIVALRY_RELATIONS.filter((t) => state.filters.relations.has(t));
  renderViewScope(scopeBar, view, current.isolated, hiddenRivalries, {
    widen: () => {
      current.budget = current.budget === null ? null : current.budget * 2;
      void showScope();
    },
    all: () => {
      current.budget = null;
      void showScope();
    },
    isolated: (show) => {
      current.isolated = show;
      void showScope();
    },
  });
  fitStageUnderOverlays();
  await layout.start(true);
}

/** Keeps the drawing clear of the year slider and the scope bar over the top of the stage. */
function fitStageUnderOverlays(): void {
  const stage = $('.stage').getBoundingClientRect();
  const bars = [$('#time-slider'), scopeBar].filter((b) => !b.hidden);
  const bottom = Math.max(stage.top, ...bars.map((b) => b.getBoundingClientRect().bottom));
  const top = `${Math.round(bottom - stage.top)}px`;
  if ($('#sigma').style.top !== top) {
    $('#sigma').style.top = top;
    renderer.resize();
  }
}

/** Adds entities of the overview (and the relations joining them to what is drawn), then settles. */
async function addFromOverview(keys: string[]): Promise<void> {
  if (!overview || !scope || keys.length === 0) return;
  for (const k of keys) scope.extra.add(k);
  const wanted = new Set([...keys, ...graph.nodes()]);
  mergeInto(graph, {
    ...overview.data,
    nodes: overview.data.nodes.filter((n) => keys.includes(n.key)),
    edges: overview.data.edges.filter((e) => wanted.has(e.source) && wanted.has(e.target)),
  });
  renderer.refresh();
  await layout.start(false);
}

async function ensureNode(key: string): Promise<void> {
  if (graph.hasNode(key)) return;
  if (overview?.full.hasNode(key)) return addFromOverview(overview.around(key));
  mergeInto(graph, await api.neighbors(key, 1));
  renderer.refresh();
  await layout.start(false);
}

async function select(key: string | null): Promise<void> {
  state.selected = key;
  state.highlight = null;
  if (key) {
    await ensureNode(key);
    focusNode(renderer, key);
    switchTab('explore');
    await showEntityPanel($('#panel-explore'), key, graph.getNodeAttribute(key, 'entityType'), {
      select: (k) => void select(k),
      expand: (k) => void expand(k),
      showChange: (flag) => void showChange(flag),
    });
  } else $('#panel-explore').replaceChildren(introduction());
  attachAddArticle($('#add-article'), $<HTMLDialogElement>('#add-article-dialog'));
  refresh();
}

async function expand(key: string): Promise<void> {
  const at = graph.getNodeAttributes(key);
  const added = mergeInto(graph, await api.neighbors(key, 1), { x: at.x, y: at.y });
  for (const k of added) scope?.extra.add(k);
  await layout.start(false);
  refresh();
}

/** Highlights paths (adding what is missing) and fits the camera to them. */
async function showPaths(paths: ExplainedPath[]): Promise<void> {
  const missing: SerializedGraph = {
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    attributes: {},
    nodes: [],
    edges: [],
  };
  for (const p of paths) {
    for (const n of p.nodes)
      if (!graph.hasNode(n.key)) missing.nodes.push({ key: n.key, attributes: { ...n, label: n.name } });
  }
  if (mergeInto(graph, missing).length > 0) await layout.start(false);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const p of paths) {
    for (const n of p.nodes) nodes.add(n.key);
    for (const e of p.edges) {
      let found = graph
        .edges(e.source, e.target)
        .find((k) => graph.getEdgeAttribute(k, 'relType') === e.type);
      if (!found) {
        found = `${e.source}|${e.type}|${e.target}`;
        if (!graph.hasEdge(found))
          mergeInto(graph, {
            ...missing,
            nodes: [],
            edges: [{ key: found, source: e.source, target: e.target, attributes: { type: e.type } }],
          });
      }
      edges.add(found);
    }
  }
  state.highlight = { nodes, edges };
  state.selected = null;
  renderer.refresh();
  const first = paths[0]?.nodes[0]?.key;
  if (first) focusNode(renderer, first);
  updateCounts();
}

/** Highlights the entities a changed allegiance names, and the relations among them. */
async function showChange(flag: ChangeFlag): Promise<void> {
  for (const key of flag.entities) await ensureNode(key);
  state.highlight = { nodes: new Set(flag.entities), edges: edgesAmong(graph, flag.entities) };
  state.selected = null;
  refresh();
  focusNode(renderer, flag.subject.key);
}

/** Panels that load when first shown. */
const panelShown: Record<string, () => void> = {};

/** Dims all but these entities and the edges among them (null: show everything). */
function highlightKeys(keys: Set<string> | null): void {
  if (!keys) state.highlight = null;
  else {
    const nodes = new Set([...keys].filter((k) => graph.hasNode(k)));
    const edges = new Set(graph.filterEdges((_e, _a, s, t) => nodes.has(s) && nodes.has(t)));
    state.highlight = { nodes, edges };
  }
  refresh();
}

function switchTab(name: string): void {
  tab = name;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.tabs button')) {
    button.setAttribute('aria-selected', String(button.dataset.tab === name));
  }
  for (const panel of document.querySelectorAll<HTMLElement>('.right .panel'))
    panel.hidden = panel.id !== `panel-${name}`;
  document.body.dataset.tab = name;
  // Some panels are wider: the stage changes size, and sigma must follow.
  renderer.resize();
  renderer.refresh({ skipIndexation: true });
  panelShown[name]?.();
  writeUrl(state, tab);
}

function introduction(): HTMLElement {
  const p = document.createElement('div');
  p.innerHTML =
    '<h2>Explore</h2><p class="aliases">Search for a person, faction or union, or click a node. Hover to see its neighbourhood; every relation lists the sentences it was read from.</p>';
  return p;
}

// Events.
renderer.on('enterNode', ({ node }) => {
  state.hovered = node;
  renderer.refresh({ skipIndexation: true });
});
renderer.on('leaveNode', () => {
  state.hovered = null;
  renderer.refresh({ skipIndexation: true });
});
renderer.on('clickNode', ({ node }) => void select(node));
renderer.on('clickStage', () => void select(null));
renderer.on('clickEdge', ({ edge }) => {
  const [s, t] = graph.extremities(edge);
  const a = graph.getEdgeAttributes(edge);
  switchTab('explore');
  void showEdge(
    $('#panel-explore'),
    {
      key: edge,
      type: String(a.relType),
      source: { key: s, label: String(graph.getNodeAttribute(s, 'label')) },
      target: { key: t, label: String(graph.getNodeAttribute(t, 'label')) },
      weight: Number(a.weight ?? 1),
      firstDate: a.firstDate as string | undefined,
      lastDate: a.lastDate as string | undefined,
    },
    (k) => void select(k),
  );
});
for (const button of document.querySelectorAll<HTMLButtonElement>('.tabs button')) {
  button.addEventListener('click', () => switchTab(button.dataset.tab ?? 'explore'));
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
  button.addEventListener('click', () => void exportView(button.dataset.export ?? 'png', renderer, graph));
}
const layoutButton = $<HTMLButtonElement>('#layout-toggle');
layoutButton.addEventListener('click', () => (layout.isRunning() ? layout.stop() : void layout.start()));
layout.onChange((running) => {
  layoutButton.textContent = running ? 'Stop layout' : 'Layout';
});
$('#reset-view').addEventListener('click', () => {
  state.highlight = null;
  void select(null);
  renderer.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1 }, { duration: 300 });
});
document.addEventListener('keydown', (e) => {
  if (
    e.key === '/' &&
    document.activeElement?.tagName !== 'INPUT' &&
    document.activeElement?.tagName !== 'TEXTAREA'
  ) {
    e.preventDefault();
    $<HTMLInputElement>('#search').focus();
  }
});
attachSearch(
  $<HTMLInputElement>('#search'),
  $<HTMLUListElement>('#search-results'),
  (entity) => void select(entity.key),
);
updateCounts = renderFilters($('#filters'), $('#legend'), graph, state, {
  onVisual: refresh,
  onReload: () => void loadGraph(),
});
renderLinkFinder($('#panel-links'), { show: showPaths });
const cypherConsole = renderCypherConsole($('#panel-cypher'), (reply) => {
  mergeInto(graph, reply.graph);
  void showPaths([]).then(() => {
    state.highlight = {
      nodes: new Set(reply.graph.nodes.map((n) => n.key)),
      edges: new Set(reply.graph.edges.map((e) => e.key)),
    };
    refresh();
  });
});
void renderChangesPanel($('#panel-changes'), (flag) => void showChange(flag)).then((marked) => {
  state.marked = marked;
  refresh();
});
const colouring = createBlocColouring(graph);
panelShown.blocs = renderBlocView($('#panel-blocs'), $('.stage'), graph, {
  colouring,
  refresh,
  highlight: highlightKeys,
  select: (k) => void select(k),
}).shown;
panelShown.influence = renderInfluenceTable($('#panel-influence'), graph, {
  select: (k) => void select(k),
}).shown;
renderQuestionBox($('#panel-ask'), {
  select: (k) => void select(k),
  highlight: highlightKeys,
  editInConsole: (cypher, params) => {
    switchTab('cypher');
    void cypherConsole.load(cypher, params);
  },
});
$('#panel-explore').replaceChildren(introduction());
attachAddArticle($('#add-article'), $<HTMLDialogElement>('#add-article-dialog'));
// Signing in or out redraws the panel with or without the correction tools.
document
  .querySelector('.topbar .actions')
  ?.append(signInBox(() => (state.selected ? void select(state.selected) : undefined)));
switchTab(tab);

// For debugging in the console and for browser tests.
Object.assign(window, {
  caucus: {
    graph,
    renderer,
    state,
    layout,
    timings,
    /** Shows an overview as if the API had sent it (the benchmark's synthetic graphs). */
    showOverview: async (data: SerializedGraph) => {
      overview = new Overview(data);
      scope = overview.initialScope();
      await showScope();
    },
  },
});

void loadGraph().then(() => (state.selected ? select(state.selected) : undefined));
