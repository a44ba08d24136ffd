/** The kiosk frame: office name, clock, language, offline banner, and the current screen. */
import type { Connection } from '#web/connection.ts';
import { Clock } from '#web/components/Clock.tsx';
import { LanguagePicker } from '#web/components/LanguagePicker.tsx';
import { OfflineBanner } from '#web/components/OfflineBanner.tsx';
import { t } from '#i18n/translate.ts';
import type { KioskModel } from './model.ts';
import { DrawingScreen } from './screens/DrawingScreen.tsx';
import { FailedScreen } from './screens/FailedScreen.tsx';
import { Heading } from './screens/Heading.tsx';
import { ServiceScreen } from './screens/ServiceScreen.tsx';
import { StartScreen } from './screens/StartScreen.tsx';
import { TicketScreen } from './screens/TicketScreen.tsx';

export function App({ model, connection }: { model: KioskModel; connection: Connection }) {
  const language = model.language.value;
  return (
    <div class="kiosk">
      <OfflineBanner online={connection.online.value} language={language} />
      <header class="kiosk__header">
        <p class="kiosk__office">{model.office.value?.name ?? t(language, 'kiosk.title')}</p>
        <Clock language={language} />
        <LanguagePicker value={language} onChange={model.setLanguage} />
      </header>
      <main class="kiosk__main">
        <Screen model={model} connection={connection} />
      </main>
    </div>
  );
}

function Screen({ model, connection }: { model: KioskModel; connection: Connection }) {
  const language = model.language.value;
  const screen = model.screen.value;
  if (connection.refused.value) return <Notice text={t(language, 'kiosk.noOffice')} />;
  if (!model.office.value) return <Notice text={t(language, 'kiosk.connecting')} />;
  switch (screen.name) {
    case 'start':
      return <StartScreen model={model} />;
    case 'services':
      return <ServiceScreen model={model} />;
    case 'drawing':
      return <DrawingScreen model={model} />;
    case 'ticket':
      return <TicketScreen model={model} result={screen.result} />;
    case 'failed':
      return <FailedScreen model={model} serviceId={screen.serviceId} error={screen.error} />;
  }
}

function Notice({ text }: { text: string }) {
  return (
    <section class="screen screen--center">
      <Heading>{text}</Heading>
    </section>
  );
}
