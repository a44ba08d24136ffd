/** Links to the two CSV exports of the period shown; the browser downloads them with the session. */
import { csvUrl } from '../model/statistics-api.ts';
import type { Period } from '../model/statistics-period.ts';
import { st } from '../model/statistics-texts.ts';

export function Downloads({ officeId, period, label }: { officeId: string; period: Period; label: string }) {
  return (
    <section class="downloads" aria-labelledby="stat-downloads-heading">
      <h3 id="stat-downloads-heading" class="downloads__heading">
        {st('downloads.heading')}
      </h3>
      <ul class="downloads__list">
        <li>
          <a href={csvUrl(officeId, period, 'figures')} download>
            {st('downloads.figures')}
          </a>
        </li>
        <li>
          <a href={csvUrl(officeId, period, 'tickets')} download>
            {st('downloads.tickets')}
          </a>
        </li>
      </ul>
      <p class="muted downloads__hint">{st('downloads.hint', { period: label })}</p>
    </section>
  );
}
