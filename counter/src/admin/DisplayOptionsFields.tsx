/**
 * A wall display's options: layout, which departments, services and counters it shows, history
 * rows, screen languages and their rotation, announcements (gong, speech, up to two languages),
 * queues, ticker and autoplay.
 */
import type { DisplayLayout } from '#protocol/display.ts';
import type { Language } from '#protocol/language.ts';
import { LAYOUT_NAMES, MAX_ANNOUNCE_LANGUAGES, type DisplayForm } from '../model/admin-device-form.ts';
import type { OfficeSetup } from '../model/admin-setup.ts';
import { LANGUAGE_NAMES, LANGUAGES } from '../model/admin-texts-form.ts';
import { CheckList } from './CheckList.tsx';
import { CheckField, Group, NumberField, SelectField, TextField } from './fields.tsx';

export function DisplayOptionsFields({
  display,
  offices,
  onChange,
}: {
  display: DisplayForm;
  offices: readonly OfficeSetup[];
  onChange: (patch: Partial<DisplayForm>) => void;
}) {
  const languages = LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }));
  return (
    <Group k="display" legend={<h4>Anzeige</h4>}>
      <div class="admin-row">
        <SelectField
          k="display.layout"
          label="Ausrichtung"
          value={display.layout}
          options={(Object.keys(LAYOUT_NAMES) as DisplayLayout[]).map((l) => ({
            value: l,
            label: LAYOUT_NAMES[l],
          }))}
          onChange={(v) => onChange({ layout: v as DisplayLayout })}
        />
        <NumberField
          k="display.historyRows"
          label="Frühere Aufrufe (Zeilen)"
          hint="0–20"
          value={display.historyRows}
          onInput={(v) => onChange({ historyRows: v })}
        />
        <NumberField
          k="display.rotateSeconds"
          label="Sekunden je Sprache"
          hint="5–120"
          value={display.rotateSeconds}
          onInput={(v) => onChange({ rotateSeconds: v })}
        />
      </div>
      <div class="admin-columns">
        <CheckList
          k="display.departments"
          legend="Nur diese Fachbereiche"
          hint="keiner gewählt: alle"
          items={offices.flatMap((o) => o.departments.map((d) => ({ value: d.id, label: d.name.de })))}
          selected={display.departments}
          onChange={(departments) => onChange({ departments })}
        />
        <CheckList
          k="display.services"
          legend="Nur diese Anliegen"
          hint="keines gewählt: alle"
          items={offices.flatMap((o) =>
            o.services.map((s) => ({ value: s.id, label: `${s.prefix} · ${s.name.de}` })),
          )}
          selected={display.services}
          onChange={(services) => onChange({ services })}
        />
        <CheckList
          k="display.counters"
          legend="Nur Aufrufe an diese Plätze"
          hint="keiner gewählt: alle"
          items={offices.flatMap((o) => o.counters.map((c) => ({ value: c.id, label: c.name })))}
          selected={display.counters}
          onChange={(counters) => onChange({ counters })}
        />
      </div>
      <div class="admin-columns">
        <CheckList<Language>
          k="display.languages"
          legend="Sprachen auf dem Bildschirm"
          hint="wechseln sich ab; die erste ist die Hauptsprache"
          items={languages}
          selected={display.languages}
          onChange={(v) => onChange({ languages: v })}
        />
        <Group k="display.announce" legend="Ansage">
          <CheckField
            k="display.announce.gong"
            label="Gong"
            checked={display.gong}
            onChange={(gong) => onChange({ gong })}
          />
          <CheckField
            k="display.announce.speech"
            label="Sprachansage"
            checked={display.speech}
            onChange={(speech) => onChange({ speech })}
          />
          <CheckList<Language>
            k="display.announce.languages"
            legend="Sprachen der Ansage"
            hint={`höchstens ${MAX_ANNOUNCE_LANGUAGES}, nacheinander`}
            items={languages}
            selected={display.announceLanguages}
            onChange={(v) => onChange({ announceLanguages: v })}
            max={MAX_ANNOUNCE_LANGUAGES}
          />
        </Group>
      </div>
      <CheckField
        k="display.showQueues"
        label="Warteschlangen je Anliegen zeigen (Wartende, geschätzte Wartezeit)"
        checked={display.showQueues}
        onChange={(showQueues) => onChange({ showQueues })}
      />
      <div class="admin-row">
        <TextField
          k="display.ticker.de"
          label="Laufschrift (Deutsch)"
          hint="leer: keine"
          value={display.ticker.de ?? ''}
          onInput={(v) => onChange({ ticker: { ...display.ticker, de: v } })}
          size="l"
          lang="de"
        />
        <TextField
          k="display.ticker.en"
          label="Laufschrift (Englisch)"
          value={display.ticker.en ?? ''}
          onInput={(v) => onChange({ ticker: { ...display.ticker, en: v } })}
          size="l"
          lang="en"
        />
      </div>
      <CheckField
        k="display.autoplay"
        label="Ton ohne Klick erlaubt (Chromium mit --autoplay-policy=no-user-gesture-required)"
        checked={display.autoplay}
        onChange={(autoplay) => onChange({ autoplay })}
      />
    </Group>
  );
}
