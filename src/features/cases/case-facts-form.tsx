import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useForm, useWatch, type FieldErrors, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { HOUSING, PARENTAL_AUTHORITY, PROCEEDINGS } from '../../domain';
import { listCountries } from '../../i18n/countries';
import { listLanguages } from '../../i18n/languages-list';
import { useValidationMessage } from '../../i18n/use-validation-message';
import {
  CaseFileContentSchema,
  FAMILY_STATUSES,
  SEXES,
  contentOf,
  type CaseFile,
  type CaseFileContent,
} from '../../storage/case-file';
import { StaleRecordError } from '../../storage/errors';
import { getRepositories } from '../../storage/storage';
import { Field } from '../../ui/field';
import { caseQueries } from './cases-queries';
import { useFormDraft } from './use-form-draft';

const SITUATION_FLAGS = [
  'contactWithPerpetrators',
  'publicOrderThreat',
  'oqtfNotComplied',
  'documentFraud',
  'seriousOffence',
  'violenceAgainstOfficials',
  'polygamy',
  'centreSupport',
] as const;

/** The form mirrors the case file's content; empty texts and unticked boxes mean "not recorded". */
interface FactsForm {
  label: string;
  worker: string;
  identity: {
    birthNames: string;
    usualName: string;
    givenNames: string;
    sex: string;
    birthPlace: string;
    birthCountry: string;
    nationality: string;
  };
  person: {
    birthDate: string;
    housing: string;
    arrivedOn: string;
    emancipated: boolean;
    parentalAuthority: string;
    euCitizenOrFamily: boolean;
  };
  contact: { phone: string; email: string; safeContactNote: string };
  housing: { address: string; hostName: string };
  family: { status: string; unionDate: string; unionCountry: string; dependentChildren: boolean };
  languages: { spoken: string[]; interpreterNeeded: boolean; interpreterLanguage: string };
  situation: Record<(typeof SITUATION_FLAGS)[number], boolean> & { proceedings: string };
  proceedings: { court: string; prosecutorReference: string; lawyer: string };
  plannedFilingOn: string;
  notes: string;
}

const text = (value: string | undefined) => value ?? '';
const flag = (value: boolean | undefined) => value === true;

function toForm(caseFile: CaseFile): FactsForm {
  const {
    identity: i,
    person: p,
    contact: c,
    housing: h,
    family: f,
    languages: l,
    situation: s,
    proceedings: pr,
  } = caseFile;
  return {
    label: caseFile.label,
    worker: text(caseFile.worker),
    identity: {
      birthNames: text(i.birthNames),
      usualName: text(i.usualName),
      givenNames: text(i.givenNames),
      sex: text(i.sex),
      birthPlace: text(i.birthPlace),
      birthCountry: text(i.birthCountry),
      nationality: text(i.nationality),
    },
    person: {
      birthDate: text(p.birthDate),
      housing: text(p.housing),
      arrivedOn: text(p.arrivedOn),
      emancipated: flag(p.emancipated),
      parentalAuthority: text(p.parentalAuthority),
      euCitizenOrFamily: flag(p.euCitizenOrFamily),
    },
    contact: {
      phone: text(c.phone),
      email: text(c.email),
      safeContactNote: text(c.safeContactNote),
    },
    housing: { address: text(h.address), hostName: text(h.hostName) },
    family: {
      status: text(f.status),
      unionDate: text(f.unionDate),
      unionCountry: text(f.unionCountry),
      dependentChildren: flag(f.dependentChildren),
    },
    languages: {
      spoken: [...l.spoken],
      interpreterNeeded: flag(l.interpreterNeeded),
      interpreterLanguage: text(l.interpreterLanguage),
    },
    situation: {
      ...(Object.fromEntries(SITUATION_FLAGS.map((name) => [name, flag(s[name])])) as Record<
        (typeof SITUATION_FLAGS)[number],
        boolean
      >),
      proceedings: text(s.proceedings),
    },
    proceedings: {
      court: text(pr.court),
      prosecutorReference: text(pr.prosecutorReference),
      lawyer: text(pr.lawyer),
    },
    plannedFilingOn: text(caseFile.plannedFilingOn),
    notes: text(caseFile.notes),
  };
}

/** '' → undefined, false → undefined (not recorded), recursively; arrays kept. */
function prune(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (value === false) return undefined;
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, prune(child)]));
}

/** Merges the form into the case's content: what the form does not show is kept as it was. */
function toContent(caseFile: CaseFile, form: FactsForm): unknown {
  const content = contentOf(caseFile);
  const edited = prune(form) as Record<string, Record<string, unknown> | undefined>;
  const merge = (
    key:
      | 'identity'
      | 'person'
      | 'contact'
      | 'housing'
      | 'family'
      | 'languages'
      | 'situation'
      | 'proceedings',
  ) => ({ ...content[key], ...edited[key] });
  const family: Record<string, unknown> = merge('family');
  // The date and country of a union are asked only for a marriage or a PACS (ANEF step 2).
  if (family.status !== 'married' && family.status !== 'pacs')
    Object.assign(family, { unionDate: undefined, unionCountry: undefined });
  return {
    ...content,
    label: edited.label,
    worker: edited.worker,
    notes: edited.notes,
    plannedFilingOn: edited.plannedFilingOn,
    identity: merge('identity'),
    person: merge('person'),
    contact: merge('contact'),
    housing: merge('housing'),
    family,
    languages: merge('languages'),
    situation: merge('situation'),
    proceedings: merge('proceedings'),
  };
}

/** Validates with the case file's own schema and reports each issue on its field. */
function buildResolver(caseFile: CaseFile): Resolver<FactsForm> {
  return (values) => {
    const parsed = CaseFileContentSchema.safeParse(toContent(caseFile, values));
    if (parsed.success) return { values, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of parsed.error.issues) {
      let node = errors;
      const path = issue.path.map(String);
      path.slice(0, -1).forEach((key) => {
        node[key] ??= {};
        node = node[key] as Record<string, unknown>;
      });
      const last = path.at(-1) ?? 'label';
      node[last] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<FactsForm> };
  };
}

function errorAt(errors: FieldErrors<FactsForm>, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split('.'))
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node && typeof node === 'object' && 'message' in node && typeof node.message === 'string'
    ? node.message
    : undefined;
}

export function CaseFactsForm({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation('cases');
  const translateError = useValidationMessage();
  const queryClient = useQueryClient();
  const titleId = useId();
  const countries = useMemo(() => listCountries(i18n.language), [i18n.language]);
  const languages = useMemo(() => listLanguages(i18n.language), [i18n.language]);
  const [outcome, setOutcome] = useState<'saved' | 'stale' | 'failed' | undefined>();
  const resolver = useMemo(() => buildResolver(caseFile), [caseFile]);
  const form = useForm<FactsForm>({ resolver, defaultValues: toForm(caseFile) });
  const { register, handleSubmit, formState, control } = form;
  // Typed but not saved survives a lock, a reload or a refused save.
  const draft = useFormDraft(`case-facts/${caseFile.id}`, form);
  const [familyStatus, interpreterNeeded] = useWatch({
    control,
    name: ['family.status', 'languages.interpreterNeeded'],
  });
  const save = useMutation({
    mutationFn: (content: CaseFileContent) =>
      getRepositories().cases.update(caseFile.id, content, caseFile.rev),
    networkMode: 'always',
    onSuccess: (saved) => queryClient.setQueryData(caseQueries.detail(caseFile.id).queryKey, saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseQueries.list().queryKey }),
  });

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(undefined);
    try {
      await save.mutateAsync(CaseFileContentSchema.parse(toContent(caseFile, values)));
      await draft.clear();
      form.reset(values);
      setOutcome('saved');
    } catch (error) {
      // What was typed stays in the form and in its draft: nothing is lost on a refused save.
      setOutcome(error instanceof StaleRecordError ? 'stale' : 'failed');
    }
  });

  const input = (
    name: Path<FactsForm>,
    label: string,
    type: 'text' | 'date' | 'tel' | 'email' = 'text',
  ) => (
    <Field key={name} label={label} error={translateError(errorAt(formState.errors, name))}>
      {(controlProps) => (
        <input {...controlProps} {...register(name)} type={type} autoComplete="off" />
      )}
    </Field>
  );
  const select = (
    name: Path<FactsForm>,
    label: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <Field key={name} label={label} error={translateError(errorAt(formState.errors, name))}>
      {(controlProps) => (
        <select {...controlProps} {...register(name)}>
          <option value="">{t('form.unknown')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const checkbox = (name: Path<FactsForm>, label: string) => (
    <label key={name} className="choice">
      <input type="checkbox" {...register(name)} />
      {label}
    </label>
  );
  const countryOptions = countries.map(({ code, name }) => ({ value: code, label: name }));
  const languageOptions = languages.map(({ code, name }) => ({ value: code, label: name }));

  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('form.title')}</h2>
      {draft.restored ? (
        <p role="status" className="banner banner-warning">
          {t('form.draftRestored')}
        </p>
      ) : null}
      <form className="facts-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <fieldset>
          <legend>{t('form.identity.legend')}</legend>
          {input('label', t('form.identity.label'))}
          {input('worker', t('form.identity.worker'))}
          {input('identity.givenNames', t('form.identity.givenNames'))}
          {input('identity.birthNames', t('form.identity.birthNames'))}
          {input('identity.usualName', t('form.identity.usualName'))}
          {select(
            'identity.sex',
            t('form.identity.sex'),
            SEXES.map((value) => ({ value, label: t(`form.identity.sexes.${value}`) })),
          )}
          {input('person.birthDate', t('form.identity.birthDate'), 'date')}
          {input('identity.birthPlace', t('form.identity.birthPlace'))}
          {select('identity.birthCountry', t('form.identity.birthCountry'), countryOptions)}
          {select('identity.nationality', t('form.identity.nationality'), countryOptions)}
        </fieldset>
        <fieldset>
          <legend>{t('form.contact.legend')}</legend>
          {input('contact.phone', t('form.contact.phone'), 'tel')}
          {input('contact.email', t('form.contact.email'), 'email')}
          <Field
            label={t('form.contact.safeContactNote')}
            error={translateError(errorAt(formState.errors, 'contact.safeContactNote'))}
          >
            {(controlProps) => (
              <textarea {...controlProps} {...register('contact.safeContactNote')} rows={2} />
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('form.housing.legend')}</legend>
          {select(
            'person.housing',
            t('form.housing.kind'),
            HOUSING.map((value) => ({ value, label: t(`form.housing.kinds.${value}`) })),
          )}
          {input('housing.address', t('form.housing.address'))}
          {input('housing.hostName', t('form.housing.hostName'))}
          {input('person.arrivedOn', t('form.housing.arrivedOn'), 'date')}
        </fieldset>
        <fieldset>
          <legend>{t('form.family.legend')}</legend>
          {select(
            'family.status',
            t('form.family.status'),
            FAMILY_STATUSES.map((value) => ({ value, label: t(`form.family.statuses.${value}`) })),
          )}
          {familyStatus === 'married' || familyStatus === 'pacs' ? (
            <>
              {input('family.unionDate', t('form.family.unionDate'), 'date')}
              {select('family.unionCountry', t('form.family.unionCountry'), countryOptions)}
            </>
          ) : null}
          {checkbox('family.dependentChildren', t('form.family.dependentChildren'))}
        </fieldset>
        <fieldset>
          <legend>{t('form.languages.legend')}</legend>
          <Field label={t('form.languages.spoken')}>
            {(controlProps) => (
              <select {...controlProps} {...register('languages.spoken')} multiple size={5}>
                {languageOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {checkbox('languages.interpreterNeeded', t('form.languages.interpreterNeeded'))}
          {interpreterNeeded
            ? select(
                'languages.interpreterLanguage',
                t('form.languages.interpreterLanguage'),
                languageOptions,
              )
            : null}
        </fieldset>
        <fieldset>
          <legend>{t('form.minor.legend')}</legend>
          {checkbox('person.emancipated', t('form.minor.emancipated'))}
          {select(
            'person.parentalAuthority',
            t('form.minor.parentalAuthority'),
            PARENTAL_AUTHORITY.map((value) => ({
              value,
              label: t(`form.minor.authorities.${value}`),
            })),
          )}
        </fieldset>
        <fieldset>
          <legend>{t('form.situation.legend')}</legend>
          {checkbox('person.euCitizenOrFamily', t('form.situation.euCitizenOrFamily'))}
          {SITUATION_FLAGS.map((name) =>
            checkbox(`situation.${name}`, t(`form.situation.${name}`)),
          )}
        </fieldset>
        <fieldset>
          <legend>{t('form.proceedings.legend')}</legend>
          {select(
            'situation.proceedings',
            t('form.proceedings.stage'),
            PROCEEDINGS.map((value) => ({ value, label: t(`form.proceedings.stages.${value}`) })),
          )}
          {input('proceedings.court', t('form.proceedings.court'))}
          {input('proceedings.prosecutorReference', t('form.proceedings.prosecutorReference'))}
          {input('proceedings.lawyer', t('form.proceedings.lawyer'))}
        </fieldset>
        <fieldset>
          <legend>{t('form.notes')}</legend>
          {input('plannedFilingOn', t('form.plannedFilingOn'), 'date')}
          <Field label={t('form.notes')} error={translateError(errorAt(formState.errors, 'notes'))}>
            {(controlProps) => <textarea {...controlProps} {...register('notes')} rows={4} />}
          </Field>
        </fieldset>
        {outcome === 'saved' ? (
          <p role="status" className="banner banner-success">
            {t('form.saved')}
          </p>
        ) : null}
        {outcome === 'stale' || outcome === 'failed' ? (
          <p role="alert" className="banner banner-error">
            {t(outcome === 'stale' ? 'form.stale' : 'form.saveFailed')}
          </p>
        ) : null}
        <div className="actions form-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {t('form.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
