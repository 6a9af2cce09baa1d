import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  startTransition,
  useDeferredValue,
  useId,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHWAYS, PROCEEDINGS, VERDICTS, isMilestone, toCaseReference } from '../../domain';
import { deadlineRemaining, deadlineTitle } from '../../i18n/use-deadline-texts';
import {
  useCaseOverviewCache,
  useCaseOverviews,
  useFirstScreenOverviews,
  type CaseOverview,
} from '../../queries/case-overviews';
import { FIRST_SCREEN_SIZE, useKeepFirstScreen } from '../../queries/case-queries';
import { PageTitle } from '../../ui/page-title';
import { useToday } from '../../ui/use-today';
import {
  NO_FILTERS,
  SORTS,
  URGENCY_FILTERS,
  filterCases,
  summariesOf,
  type CaseFilters,
  type CaseSummary,
} from './case-summaries';
import { SyncConflictsBanner } from './sync-conflicts-banner';
import { useMyName } from '../../queries/my-name';
import { usePendingDeletions } from '../../queries/case-deletion';
import './cases.css';

const ROW_HEIGHT = 64;
const NO_OVERVIEWS: readonly CaseOverview[] = [];

/** What a row says, worked out once per summary and language (rows come back as a search changes). */
interface RowTexts {
  reference: string;
  pathway: string;
  verdict: string;
  next: { title: string; remaining: string } | undefined;
}

type ListT = ReturnType<typeof useTranslation<['cases', 'common', 'assessment']>>['t'];
type DeadlineT = ReturnType<typeof useTranslation<'assessment'>>['t'];

/** A row's texts, each summary's worked out once for the life of the returned function. */
function rowTextsWith(
  t: ListT,
  tDeadline: DeadlineT,
  language: string,
): (summary: CaseSummary) => RowTexts {
  const known = new WeakMap<CaseSummary, RowTexts>();
  return (summary) => {
    let texts = known.get(summary);
    if (!texts) {
      const { caseFile, verdict, next } = summary;
      const deadline = next && { ...next, milestone: isMilestone(next.code) };
      texts = {
        reference: t('list.rowReference', { reference: toCaseReference(caseFile.id) }),
        pathway: t(`common:pathwayShort.${caseFile.pathway}`),
        verdict: verdict ? t(`assessment:verdict.${verdict}`) : '—',
        next: deadline && {
          title: deadlineTitle(tDeadline, deadline),
          remaining: deadlineRemaining(tDeadline, language, deadline),
        },
      };
      known.set(summary, texts);
    }
    return texts;
  };
}

function useRowTexts(): (summary: CaseSummary) => RowTexts {
  const { t, i18n } = useTranslation(['cases', 'common', 'assessment']);
  const { t: tDeadline } = useTranslation('assessment');
  const language = i18n.language;
  return useMemo(() => rowTextsWith(t, tDeadline, language), [t, tDeadline, language]);
}

/**
 * Memoised and without hooks: typing in the search box re-renders the page, not the rows that stay
 * the same, and a row that comes back costs only its elements.
 */
const CaseRow = memo(function CaseRow({
  summary,
  texts,
  noDeadline,
}: {
  summary: CaseSummary;
  texts: RowTexts;
  noDeadline: string;
}) {
  const { caseFile, verdict } = summary;
  const names = [caseFile.identity.givenNames, caseFile.identity.birthNames]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`case-row urgency-${summary.urgency}`}>
      <div className="case-row-main">
        <Link to={`/cases/${caseFile.id}`} className="case-row-label">
          {caseFile.label}
        </Link>
        <span className="field-hint">
          {texts.reference} · {names ? `${names} · ` : ''}
          {texts.pathway}
        </span>
      </div>
      <span className={`case-row-verdict verdict-${verdict ?? 'unknown'}`}>{texts.verdict}</span>
      <span className="case-row-next">
        {texts.next ? (
          <>
            <span>{texts.next.title}</span>
            <strong>{texts.next.remaining}</strong>
          </>
        ) : (
          <span className="field-hint">{noDeadline}</span>
        )}
      </span>
    </div>
  );
});

type FilterKey = 'pathway' | 'verdict' | 'proceedings' | 'urgency' | 'worker';

/**
 * The search box and the filters. Memoised, with its option lists worked out once per language:
 * a keystroke re-renders this bar once (the search box's value), not for the filtered rows after.
 */
const CaseFiltersBar = memo(function CaseFiltersBar({
  filters,
  setFilters,
  workers,
  me,
}: {
  filters: CaseFilters;
  setFilters: Dispatch<SetStateAction<CaseFilters>>;
  workers: readonly string[];
  /** The worker using the app (their name as the cases' "worker" field holds it), when known. */
  me: string | undefined;
}) {
  const { t } = useTranslation(['cases', 'common', 'assessment']);
  // On a phone the filters fold away so the first cases show on the first screen.
  const [filtersOpen, setFiltersOpen] = useState(
    () => typeof matchMedia === 'undefined' || matchMedia('(min-width: 40rem)').matches,
  );
  const activeFilters = (
    ['pathway', 'verdict', 'proceedings', 'urgency', 'worker'] as const
  ).filter((key) => filters[key] !== NO_FILTERS[key]).length;
  const ids = {
    search: useId(),
    pathway: useId(),
    verdict: useId(),
    proceedings: useId(),
    urgency: useId(),
    worker: useId(),
    sort: useId(),
  };
  const options = useMemo(
    () => ({
      pathway: PATHWAYS.map((value) => ({ value, label: t(`common:pathwayShort.${value}`) })),
      verdict: VERDICTS.map((value) => ({ value, label: t(`assessment:verdict.${value}`) })),
      proceedings: PROCEEDINGS.map((value) => ({
        value,
        label: t(`form.proceedings.stages.${value}`),
      })),
      urgency: URGENCY_FILTERS.map((value) => ({ value, label: t(`list.urgency.${value}`) })),
      worker: workers.map((value) => ({ value, label: value })),
      sort: SORTS.map((value) => ({ value, label: t(`list.sort.${value}`) })),
    }),
    [t, workers],
  );

  const set = (key: keyof CaseFilters) => (event: { target: { value: string } }) =>
    setFilters((current) => ({ ...current, [key]: event.target.value }));
  // The search box answers the key at once (this bar alone re-renders); the list follows in a
  // transition, rendered once, interrupted by the next key.
  const [query, setQuery] = useState(filters.query);
  const search = (event: { target: { value: string } }) => {
    const { value } = event.target;
    setQuery(value);
    startTransition(() => setFilters((current) => ({ ...current, query: value })));
  };
  const select = (key: FilterKey) => (
    <div className="filter">
      <label htmlFor={ids[key]}>{t(`list.filters.${key}`)}</label>
      <select id={ids[key]} value={filters[key]} onChange={set(key)}>
        <option value="">{t('list.filters.all')}</option>
        {options[key].map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <search className="filters" aria-label={t('list.filters.label')}>
      <div className="filter filter-search">
        <label htmlFor={ids.search}>{t('list.search')}</label>
        <input
          id={ids.search}
          type="search"
          value={query}
          onChange={search}
          autoComplete="off"
          placeholder={t('list.searchHint')}
        />
      </div>
      {me && workers.includes(me) ? (
        <label className="choice filter-mine">
          <input
            type="checkbox"
            checked={filters.worker === me}
            onChange={(event) => {
              const { checked } = event.target;
              setFilters((current) => ({ ...current, worker: checked ? me : '' }));
            }}
          />
          {t('list.mine', { name: me })}
        </label>
      ) : null}
      <details
        className="filters-more"
        open={filtersOpen}
        onToggle={(event) => setFiltersOpen(event.currentTarget.open)}
      >
        <summary>
          {t('list.moreFilters')}
          {activeFilters > 0 ? ` (${t('list.activeFilters', { count: activeFilters })})` : ''}
        </summary>
        <div className="filters-more-body">
          {select('pathway')}
          {select('verdict')}
          {select('proceedings')}
          {select('urgency')}
          {workers.length > 0 ? select('worker') : null}
          <div className="filter">
            <label htmlFor={ids.sort}>{t('list.sortBy')}</label>
            <select id={ids.sort} value={filters.sort} onChange={set('sort')}>
              {options.sort.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </details>
    </search>
  );
});

export function CaseListPage() {
  const { t, i18n } = useTranslation(['cases', 'common', 'assessment']);
  const today = useToday();
  const cases = useCaseOverviews(today);
  // At unlock, the first screenful kept at the last full read shows while the others are read.
  const firstScreen = useFirstScreenOverviews(today, { enabled: !cases.overviews });
  const partial =
    !cases.overviews && firstScreen && firstScreen.overviews.length > 0 ? firstScreen : undefined;
  const [filters, setFilters] = useState<CaseFilters>(NO_FILTERS);
  const deferredFilters = useDeferredValue(filters);
  const overviewCache = useCaseOverviewCache();
  const me = useMyName();
  const rowTexts = useRowTexts();

  // Kept across visits of the list: after a save, only that case's row is summarised again.
  const read = cases.overviews ?? partial?.overviews ?? NO_OVERVIEWS;
  // A case being deleted (its undo still possible) has left the list already.
  const deleting = usePendingDeletions();
  const overviews = useMemo(() => {
    if (deleting.length === 0) return read;
    const gone = new Set(deleting.map((deletion) => deletion.caseId));
    return read.filter((overview) => !gone.has(overview.caseFile.id));
  }, [read, deleting]);
  const labelOf = useCallback(
    (caseId: string) =>
      overviews.find((overview) => overview.caseFile.id === caseId)?.caseFile.label,
    [overviews],
  );
  const summaries = useMemo(
    () => summariesOf(overviews, i18n.language, overviewCache.generation()),
    [overviews, i18n.language, overviewCache],
  );
  const workers = useMemo(
    () =>
      [
        ...new Set(summaries.map((s) => s.caseFile.worker).filter((w): w is string => Boolean(w))),
      ].sort(),
    [summaries],
  );
  const visible = useMemo(
    () => filterCases(summaries, deferredFilters),
    [summaries, deferredFilters],
  );
  useKeepFirstScreen(
    useMemo(
      () =>
        cases.overviews
          ? filterCases(summaries, NO_FILTERS)
              .slice(0, FIRST_SCREEN_SIZE)
              .map((summary) => summary.caseFile.id)
          : undefined,
      [cases.overviews, summaries],
    ),
  );

  const noDeadline = t('list.noDeadline');
  const scrollRef = useRef<HTMLDivElement>(null);
  // Only the rows in view are in the page: 10,000 cases stay fast to show and to filter.
  // The app is not built with the React Compiler, and the virtualizer's functions stay in this
  // component (never passed to a memoized child): nothing here can go stale.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  return (
    <section>
      <div className="page-head">
        <PageTitle appName={t('common:appName')}>{t('list.title')}</PageTitle>
        <Link to="/cases/new" className="button button-primary">
          {t('list.new')}
        </Link>
      </div>
      <SyncConflictsBanner labelOf={labelOf} />
      {cases.isPending && !partial ? <p>{t('common:loading')}</p> : null}
      {cases.overviews && cases.overviews.length === 0 ? (
        <p className="empty">{t('list.empty')}</p>
      ) : null}
      {overviews.length > 0 ? (
        <>
          <CaseFiltersBar filters={filters} setFilters={setFilters} workers={workers} me={me} />
          <p className="count" role="status" data-complete={partial ? undefined : true}>
            {partial
              ? t('list.shownReading', { count: visible.length, total: partial.total })
              : t('list.shown', { count: visible.length, total: overviews.length })}
          </p>
          <div ref={scrollRef} className="case-scroll" tabIndex={-1}>
            <ul
              className="case-list"
              aria-busy={partial ? true : undefined}
              style={{ blockSize: `${virtualizer.getTotalSize()}px` }}
              aria-label={t('list.title')}
            >
              {virtualizer.getVirtualItems().map((item) => {
                const summary = visible[item.index];
                if (!summary) return null;
                return (
                  <li
                    key={summary.caseFile.id}
                    aria-setsize={visible.length}
                    aria-posinset={item.index + 1}
                    style={{
                      transform: `translateY(${item.start}px)`,
                      blockSize: `${ROW_HEIGHT}px`,
                    }}
                  >
                    <CaseRow summary={summary} texts={rowTexts(summary)} noDeadline={noDeadline} />
                  </li>
                );
              })}
            </ul>
          </div>
        </>
      ) : null}
    </section>
  );
}
