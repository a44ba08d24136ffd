/**
 * The counter app frame: header (office, user, language, sign-out), supervisor tabs with device
 * alerts above them, and the content for the current phase — sign-in, counter choice, desk,
 * board, appointments or printer.
 */
import { Clock } from '#web/components/Clock.tsx';
import { LanguagePicker } from '#web/components/LanguagePicker.tsx';
import { OfflineBanner } from '#web/components/OfflineBanner.tsx';
import { t } from '#i18n/translate.ts';
import { CounterPicker } from './clerk/CounterPicker.tsx';
import { DeskScreen } from './clerk/DeskScreen.tsx';
import { IssueTicketPanel } from './clerk/IssueTicketPanel.tsx';
import { LoginForm } from './login/LoginForm.tsx';
import { isSupervisor } from './model/api.ts';
import type { CounterAppModel, Tab } from './model/app.ts';
import type { WorkspaceModel } from './model/workspace.ts';
import { AdminPanel, ADMIN_TAB_LABEL } from './admin/AdminPanel.tsx';
import { AppointmentsPanel } from './supervisor/AppointmentsPanel.tsx';
import { DeviceAlerts } from './supervisor/DeviceAlerts.tsx';
import { DEVICES_HEADING_ID } from './supervisor/DevicesPanel.tsx';
import { LiveBoard } from './supervisor/LiveBoard.tsx';
import { PrinterPreview } from './supervisor/PrinterPreview.tsx';
import { StatisticsPanel, STATISTICS_TAB_LABEL } from './statistics/StatisticsPanel.tsx';
import { Tabs } from './Tabs.tsx';

export function App({ app }: { app: CounterAppModel }) {
  const language = app.language.value;
  const workspace = app.workspace.value;
  return (
    <div class="counter-app">
      {workspace && <OfflineBanner online={workspace.online.value} language={language} />}
      <header class="topbar">
        <h1 class="topbar__title">
          {t(language, 'counter.title')}
          {workspace?.office.value && <span class="topbar__office"> · {workspace.office.value.name}</span>}
        </h1>
        <Clock language={language} />
        {workspace && (
          <p class="topbar__user">
            {t(language, 'counter.signedInAs', { user: workspace.user.value.username })}
          </p>
        )}
        <LanguagePicker value={language} onChange={app.setLanguage} />
        {workspace && (
          <button type="button" class="button button--secondary" onClick={() => void app.logout()}>
            {t(language, 'counter.logout')}
          </button>
        )}
      </header>
      <main class="content">
        {app.phase.value === 'checking' && <p>{t(language, 'loading')}</p>}
        {app.phase.value === 'signed-out' && <LoginForm app={app} />}
        {workspace && <Signed app={app} workspace={workspace} />}
      </main>
    </div>
  );
}

function Signed({ app, workspace }: { app: CounterAppModel; workspace: WorkspaceModel }) {
  const language = app.language.value;
  const tabs = app.tabs.value;
  const panel = <Panel tab={app.tab.value} workspace={workspace} app={app} />;
  if (tabs.length === 1) return panel;
  const showDevices = () => {
    app.showTab('board');
    // After the board has rendered: the keyboard goes where the eyes are sent.
    requestAnimationFrame(() => document.getElementById(DEVICES_HEADING_ID)?.focus());
  };
  return (
    <>
      {isSupervisor(workspace.user.value) && (
        <DeviceAlerts
          faults={workspace.devices.faults.value}
          language={language}
          onShow={app.tab.value === 'board' ? undefined : showDevices}
        />
      )}
      <Tabs
        tabs={tabs.map((id) => ({
          id,
          label:
            id === 'admin'
              ? ADMIN_TAB_LABEL
              : id === 'statistics'
                ? STATISTICS_TAB_LABEL
                : t(language, `counter.tab.${id}`),
        }))}
        selected={app.tab.value}
        onSelect={(id) => app.showTab(id as Tab)}
      >
        {panel}
      </Tabs>
    </>
  );
}

function Panel({ tab, workspace, app }: { tab: Tab; workspace: WorkspaceModel; app: CounterAppModel }) {
  const language = app.language.value;
  const office = workspace.office.value;
  switch (tab) {
    case 'board':
      return (
        <LiveBoard board={workspace.board} devices={workspace.devices} office={office} language={language} />
      );
    case 'appointments':
      return <AppointmentsPanel appointments={workspace.appointments} office={office} language={language} />;
    case 'printer':
      return <PrinterPreview printer={workspace.printer} language={language} />;
    case 'statistics':
      return <StatisticsPanel office={workspace.office} />;
    case 'admin':
      return <AdminPanel user={workspace.user.value} />;
    case 'clerk': {
      const desk = workspace.desk.value;
      // Issuing a number needs no counter: a supervisor can do it from the picker screen too.
      return desk ? (
        <DeskScreen desk={desk} issue={workspace.issue} office={office} language={language} />
      ) : (
        <>
          <CounterPicker workspace={workspace} language={language} />
          <IssueTicketPanel issue={workspace.issue} office={office} language={language} />
        </>
      );
    }
  }
}
