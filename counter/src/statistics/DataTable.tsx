/**
 * One statistics table from a TableModel: row names as row headers, figures right-aligned with
 * tabular digits, a dash for what was not measured (read out as "keine Daten").
 */
import type { TableModel } from '../model/statistics-rows.ts';
import { st } from '../model/statistics-texts.ts';

export function DataTable({
  table,
  caption,
  captionHidden = false,
}: {
  table: TableModel;
  caption: string;
  captionHidden?: boolean;
}) {
  const [first, ...columns] = table.columns;
  const none = st('none');
  return (
    // Focusable with a name: on a narrow screen the table scrolls sideways, also by keyboard.
    <div class="stat-table" tabIndex={0} role="group" aria-label={caption}>
      <table>
        <caption class={captionHidden ? 'visually-hidden' : 'stat-table__caption'}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first?.label}</th>
            {columns.map((column) => (
              <th key={column.label} scope="col" class={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, i) => (
                <td key={i} class={columns[i]?.numeric ? 'num' : undefined}>
                  {cell === none ? <abbr title={st('none.label')}>{none}</abbr> : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
