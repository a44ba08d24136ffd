/**
 * The kiosk frame: office name and clock on top (nothing to touch up there), the current screen,
 * and the bottom bar with every control a citizen may need on any screen — back, language,
 * display modes, "more time" — low enough to reach from a wheelchair.
 */
import type { Connection } from '#web/connection.ts';
import { Clock } from '#web/components/Clock.tsx';
import { OfflineBanner } from '#web/components/OfflineBanner.tsx';
import { t } from '#i18n/translate.ts';
import type { KioskModel } from './model.ts';
import { BottomBar } from './screens/BottomBar.tsx';
import { CheckInFailedScreen } from './screens/CheckInFailedScreen.tsx';
import { CheckInScreen } from './screens/CheckInScreen.tsx';
import { DrawingScreen } from './screens/DrawingScreen.tsx';
import { FailedScreen } from './screens/FailedScreen.tsx';
import { Heading } from './screens/Heading.tsx';
import { ServiceScreen } from './screens/ServiceScreen.tsx';
import { StaffScreen } from './screens/StaffScreen.tsx';
import { StartScreen } from './screens/StartScreen.tsx';
import { TicketScreen } from './screens/TicketScreen.tsx';

export function App({ model, connection }: { model: KioskModel; connection: Connection }) {
  const language = model.language.value;
  return (
    <div class="kiosk">
      <OfflineBanner online={connection.online.value} language={language} />
      <header class="kiosk__header">
        <p class="kiosk__office" lang="de">
          {model.office.value?.name ?? t(language, 'kiosk.title')}
        </p>
        <Clock language={language} />
      </header>
      <main class="kiosk__main">
        <Screen model={model} connection={connection} />
      </main>
      <BottomBar model={model} />
    </div>
  );
}

function Screen({ model, connection }: { model: KioskModel; connection: Connection }) {
  const language = model.language.value;
  const screen = model.screen.value;
  if (screen.name === 'staff') return <StaffScreen model={model} screen={screen} />;
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
      return <TicketScreen model={model} result={screen.result} from={screen.from} />;
    case 'failed':
      return <FailedScreen model={model} serviceId={screen.serviceId} error={screen.error} />;
    case 'check-in':
      return <CheckInScreen model={model} code={screen.code} />;
    case 'checking-in':
      return <DrawingScreen model={model} text="kiosk.checkIn.checking" />;
    case 'check-in-failed':
      return (
        <CheckInFailedScreen model={model} code={screen.code} source={screen.source} error={screen.error} />
      );
  }
}

function Notice({ text }: { text: string }) {
  return (
    <section class="screen screen--center">
      <Heading>{text}</Heading>
    </section>
  );
}
