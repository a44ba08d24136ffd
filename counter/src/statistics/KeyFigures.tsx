/** The key figures of the period at the top: each a label, a large value and a line of detail. */
import type { KeyFigure } from '../model/statistics-rows.ts';
import { st } from '../model/statistics-texts.ts';

export function KeyFigures({ figures }: { figures: readonly KeyFigure[] }) {
  return (
    <section class="key-figures" aria-labelledby="stat-key-heading">
      <h2 id="stat-key-heading" class="visually-hidden">
        {st('key.heading')}
      </h2>
      <dl class="key-figures__list">
        {figures.map((figure) => (
          <div key={figure.id} class="key-figure" data-figure={figure.id}>
            <dt class="key-figure__label">{figure.label}</dt>
            <dd class="key-figure__value">{figure.value}</dd>
            {figure.detail && <dd class="key-figure__detail">{figure.detail}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
