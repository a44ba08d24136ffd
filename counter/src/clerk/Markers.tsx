/** A waiting number's markers as words (never colour alone): Vorrang, Termin, vorgezogen, für diesen Platz. */
import { Fragment } from 'preact';
import type { Language } from '#protocol/language.ts';
import type { Marker } from '../model/waiting.ts';
import { dt } from './texts.ts';

export function Markers({ markers, language }: { markers: readonly Marker[]; language: Language }) {
  if (markers.length === 0) return null;
  return (
    <>
      {markers.map((marker) => (
        <Fragment key={marker}>
          {' '}
          <span class={`tag tag--${marker}`}>{dt(language, `marker.${marker}`)}</span>
        </Fragment>
      ))}
    </>
  );
}
