import { useTranslation } from 'react-i18next';
import { formatInstant, formatNumber, formatPlainDate } from './format';
import { nameLanguage } from './languages-list';

/**
 * What a field of a case file is called and how its value reads, wherever two versions of a case
 * are set side by side (a colleague's version in sync, a backup being imported): the case form's
 * own labels and the app's Intl formats, one table for every screen that compares. Paths are the
 * case file's (object keys; for the timeline, appointments and children, the item's id; for
 * documents, the line's code). Plain JSON is read: nothing of the domain is imported.
 */
export interface FieldName {
  /** The item the field belongs to ("Reflection period granted", "Host's attestation"). */
  item?: string | undefined;
  /** The field itself; absent when the difference is the whole item. */
  field?: string | undefined;
}

/** Labels of the fields, by their path with `*` for an item's id or a line's code. */
const FIELD_LABELS: Record<string, string> = {
  pathway: 'cases:detail.pathway',
  label: 'cases:form.identity.label',
  worker: 'cases:form.identity.worker',
  'identity.givenNames': 'cases:form.identity.givenNames',
  'identity.birthNames': 'cases:form.identity.birthNames',
  'identity.usualName': 'cases:form.identity.usualName',
  'identity.sex': 'cases:form.identity.sex',
  'identity.birthPlace': 'cases:form.identity.birthPlace',
  'identity.birthCountry': 'cases:form.identity.birthCountry',
  'identity.nationality': 'cases:form.identity.nationality',
  'person.birthDate': 'cases:form.identity.birthDate',
  'person.arrivedOn': 'cases:form.housing.arrivedOn',
  'person.housing': 'cases:form.housing.kind',
  'person.emancipated': 'cases:form.minor.emancipated',
  'person.parentalAuthority': 'cases:form.minor.parentalAuthority',
  'person.euCitizenOrFamily': 'cases:form.situation.euCitizenOrFamily',
  'contact.phone': 'cases:form.contact.phone',
  'contact.email': 'cases:form.contact.email',
  'contact.safeContactNote': 'cases:form.contact.safeContactNote',
  'housing.address': 'cases:form.housing.address',
  'housing.hostName': 'cases:form.housing.hostName',
  'housing.since': 'cases:export.housingSince',
  'family.status': 'cases:form.family.status',
  'family.unionDate': 'cases:form.family.unionDate',
  'family.unionCountry': 'cases:form.family.unionCountry',
  'family.dependentChildren': 'cases:form.family.dependentChildren',
  'family.children.*.givenName': 'cases:export.children.givenName',
  'family.children.*.birthDate': 'cases:export.children.birthDate',
  'family.children.*.livesWithPerson': 'cases:export.children.livesWithPerson',
  'languages.spoken': 'cases:export.spoken',
  'languages.interpreterNeeded': 'cases:form.languages.interpreterNeeded',
  'languages.interpreterLanguage': 'cases:form.languages.interpreterLanguage',
  'situation.proceedings': 'cases:form.proceedings.stage',
  'proceedings.court': 'cases:form.proceedings.court',
  'proceedings.prosecutorReference': 'cases:form.proceedings.prosecutorReference',
  'proceedings.lawyer': 'cases:form.proceedings.lawyer',
  notes: 'cases:form.notes',
  plannedFilingOn: 'cases:form.plannedFilingOn',
  'application.ephotoCode': 'application:fields.ephotoCode',
  'application.swornNeedsPermit': 'application:fields.swornNeedsPermit',
  'application.swornAwareOfPenalties': 'application:fields.swornAwareOfPenalties',
  'application.observations': 'application:fields.observations',
  'timeline.*.event': 'cases:timeline.type',
  'timeline.*.note': 'cases:appointments.note',
  'timeline.*.event.on': 'cases:timeline.on',
  'timeline.*.event.openedOn': 'cases:timeline.openedOn',
  'timeline.*.event.validFrom': 'cases:timeline.validFrom',
  'timeline.*.event.validUntil': 'cases:timeline.validUntil',
  'timeline.*.event.permit': 'cases:timeline.permit',
  'timeline.*.event.application': 'cases:timeline.application',
  'timeline.*.event.outcome': 'cases:timeline.outcome',
  'timeline.*.event.situation': 'cases:timeline.situation',
  'timeline.*.event.departurePeriod': 'cases:timeline.departurePeriod',
  'timeline.*.event.at': 'cases:timeline.at',
  'timeline.*.event.detained': 'cases:timeline.detained',
  'timeline.*.event.against': 'cases:timeline.against',
  'timeline.*.event.court': 'cases:timeline.court',
  'timeline.*.event.anefNumber': 'cases:timeline.anefNumber',
  'timeline.*.event.documentNumber': 'cases:timeline.documentNumber',
  'appointments.*.kind': 'cases:appointments.kind',
  'appointments.*.on': 'cases:appointments.on',
  'appointments.*.at': 'cases:appointments.at',
  'appointments.*.place': 'cases:appointments.place',
  'appointments.*.interpreterLanguage': 'cases:appointments.interpreterLanguage',
  'appointments.*.note': 'cases:appointments.note',
  'documents.*.status': 'documents:status.label',
  'documents.*.variant': 'documents:variant',
  'documents.*.issuedOn': 'documents:issuedOn',
  'documents.*.validUntil': 'documents:validUntil',
  'documents.*.requestedOn': 'documents:requestedOn',
  'documents.*.receivedOn': 'documents:receivedOn',
  'documents.*.translationNeeded': 'documents:translationNeeded',
  'documents.*.translationDone': 'documents:translationDone',
  'documents.*.note': 'documents:note',
};

/** Codes shown by their name: the key prefix under which each code of the field is translated. */
const CODE_LABELS: Record<string, string> = {
  pathway: 'common:pathway.',
  'identity.sex': 'cases:form.identity.sexes.',
  'person.housing': 'cases:form.housing.kinds.',
  'person.parentalAuthority': 'cases:form.minor.authorities.',
  'family.status': 'cases:form.family.statuses.',
  'situation.proceedings': 'cases:form.proceedings.stages.',
  'timeline.*.event.permit': 'cases:timeline.permits.',
  'timeline.*.event.application': 'cases:timeline.applications.',
  'timeline.*.event.outcome': 'cases:timeline.outcomes.',
  'timeline.*.event.situation': 'cases:timeline.situations.',
  'timeline.*.event.against': 'cases:timeline.targets.',
  'timeline.*.event.court': 'cases:timeline.courts.',
  'appointments.*.kind': 'cases:appointments.kinds.',
  'documents.*.status': 'documents:status.',
  'documents.*.variant': 'documents:variants.',
};

const COUNTRY_FIELDS = new Set([
  'identity.birthCountry',
  'identity.nationality',
  'family.unionCountry',
]);
const LANGUAGE_FIELDS = new Set([
  'languages.spoken',
  'languages.interpreterLanguage',
  'appointments.*.interpreterLanguage',
]);
/** The lists whose items carry an id, and the documents keyed by their line's code. */
const ITEM_LISTS = new Set(['timeline', 'appointments', 'family.children', 'documents']);

/** The path with each item's id (or line's code) as `*`: the key of the tables above. */
function patternOf(path: readonly string[]): string {
  const parts: string[] = [];
  for (const [index, part] of path.entries()) {
    const list = parts.join('.');
    parts.push(index > 0 && ITEM_LISTS.has(list) ? '*' : part);
  }
  return parts.join('.');
}

type Entries = Record<string, unknown>;

function isEntries(value: unknown): value is Entries {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path` in a case file as plain JSON (an item of a list by its id). */
function valueAt(root: unknown, path: readonly string[]): unknown {
  let at: unknown = root;
  for (const part of path) {
    if (Array.isArray(at)) at = at.find((item) => isEntries(item) && item.id === part);
    else if (isEntries(at)) at = at[part];
    else return undefined;
  }
  return at;
}

const isPlainDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const isInstant = (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value);

export interface CaseFieldTexts {
  /** The field's name, and its item's; undefined for a path the table does not know. */
  nameOf(path: readonly string[], versions: readonly unknown[]): FieldName | undefined;
  /** The value as the screen shows it; an item (an event, a document line) summed up. */
  showValue(path: readonly string[], value: unknown): string;
}

export function useCaseFieldTexts(): CaseFieldTexts {
  const { t, i18n } = useTranslation(['cases', 'documents', 'application', 'common']);
  const language = i18n.language;
  /** A key built from data: shown only when it exists, else undefined. */
  const known = (key: string): string | undefined =>
    // The key comes from a table or a code; a missing one reads as unknown, never as a raw key.
    i18n.exists(key) ? String(t(key as 'cases:form.yes')) : undefined;
  const list = (parts: readonly (string | undefined)[]) =>
    new Intl.ListFormat(language, { type: 'unit', style: 'short' }).format(
      parts.filter((part): part is string => part !== undefined && part !== ''),
    );

  const itemName = (pattern: string, item: unknown, code: string): string | undefined => {
    if (pattern.startsWith('documents.')) return known(`documents:lines.${code}.label`) ?? code;
    if (!isEntries(item)) return undefined;
    if (pattern.startsWith('timeline.') && isEntries(item.event))
      return known(`cases:timeline.types.${String(item.event.type)}`);
    if (pattern.startsWith('appointments.'))
      return known(`cases:appointments.kinds.${String(item.kind)}`);
    if (pattern.startsWith('family.children.'))
      return typeof item.givenName === 'string' && item.givenName !== ''
        ? item.givenName
        : known('cases:export.children.title');
    return undefined;
  };

  const showLeaf = (pattern: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return t('cases:form.unknown');
    if (typeof value === 'boolean') return value ? t('cases:form.yes') : t('cases:form.no');
    if (typeof value === 'number') return formatNumber(value, language);
    if (Array.isArray(value))
      return value.length === 0
        ? t('cases:form.unknown')
        : list(value.map((item) => showLeaf(pattern, item)));
    if (typeof value !== 'string') return summary(pattern, value);
    const codes = CODE_LABELS[pattern];
    if (codes) return known(`${codes}${value}`) ?? value;
    if (COUNTRY_FIELDS.has(pattern))
      return (
        new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(value) ?? value
      );
    if (LANGUAGE_FIELDS.has(pattern)) return nameLanguage(value, language);
    if (isPlainDate(value)) return formatPlainDate(value, language);
    if (isInstant(value)) return formatInstant(value, language);
    return value;
  };

  /** A whole item or object in a few words: its kind and its dates, as the lists show them. */
  const summary = (pattern: string, value: unknown): string => {
    if (!isEntries(value)) return t('cases:form.unknown');
    const event = isEntries(value.event) ? value.event : value;
    if (pattern.startsWith('timeline.') && typeof event.type === 'string') {
      const dates = ['on', 'openedOn', 'validFrom', 'validUntil']
        .map((key) => event[key])
        .filter((date): date is string => typeof date === 'string')
        .map((date) => formatPlainDate(date, language));
      return list([known(`cases:timeline.types.${event.type}`) ?? event.type, ...dates]);
    }
    if (pattern.startsWith('appointments.'))
      return list([
        known(`cases:appointments.kinds.${String(value.kind)}`),
        typeof value.on === 'string' ? formatPlainDate(value.on, language) : undefined,
        typeof value.at === 'string' ? value.at : undefined,
        typeof value.place === 'string' ? value.place : undefined,
      ]);
    if (pattern.startsWith('documents.'))
      return list([
        known(`documents:status.${String(value.status)}`),
        ...['issuedOn', 'requestedOn', 'receivedOn', 'validUntil'].map((key) => {
          const date = value[key];
          return typeof date === 'string' ? formatPlainDate(date, language) : undefined;
        }),
      ]);
    if (pattern.startsWith('family.children.'))
      return list([
        typeof value.givenName === 'string' ? value.givenName : undefined,
        typeof value.birthDate === 'string'
          ? formatPlainDate(value.birthDate, language)
          : undefined,
      ]);
    return list(Object.entries(value).map(([key, inner]) => showLeaf(`${pattern}.${key}`, inner)));
  };

  return {
    nameOf(path, versions) {
      const pattern = patternOf(path);
      const [list, id] = path.length > 0 && ITEM_LISTS.has(path[0] ?? '') ? [path[0], path[1]] : [];
      const childList = path[0] === 'family' && path[1] === 'children';
      const itemPath = childList ? path.slice(0, 3) : list && id ? [list, id] : undefined;
      const item = itemPath
        ? itemName(
            patternOf(itemPath),
            versions.map((version) => valueAt(version, itemPath)).find(isEntries),
            itemPath.at(-1) ?? '',
          )
        : undefined;
      if (itemPath && path.length === itemPath.length) return item ? { item } : undefined;
      const key = FIELD_LABELS[pattern];
      if (!key) return undefined;
      return { item, field: known(key) };
    },
    showValue(path, value) {
      const pattern = patternOf(path);
      if (isEntries(value)) return summary(pattern, value);
      return showLeaf(pattern, value);
    },
  };
}
