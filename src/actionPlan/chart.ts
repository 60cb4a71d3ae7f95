/**
 * The digest's picture of progress: the actions' status by theme as stacked bars and, where the plan
 * records it, the maturity index current and target. Drawn on the server (Vega-Lite spec -> Vega
 * view -> SVG -> PNG with resvg) because a PNG shows in every Teams client, where card charts do not.
 * The alt text states the same figures in words, and says what the plan does not record rather than
 * drawing anything it does not know.
 */
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { projectPath } from '../projectRoot.js';
import type { Digest } from './digest.js';
import { MATURITY_LEVELS, STATUSES, maturityLabel, type ActionItem, type Maturity, type MaturityLevel, type Plan, type Status } from './model.js';

/** Bundled so the picture's text is the same on a server without system fonts (licence beside it). */
export const CHART_FONT_FILE = projectPath('data', 'fonts', 'DejaVuSans.ttf');
const FONT = 'DejaVu Sans';

/** Status colours, told apart by lightness as well as hue, in the order the statuses run. */
export const STATUS_COLOURS: Record<Status, string> = {
  'Not started': '#9e9e9e',
  'On track': '#2e7d32',
  'At risk': '#f9a825',
  'Off track': '#c62828',
  Complete: '#1565c0',
};

/** As the plan card groups them: actions under a theme the plan no longer lists. */
const OTHER_THEME = 'Other';

export interface ThemeProgress {
  theme: string;
  total: number;
  counts: Record<Status, number>;
  /** null when the plan records no level for the theme */
  maturity: { current: MaturityLevel | null; target: MaturityLevel | null } | null;
}

export interface ProgressFigures {
  title: string;
  total: number;
  themes: ThemeProgress[];
  /** the council's overall position, when the documents give it */
  overall: { current: MaturityLevel | null; target: MaturityLevel | null } | null;
}

export interface ProgressPicture {
  png: Buffer;
  alt: string;
  /** pixels */
  width: number;
  height: number;
}

const known = (m: Maturity | null | undefined) => (m && (m.current !== null || m.target !== null) ? { current: m.current, target: m.target } : null);

/** The figures the picture and its alt text are both drawn from. */
export function progressFigures(plan: Plan, items: readonly ActionItem[]): ProgressFigures {
  const themes: ThemeProgress[] = plan.themes.map((t) => ({ theme: t.name, total: 0, counts: zeroCounts(), maturity: known(t.maturity) }));
  const byName = new Map(themes.map((t) => [t.theme, t]));
  for (const item of items) {
    let row = byName.get(item.theme) ?? byName.get(OTHER_THEME);
    if (!row) {
      row = { theme: OTHER_THEME, total: 0, counts: zeroCounts(), maturity: null };
      themes.push(row);
      byName.set(OTHER_THEME, row);
    }
    row.total += 1;
    row.counts[item.status] += 1;
  }
  return { title: plan.title, total: items.length, themes, overall: known(plan.overall) };
}

function zeroCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function maturityWords(m: { current: MaturityLevel | null; target: MaturityLevel | null }): string {
  return `current ${maturityLabel(m.current)}, target ${maturityLabel(m.target)}`;
}

/** The picture in words: every count and level it shows, and what the plan does not record. */
export function progressAlt(f: ProgressFigures, councilName: string): string {
  const parts = [`Status of ${councilName}'s ${plural(f.total, 'action', 'actions')} by theme.`];
  for (const t of f.themes) {
    const counts = STATUSES.filter((s) => t.counts[s] > 0).map((s) => `${t.counts[s]} ${s.toLowerCase()}`);
    parts.push(t.total === 0 ? `${t.theme}: no actions.` : `${t.theme}: ${plural(t.total, 'action', 'actions')}, ${counts.join(', ')}.`);
  }
  const byTheme = f.themes.filter((t) => t.maturity);
  if (byTheme.length > 0) {
    parts.push(`Maturity index by theme: ${byTheme.map((t) => `${t.theme} ${maturityWords(t.maturity!)}`).join('; ')}.`);
    const missing = f.themes.filter((t) => !t.maturity && t.theme !== OTHER_THEME);
    if (missing.length > 0) parts.push(`Not recorded for ${missing.map((t) => t.theme).join(', ')}.`);
  } else {
    parts.push('Maturity index by theme: not recorded in the plan.');
  }
  parts.push(f.overall ? `Maturity index overall: ${maturityWords(f.overall)}.` : 'Maturity index overall: not recorded in the plan.');
  return parts.join(' ');
}

// Layout in CSS pixels, for a card about 430 px wide (Teams and the Agents Playground draw cards so),
// so the text shows at its own size rather than shrunk; the PNG is drawn at SCALE times this so it
// stays sharp on high-density screens.
const WIDTH = 440;
const ROW = 22;
const SCALE = 2;
/** A name longer than this is drawn on more lines, broken at spaces (the theme names run to 50 characters). */
const LINE_CHARS = 22;
const LABEL_FONT = 12;
// Room for a line of a theme's name (LINE_CHARS) in full, as Vega measures text on a server with no
// canvas: 0.8 of the font size per character, more than DejaVu Sans takes.
const LABEL_LIMIT = Math.ceil(LINE_CHARS * LABEL_FONT * 0.8);

const LINE_HEIGHT = 15;

/** The name's lines, each at most LINE_CHARS where the words allow. */
export function labelLines(name: string): string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= LINE_CHARS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [name];
}

/** An axis whose labels are the names, each on as many lines as it needs (Vega draws an array as lines). */
function labelAxis(names: readonly string[]) {
  const broken = Object.fromEntries(names.filter((n) => labelLines(n).length > 1).map((n) => [n, labelLines(n)]));
  const expr = Object.keys(broken).length ? `${JSON.stringify(broken)}[datum.label] || datum.label` : 'datum.label';
  return { labelLimit: LABEL_LIMIT, labelExpr: expr, labelLineHeight: LINE_HEIGHT };
}

/** The width Vega gives the theme names, as it measures them (see LABEL_LIMIT), with the ticks. */
const labelColumn = (names: readonly string[]) => Math.min(LABEL_LIMIT, Math.max(...names.flatMap(labelLines).map((l) => Math.ceil(l.length * LABEL_FONT * 0.8)))) + 8;
/** The bars' height, and the room the axis below them takes (ticks, numbers, its title). */
const plotHeight = (names: readonly string[]) => names.length * rowStep(names);
const AXIS_BELOW = 48;

/** A row tall enough for its name's lines. */
const rowStep = (names: readonly string[]) => Math.max(ROW, ...names.map((n) => labelLines(n).length * LINE_HEIGHT + 8));

/** The Vega-Lite spec: the status bars, then the maturity panel when any level is known. */
export function progressSpec(f: ProgressFigures): TopLevelSpec {
  const order = f.themes.map((t) => t.theme);
  const statusRows = f.themes.flatMap((t) => STATUSES.map((s, i) => ({ theme: t.theme, status: s, order: i, n: t.counts[s] })));
  const anyMaturity = f.themes.some((t) => t.maturity) || f.overall !== null;
  const status = {
    title: { text: 'Actions by theme and status', subtitle: anyMaturity ? '' : 'Maturity index: not recorded in the plan' },
    width: WIDTH - LABEL_LIMIT,
    height: { step: rowStep(order) },
    data: { values: statusRows },
    mark: { type: 'bar' as const },
    encoding: {
      y: { field: 'theme', type: 'nominal' as const, sort: order, title: null, axis: labelAxis(order) },
      x: { field: 'n', type: 'quantitative' as const, aggregate: 'sum' as const, title: 'Actions', axis: { tickMinStep: 1, format: 'd' } },
      color: {
        field: 'status',
        type: 'nominal' as const,
        title: 'Status',
        scale: { domain: [...STATUSES], range: STATUSES.map((s) => STATUS_COLOURS[s]) },
        // Under the theme names and the bars together, three to a row: below the bars alone (Vega's
        // 'bottom') it would reach past the card's width and the whole picture would be drawn smaller.
        legend: { orient: 'none' as const, direction: 'horizontal' as const, columns: 3, legendX: -labelColumn(order), legendY: plotHeight(order) + AXIS_BELOW },
      },
      order: { field: 'order', type: 'quantitative' as const },
    },
  };
  if (!anyMaturity) return { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', config: config(), ...status };

  const rows = [
    ...f.themes.filter((t) => t.maturity).map((t) => ({ row: t.theme, ...t.maturity! })),
    ...(f.overall ? [{ row: 'Overall', ...f.overall }] : []),
  ];
  const points = rows.flatMap((r) => [
    ...(r.current !== null ? [{ row: r.row, which: 'Current', level: r.current }] : []),
    ...(r.target !== null ? [{ row: r.row, which: 'Target', level: r.target }] : []),
  ]);
  const spans = rows.filter((r) => r.current !== null && r.target !== null);
  const y = { field: 'row', type: 'nominal' as const, sort: rows.map((r) => r.row), title: null, axis: labelAxis(rows.map((r) => r.row)) };
  const x = {
    type: 'quantitative' as const,
    scale: { domain: [0, MATURITY_LEVELS.length - 1] },
    // Slanted: five level names side by side would run into each other at this width.
    axis: { values: MATURITY_LEVELS.map((_, i) => i), labelOverlap: false, labelFlush: false, labelAngle: -30, labelAlign: 'right' as const, labelExpr: `[${MATURITY_LEVELS.map((l) => JSON.stringify(l)).join(',')}][datum.value]`, title: null },
  };
  const missing = f.themes.some((t) => !t.maturity && t.theme !== OTHER_THEME);
  const maturity = {
    title: { text: 'Maturity index: current and target', subtitle: missing ? (f.themes.some((t) => t.maturity) ? 'Not recorded for every theme' : 'Not recorded by theme') : '' },
    width: WIDTH - LABEL_LIMIT,
    height: { step: rowStep(rows.map((r) => r.row)) },
    layer: [
      { data: { values: spans }, mark: { type: 'rule' as const, color: '#616161', strokeWidth: 2 }, encoding: { y, x: { ...x, field: 'current' }, x2: { field: 'target' } } },
      {
        data: { values: points },
        mark: { type: 'point' as const, filled: true, size: 120, opacity: 1 },
        encoding: {
          y,
          x: { ...x, field: 'level' },
          shape: { field: 'which', type: 'nominal' as const, title: 'Maturity', scale: { domain: ['Current', 'Target'], range: ['circle', 'diamond'] }, legend: { orient: 'bottom' as const, direction: 'horizontal' as const } },
          color: { field: 'which', type: 'nominal' as const, scale: { domain: ['Current', 'Target'], range: ['#6a1b9a', '#00838f'] }, legend: null },
        },
      },
    ],
  };
  return { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', config: config(), vconcat: [status, maturity], spacing: 24, resolve: { scale: { color: 'independent', y: 'independent' } } } as TopLevelSpec;
}

function config() {
  // One regular face is bundled, so nothing asks for bold.
  return {
    font: FONT,
    background: 'white',
    padding: 12,
    view: { stroke: null },
    title: { fontWeight: 'normal' as const, fontSize: 14, subtitleFontSize: 13, subtitleColor: '#424242', anchor: 'start' as const },
    axis: { labelFontSize: LABEL_FONT, titleFontWeight: 'normal' as const, titleFontSize: 13, labelColor: '#212121', titleColor: '#212121' },
    legend: { labelFontSize: 13, titleFontWeight: 'normal' as const, titleFontSize: 13, labelColor: '#212121', titleColor: '#212121' },
  };
}

/** Vega-Lite -> SVG, headless: the 'none' renderer draws nothing itself, toSVG builds the markup. */
export async function progressSvg(f: ProgressFigures): Promise<string> {
  const view = new vega.View(vega.parse(compile(progressSpec(f)).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The plan's picture as PNG, with alt text stating the same figures. */
export async function renderProgressChart(plan: Plan, items: readonly ActionItem[], councilName: string): Promise<ProgressPicture> {
  const figures = progressFigures(plan, items);
  const svg = await progressSvg(figures);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    background: 'white',
    font: { fontFiles: [CHART_FONT_FILE], loadSystemFonts: false, defaultFontFamily: FONT, sansSerifFamily: FONT },
  });
  const image = resvg.render();
  return { png: image.asPng(), alt: progressAlt(figures, councilName), width: image.width, height: image.height };
}

/** The digest's picture: the same plan and actions the digest lists. */
export function digestPicture(d: Digest): Promise<ProgressPicture> {
  return renderProgressChart(d.plan, d.items, d.councilName);
}
