/**
 * The numbers behind a pauses chart as a real table: one row per day or week, a column per kind, the
 * total and the minutes of care. Screen readers read this; the drawing beside it is hidden from them.
 */
import { careMinutes } from '../../../electron/core/history/history-summary.ts';
import { historyKinds, type HistoryKind } from '../../../electron/core/history/history-types.ts';
import { t } from '../../../electron/core/i18n/t.ts';
import { kindLabels } from './pauses-text.ts';

/** One bar of a chart and one row of its table. */
export interface PausesColumn {
  /** The day's or week's date key, unique in a chart. */
  key: string;
  /** Under the bar ("Mon", "3 Mar"). */
  label: string;
  /** The row's heading in the table as seen ("Mon 10 Mar"). */
  short: string;
  /** The row's heading in the table as read out ("Monday 10 March"). */
  name: string;
  byKind: Readonly<Record<HistoryKind, number>>;
  breaks: number;
  seconds: number;
  /** Today, or the week holding today. */
  current: boolean;
}

/** The table for `columns`, headed by `rowHeading` ("Day", "Week of"). */
export function PausesTable({
  columns,
  rowHeading,
  caption,
}: {
  columns: readonly PausesColumn[];
  rowHeading: string;
  caption: string;
}): React.JSX.Element {
  return (
    <div className="pauses-table-wrap">
      <table className="pauses-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            {historyKinds.map((kind) => (
              <th key={kind} scope="col">
                {t(kindLabels[kind])}
              </th>
            ))}
            <th scope="col">{t('settings-ui.pauses.column.all')}</th>
            <th scope="col">{t('settings-ui.pauses.column.minutes')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.key} data-key={c.key}>
              <th scope="row">
                {/* Short to the eye, so the table fits the window; in full for screen readers. */}
                <span aria-hidden="true">{c.short}</span>
                <span className="sr-only">{c.name}</span>
              </th>
              {historyKinds.map((kind) => (
                <td key={kind} data-kind={kind}>
                  {c.byKind[kind]}
                </td>
              ))}
              <td data-kind="all">{c.breaks}</td>
              <td>{careMinutes(c.seconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
