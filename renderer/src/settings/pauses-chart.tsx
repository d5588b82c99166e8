/**
 * A small stacked bar chart of pauses by kind (issue #19), drawn as inline SVG for sighted users and
 * hidden from screen readers, who get the same numbers as a real table under "Show … as a table".
 * Bars carry their count on top, and kinds are stacked in one fixed order with a gap between them, so
 * colour is never the only cue.
 */
import { historyKinds } from '../../../electron/core/history/history-types.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import { PausesTable, type PausesColumn } from './pauses-table.tsx';
import { kindLabels } from './pauses-text.ts';

const WIDTH = 460;
const TOP = 16;
const PLOT = 96;
const BOTTOM = 20;
const HEIGHT = TOP + PLOT + BOTTOM;

/** The drawing: one stacked bar per column, its total above it and its label below. */
function Bars({ columns }: { columns: readonly PausesColumn[] }): React.JSX.Element {
  const slot = WIDTH / Math.max(1, columns.length);
  const barWidth = Math.min(34, slot * 0.62);
  const most = Math.max(1, ...columns.map((c) => c.breaks));
  const unit = PLOT / most;
  const base = TOP + PLOT;
  return (
    <svg className="pauses-bars" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <line className="pauses-axis" x1={0} x2={WIDTH} y1={base + 0.5} y2={base + 0.5} />
      {columns.map((c, i) => {
        const x = i * slot + (slot - barWidth) / 2;
        let top = base;
        return (
          <g key={c.key} data-key={c.key} className={c.current ? 'is-current' : undefined}>
            {historyKinds.map((kind) => {
              const count = c.byKind[kind];
              if (count === 0) return null;
              const height = count * unit;
              top -= height;
              return (
                <rect
                  key={kind}
                  className={`pauses-kind-${kind}`}
                  data-kind={kind}
                  data-count={count}
                  x={x}
                  y={top}
                  width={barWidth}
                  height={height}
                />
              );
            })}
            {c.breaks > 0 && (
              <text className="pauses-count" x={x + barWidth / 2} y={top - 4} textAnchor="middle">
                {c.breaks}
              </text>
            )}
            <text className="pauses-label" x={x + barWidth / 2} y={HEIGHT - 5} textAnchor="middle">
              {c.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Which colour stands for which kind (visual only: the tables name their columns). */
export function PausesLegend(): React.JSX.Element {
  return (
    <ul className="pauses-legend" aria-hidden="true">
      {historyKinds.map((kind) => (
        <li key={kind}>
          <svg className="pauses-swatch" viewBox="0 0 12 12" focusable="false">
            <rect className={`pauses-kind-${kind}`} width={12} height={12} rx={2} />
          </svg>
          {t(kindLabels[kind])}
        </li>
      ))}
    </ul>
  );
}

/** A chart under its own heading, with its table a click away. */
export function PausesChart({
  id,
  heading,
  tableLabel,
  rowHeading,
  columns,
}: {
  id: string;
  heading: string;
  tableLabel: string;
  rowHeading: string;
  columns: readonly PausesColumn[];
}): React.JSX.Element {
  return (
    <div className="pauses-chart" data-chart={id}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <Bars columns={columns} />
      <details className="pauses-details">
        <summary>{tableLabel}</summary>
        <PausesTable columns={columns} rowHeading={rowHeading} caption={heading} />
      </details>
    </div>
  );
}
