/**
 * Per shown service: its letter, its name in the screen's language (or German, marked as such)
 * and "3 wartend · ca. 10–20 Min." — so people see how long their line is without asking.
 */
import type { QueueRow } from './queues.ts';

export function QueueList({ rows }: { rows: readonly QueueRow[] }) {
  return (
    <ul class="queues__list">
      {rows.map((row) => (
        <li key={row.serviceId} class="queue">
          <span class="queue__prefix" dir="ltr">
            {row.prefix}
          </span>
          <span class="queue__text">
            <span class="queue__name" lang={row.nameLang}>
              {row.name}
            </span>
            <span class="queue__figures">{row.figures}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
