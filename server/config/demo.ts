/**
 * Owns: the demo configuration — the city's Bürgerbüro and Straßenverkehr in one office, with demo
 * accounts and devices. Used when no configuration file is given; never mixed into a real one.
 */
import { hashPassword, hashToken } from '../auth/passwords.ts';
import type { Config } from './schema.ts';

export const DEMO_PASSWORD = 'demo';
export const DEMO_USERS = ['admin', 'supervisor', 'clerk1', 'clerk2', 'clerk3', 'clerk4', 'clerk5', 'clerk6'];
/** PIN of the demo kiosk's staff exit. */
export const DEMO_KIOSK_PIN = '1234';
export const DEMO_DEVICE_TOKENS = { kiosk: 'demo-kiosk-token-1', display: 'demo-display-token-1' } as const;

const BB = 'buergerbuero';
const SV = 'strassenverkehr';

const services: Config['offices'][number]['services'] = [
  svc(
    'ausweis',
    BB,
    'A',
    15,
    30,
    'Personalausweis / Reisepass beantragen',
    'Apply for ID card / passport',
    'Biometrisches Foto und altes Dokument mitbringen',
    'Bring a biometric photo and your old document',
  ),
  svc(
    'abholung',
    BB,
    'B',
    3,
    10,
    'Dokumente abholen',
    'Collect documents',
    'Ausweis, Pass oder Führerschein abholen',
    'Collect ID card, passport or licence',
  ),
  svc(
    'meldung',
    BB,
    'C',
    10,
    30,
    'An-, Um- oder Abmeldung',
    'Register / change address',
    'Wohnungsgeberbestätigung mitbringen',
    'Bring the landlord’s confirmation',
  ),
  svc('fuehrungszeugnis', BB, 'D', 5, 20, 'Führungszeugnis', 'Certificate of good conduct'),
  svc('meldebescheinigung', BB, 'E', 5, 20, 'Meldebescheinigung', 'Residence certificate'),
  svc(
    'zulassung',
    SV,
    'K',
    20,
    45,
    'Fahrzeug zulassen / umschreiben',
    'Register a vehicle',
    'eVB-Nummer, Zulassungsbescheinigung, Ausweis',
    'Insurance number, registration papers, ID',
  ),
  svc('ausserbetriebsetzung', SV, 'L', 10, 30, 'Fahrzeug abmelden', 'Deregister a vehicle'),
  svc('wunschkennzeichen', SV, 'M', 8, 30, 'Wunschkennzeichen', 'Personalised number plate'),
  svc(
    'fuehrerschein',
    SV,
    'F',
    15,
    30,
    'Führerschein (Umtausch / Ersterteilung)',
    'Driving licence (exchange / first licence)',
  ),
];

function svc(
  id: string,
  department: string,
  prefix: string,
  expectedMinutes: number,
  targetWaitMinutes: number,
  de: string,
  en: string,
  descDe?: string,
  descEn?: string,
) {
  return {
    id,
    department,
    prefix,
    expectedMinutes,
    targetWaitMinutes,
    name: { de, en },
    ...(descDe ? { description: { de: descDe, en: descEn ?? descDe } } : {}),
    numberStart: 1,
    active: true,
  };
}

const counters = [
  {
    id: 'platz-1',
    name: 'Platz 1',
    services: ['ausweis', 'abholung', 'meldung', 'fuehrungszeugnis', 'meldebescheinigung'],
  },
  {
    id: 'platz-2',
    name: 'Platz 2',
    services: ['ausweis', 'abholung', 'meldung', 'fuehrungszeugnis', 'meldebescheinigung'],
  },
  { id: 'platz-3', name: 'Platz 3', services: ['ausweis', 'abholung'] },
  {
    id: 'platz-4',
    name: 'Platz 4',
    services: ['meldung', 'fuehrungszeugnis', 'meldebescheinigung', 'abholung'],
  },
  { id: 'platz-5', name: 'Platz 5', services: ['zulassung', 'ausserbetriebsetzung', 'wunschkennzeichen'] },
  { id: 'platz-6', name: 'Platz 6', services: ['zulassung', 'ausserbetriebsetzung', 'wunschkennzeichen'] },
  { id: 'platz-7', name: 'Platz 7', services: ['fuehrerschein'] },
  {
    id: 'platz-8',
    name: 'Platz 8',
    services: ['fuehrerschein', 'ausserbetriebsetzung', 'wunschkennzeichen'],
  },
];

/** The demo configuration as an unvalidated object; load.ts validates it like any file. */
export async function demoConfig(): Promise<unknown> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return {
    offices: [
      {
        id: 'leverkusen',
        name: 'Stadt Leverkusen – Bürgerservice',
        timeZone: 'Europe/Berlin',
        departments: [
          { id: BB, name: { de: 'Bürgerbüro', en: 'Citizens’ Office' } },
          { id: SV, name: { de: 'Straßenverkehr', en: 'Road Traffic Office' } },
        ],
        services,
        counters,
      },
    ],
    users: DEMO_USERS.map((username) => ({
      username,
      role: username === 'admin' ? 'admin' : username === 'supervisor' ? 'supervisor' : 'clerk',
      offices: '*',
      passwordHash,
    })),
    devices: [
      {
        id: 'kiosk-1',
        kind: 'kiosk',
        offices: ['leverkusen'],
        tokenHash: hashToken(DEMO_DEVICE_TOKENS.kiosk),
        kiosk: {
          fastPathServices: ['abholung'],
          idleSeconds: 60,
          staffPinHash: await hashPassword(DEMO_KIOSK_PIN),
        },
      },
      {
        id: 'display-1',
        kind: 'display',
        offices: ['leverkusen'],
        tokenHash: hashToken(DEMO_DEVICE_TOKENS.display),
      },
    ],
  };
}
