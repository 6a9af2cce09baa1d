/**
 * Facts the worker accepted from an interview (issue 15) say so on the case page: "From the
 * interview of 10 December 2026", beside the field, and in a short list linking to each interview.
 * A field shows its source only while it still holds the value accepted: corrected by hand since,
 * it is the worker's own.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isSameValue, type CaseFile, type FactSource } from '../../domain';
import { formatPlainDate } from '../../i18n/format';

/** The value of a field of the case by its path ('person.arrivedOn'). */
function valueAt(caseFile: CaseFile, path: string): unknown {
  let value: unknown = caseFile;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The interview a field's current value came from, if it still holds the value accepted. */
export function currentSource(caseFile: CaseFile, path: string): FactSource | undefined {
  const sources = caseFile.sources ?? {};
  const source = Object.hasOwn(sources, path) ? sources[path] : undefined;
  return source !== undefined && isSameValue(source.value, valueAt(caseFile, path))
    ? source
    : undefined;
}

/** "From the interview of <day>", in the UI language. */
export function useSourceText(): (source: FactSource) => string {
  const { t, i18n } = useTranslation('cases');
  return (source) =>
    t('sources.fromInterview', { date: formatPlainDate(source.heldOn, i18n.language) });
}

/** The fields of the case taken from an interview, each with a link to that interview. */
export function FactSources({
  caseFile,
  labels,
}: {
  caseFile: CaseFile;
  /** The form's label of each field, by path. */
  labels: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('cases');
  const sourceText = useSourceText();
  const fields = Object.keys(caseFile.sources ?? {}).flatMap((path) => {
    const source = currentSource(caseFile, path);
    const label = labels.get(path);
    return source && label ? [{ path, source, label }] : [];
  });
  if (fields.length === 0) return null;
  return (
    <div className="fact-sources">
      <p>{t('sources.title')}</p>
      <ul>
        {fields.map(({ path, source, label }) => (
          <li key={path}>
            {label} —{' '}
            <Link to={`/cases/${caseFile.id}/interviews/${source.interviewId}`}>
              {sourceText(source)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
