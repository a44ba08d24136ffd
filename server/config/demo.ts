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
export const DEMO_DEVICE_TOKENS = {
  kiosk: 'demo-kiosk-token-1',
  /** the kiosk agent's own token, for trying a separate agent (`npm run agent`) against the demo */
  kioskAgent: 'demo-kiosk-agent-token-1',
  display: 'demo-display-token-1',
} as const;

const BB = 'buergerbuero';
const SV = 'strassenverkehr';

/** A name or description in every kiosk language: short and plain, as on a sign. */
type Names = { de: string; en: string; tr: string; ar: string; ru: string; uk: string; pl: string };

const services: Config['offices'][number]['services'] = [
  svc(
    'ausweis',
    BB,
    'A',
    15,
    30,
    {
      de: 'Personalausweis / Reisepass beantragen',
      en: 'Apply for ID card / passport',
      tr: 'Kimlik kartı / pasaport başvurusu',
      ar: 'طلب بطاقة هوية / جواز سفر',
      ru: 'Оформить удостоверение личности / паспорт',
      uk: 'Оформити посвідчення особи / паспорт',
      pl: 'Wniosek o dowód osobisty / paszport',
    },
    {
      de: 'Biometrisches Foto und altes Dokument mitbringen',
      en: 'Bring a biometric photo and your old document',
      tr: 'Biyometrik fotoğraf ve eski belgenizi getirin',
      ar: 'أحضر صورة بيومترية والوثيقة القديمة',
      ru: 'Возьмите биометрическое фото и старый документ',
      uk: 'Візьміть біометричне фото і старий документ',
      pl: 'Zabierz zdjęcie biometryczne i stary dokument',
    },
  ),
  svc(
    'abholung',
    BB,
    'B',
    3,
    10,
    {
      de: 'Dokumente abholen',
      en: 'Collect documents',
      tr: 'Belge teslim alma',
      ar: 'استلام الوثائق',
      ru: 'Получить документы',
      uk: 'Отримати документи',
      pl: 'Odbiór dokumentów',
    },
    {
      de: 'Ausweis, Pass oder Führerschein abholen',
      en: 'Collect ID card, passport or licence',
      tr: 'Kimlik kartı, pasaport veya ehliyet teslim alma',
      ar: 'استلام بطاقة الهوية أو جواز السفر أو رخصة القيادة',
      ru: 'Удостоверение личности, паспорт или водительские права',
      uk: 'Посвідчення особи, паспорт або посвідчення водія',
      pl: 'Odbiór dowodu osobistego, paszportu lub prawa jazdy',
    },
  ),
  svc(
    'meldung',
    BB,
    'C',
    10,
    30,
    {
      de: 'An-, Um- oder Abmeldung',
      en: 'Register / change address',
      tr: 'Adres kaydı / adres değişikliği',
      ar: 'تسجيل السكن أو تغيير العنوان',
      ru: 'Регистрация, смена адреса или выписка',
      uk: 'Реєстрація, зміна адреси або зняття з реєстрації',
      pl: 'Zameldowanie, zmiana adresu lub wymeldowanie',
    },
    {
      de: 'Wohnungsgeberbestätigung mitbringen',
      en: 'Bring the landlord’s confirmation',
      tr: 'Ev sahibinin onay belgesini getirin',
      ar: 'أحضر تأكيد المؤجر',
      ru: 'Возьмите подтверждение арендодателя',
      uk: 'Візьміть підтвердження орендодавця',
      pl: 'Zabierz potwierdzenie od wynajmującego',
    },
  ),
  svc('fuehrungszeugnis', BB, 'D', 5, 20, {
    de: 'Führungszeugnis',
    en: 'Certificate of good conduct',
    tr: 'Adli sicil kaydı',
    ar: 'شهادة حسن السيرة والسلوك',
    ru: 'Справка о несудимости',
    uk: 'Довідка про несудимість',
    pl: 'Zaświadczenie o niekaralności',
  }),
  svc('meldebescheinigung', BB, 'E', 5, 20, {
    de: 'Meldebescheinigung',
    en: 'Residence certificate',
    tr: 'İkamet belgesi',
    ar: 'شهادة تسجيل السكن',
    ru: 'Справка о регистрации',
    uk: 'Довідка про реєстрацію',
    pl: 'Zaświadczenie o zameldowaniu',
  }),
  svc(
    'zulassung',
    SV,
    'K',
    20,
    45,
    {
      de: 'Fahrzeug zulassen / umschreiben',
      en: 'Register a vehicle',
      tr: 'Araç tescili / devri',
      ar: 'تسجيل مركبة / نقل ملكيتها',
      ru: 'Зарегистрировать / перерегистрировать автомобиль',
      uk: 'Зареєструвати / перереєструвати автомобіль',
      pl: 'Rejestracja / przerejestrowanie pojazdu',
    },
    {
      de: 'eVB-Nummer, Zulassungsbescheinigung, Ausweis',
      en: 'Insurance number, registration papers, ID',
      tr: 'Sigorta numarası (eVB), ruhsat, kimlik',
      ar: 'رقم التأمين، وثائق التسجيل، بطاقة الهوية',
      ru: 'Номер страховки (eVB), документы на автомобиль, удостоверение личности',
      uk: 'Номер страховки (eVB), документи на автомобіль, посвідчення особи',
      pl: 'Numer ubezpieczenia (eVB), dowód rejestracyjny, dowód osobisty',
    },
  ),
  svc('ausserbetriebsetzung', SV, 'L', 10, 30, {
    de: 'Fahrzeug abmelden',
    en: 'Deregister a vehicle',
    tr: 'Araç kaydını sildirme',
    ar: 'إلغاء تسجيل مركبة',
    ru: 'Снять автомобиль с учёта',
    uk: 'Зняти автомобіль з обліку',
    pl: 'Wyrejestrowanie pojazdu',
  }),
  svc('wunschkennzeichen', SV, 'M', 8, 30, {
    de: 'Wunschkennzeichen',
    en: 'Personalised number plate',
    tr: 'Özel plaka',
    ar: 'لوحة أرقام مختارة',
    ru: 'Номерной знак на выбор',
    uk: 'Номерний знак на вибір',
    pl: 'Wybrany numer rejestracyjny',
  }),
  svc('fuehrerschein', SV, 'F', 15, 30, {
    de: 'Führerschein (Umtausch / Ersterteilung)',
    en: 'Driving licence (exchange / first licence)',
    tr: 'Ehliyet (değişim / ilk ehliyet)',
    ar: 'رخصة القيادة (استبدال / أول إصدار)',
    ru: 'Водительские права (обмен / первые права)',
    uk: 'Посвідчення водія (обмін / перше посвідчення)',
    pl: 'Prawo jazdy (wymiana / pierwsze prawo jazdy)',
  }),
];

/** What to bring for a vehicle registration: the kiosk lists it on the ticket screen. */
const REGISTRATION_DOCUMENTS: Names[] = [
  {
    de: 'Personalausweis oder Reisepass',
    en: 'ID card or passport',
    tr: 'Kimlik kartı veya pasaport',
    ar: 'بطاقة الهوية أو جواز السفر',
    ru: 'Удостоверение личности или паспорт',
    uk: 'Посвідчення особи або паспорт',
    pl: 'Dowód osobisty lub paszport',
  },
  {
    de: 'Zulassungsbescheinigung Teil II (Fahrzeugbrief)',
    en: 'Registration certificate part II (vehicle title)',
    tr: 'Ruhsat belgesi II. kısım (araç tescil belgesi)',
    ar: 'شهادة التسجيل الجزء الثاني (سند ملكية المركبة)',
    ru: 'Свидетельство о регистрации, часть II (ПТС)',
    uk: 'Свідоцтво про реєстрацію, частина II (техпаспорт)',
    pl: 'Dowód rejestracyjny część II (karta pojazdu)',
  },
  {
    de: 'eVB-Nummer der Versicherung',
    en: 'insurance confirmation number (eVB)',
    tr: 'Sigorta onay numarası (eVB)',
    ar: 'رقم تأكيد التأمين (eVB)',
    ru: 'Номер подтверждения страховки (eVB)',
    uk: 'Номер підтвердження страховки (eVB)',
    pl: 'Numer potwierdzenia ubezpieczenia (eVB)',
  },
  {
    de: 'IBAN für die Kfz-Steuer (SEPA-Mandat)',
    en: 'IBAN for the vehicle tax (SEPA mandate)',
    tr: 'Motorlu taşıt vergisi için IBAN (SEPA talimatı)',
    ar: 'رقم IBAN لضريبة المركبة (تفويض SEPA)',
    ru: 'IBAN для транспортного налога (мандат SEPA)',
    uk: 'IBAN для транспортного податку (мандат SEPA)',
    pl: 'IBAN do podatku od pojazdu (upoważnienie SEPA)',
  },
];
for (const service of services) if (service.id === 'zulassung') service.documents = REGISTRATION_DOCUMENTS;

function svc(
  id: string,
  department: string,
  prefix: string,
  expectedMinutes: number,
  targetWaitMinutes: number,
  name: Names,
  description?: Names,
) {
  return {
    id,
    department,
    prefix,
    expectedMinutes,
    targetWaitMinutes,
    name,
    ...(description ? { description } : {}),
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
          {
            id: BB,
            name: {
              de: 'Bürgerbüro',
              en: 'Citizens’ Office',
              tr: 'Vatandaş Hizmetleri',
              ar: 'مكتب خدمة المواطنين',
              ru: 'Бюро обслуживания граждан',
              uk: 'Бюро обслуговування громадян',
              pl: 'Biuro Obsługi Mieszkańców',
            },
          },
          {
            id: SV,
            name: {
              de: 'Straßenverkehr',
              en: 'Road Traffic Office',
              tr: 'Trafik Tescil Bürosu',
              ar: 'مكتب المرور',
              ru: 'Транспортный отдел',
              uk: 'Транспортний відділ',
              pl: 'Wydział Komunikacji',
            },
          },
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
      // Two clerks without the right to call out of order show that it is a right.
      permissions: ['clerk5', 'clerk6'].includes(username) ? [] : ['call-specific'],
    })),
    devices: [
      {
        id: 'kiosk-1',
        kind: 'kiosk',
        offices: ['leverkusen'],
        tokenHash: hashToken(DEMO_DEVICE_TOKENS.kiosk),
        agentTokenHash: hashToken(DEMO_DEVICE_TOKENS.kioskAgent),
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
        display: {
          layout: 'auto',
          historyRows: 6,
          languages: ['de', 'en', 'tr'],
          rotateSeconds: 12,
          announce: { gong: true, speech: true, languages: ['de', 'en'] },
          showQueues: true,
          autoplay: false,
          ticker: {
            de: 'Bitte halten Sie Ihren Ausweis und alle Unterlagen bereit. Kartenzahlung an allen Plätzen möglich.',
            en: 'Please have your ID and all documents ready. Card payment at every counter.',
            tr: 'Lütfen kimliğinizi ve tüm belgelerinizi hazır bulundurun. Tüm bankolarda kartla ödeme mümkündür.',
          },
        },
      },
    ],
  };
}
