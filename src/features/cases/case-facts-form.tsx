import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { HOUSING, PARENTAL_AUTHORITY, PROCEEDINGS } from '../../domain';
import { listCountries } from '../../i18n/countries';
import { useValidationMessage } from '../../i18n/use-validation-message';
import {
  CaseFileContentSchema,
  type CaseFile,
  type CaseFileContent,
} from '../../storage/case-file';
import { StaleRecordError } from '../../storage/errors';
import { getRepositories } from '../../storage/storage';
import { Field } from '../../ui/field';
import { caseQueries } from './cases-queries';
import { useFormDraft } from './use-form-draft';

/** The facts the rules read, and the identity details the worker needs first. */
interface FactsForm {
  label: string;
  worker: string;
  givenNames: string;
  birthNames: string;
  birthDate: string;
  nationality: string;
  housing: string;
  arrivedOn: string;
  emancipated: boolean;
  parentalAuthority: string;
  proceedings: string;
  flags: Record<(typeof SITUATION_FLAGS)[number], boolean>;
  euCitizenOrFamily: boolean;
}

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

const orUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

function toForm(caseFile: CaseFile): FactsForm {
  const flags = Object.fromEntries(
    SITUATION_FLAGS.map((flag) => [flag, caseFile.situation[flag] === true]),
  ) as FactsForm['flags'];
  return {
    label: caseFile.label,
    worker: caseFile.worker ?? '',
    givenNames: caseFile.identity.givenNames ?? '',
    birthNames: caseFile.identity.birthNames ?? '',
    birthDate: caseFile.person.birthDate ?? '',
    nationality: caseFile.identity.nationality ?? '',
    housing: caseFile.person.housing ?? '',
    arrivedOn: caseFile.person.arrivedOn ?? '',
    emancipated: caseFile.person.emancipated === true,
    parentalAuthority: caseFile.person.parentalAuthority ?? '',
    proceedings: caseFile.situation.proceedings ?? '',
    flags,
    euCitizenOrFamily: caseFile.person.euCitizenOrFamily === true,
  };
}

/** Merges the form into the case's content: what the form does not show is kept as it was. */
function toContent(caseFile: CaseFile, form: FactsForm): unknown {
  const {
    id: _id,
    pathway: _pathway,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    rev: _rev,
    ...content
  } = caseFile;
  const flags = Object.fromEntries(
    SITUATION_FLAGS.map((flag) => [flag, form.flags[flag] || undefined]),
  );
  return {
    ...content,
    label: form.label,
    worker: orUndefined(form.worker),
    identity: {
      ...content.identity,
      givenNames: orUndefined(form.givenNames),
      birthNames: orUndefined(form.birthNames),
      nationality: orUndefined(form.nationality),
    },
    person: {
      ...content.person,
      birthDate: orUndefined(form.birthDate),
      housing: orUndefined(form.housing),
      arrivedOn: orUndefined(form.arrivedOn),
      emancipated: form.emancipated || undefined,
      parentalAuthority: orUndefined(form.parentalAuthority),
      euCitizenOrFamily: form.euCitizenOrFamily || undefined,
    },
    situation: { ...content.situation, ...flags, proceedings: orUndefined(form.proceedings) },
  };
}

/** Validates with the case file's own schema and reports each issue on the form's field. */
function buildResolver(caseFile: CaseFile): Resolver<FactsForm> {
  const fieldOf: Record<string, keyof FactsForm> = {
    label: 'label',
    worker: 'worker',
    'identity.givenNames': 'givenNames',
    'identity.birthNames': 'birthNames',
    'identity.nationality': 'nationality',
    'person.birthDate': 'birthDate',
    'person.arrivedOn': 'arrivedOn',
  };
  return (values) => {
    const parsed = CaseFileContentSchema.safeParse(toContent(caseFile, values));
    if (parsed.success) return { values, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const field =
        fieldOf[issue.path.slice(0, 2).join('.')] ?? fieldOf[String(issue.path[0])] ?? 'label';
      errors[field] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors };
  };
}

export function CaseFactsForm({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation('cases');
  const translateError = useValidationMessage();
  const queryClient = useQueryClient();
  const titleId = useId();
  const countries = useMemo(() => listCountries(i18n.language), [i18n.language]);
  const [outcome, setOutcome] = useState<'saved' | 'stale' | 'failed' | undefined>();
  const resolver = useMemo(() => buildResolver(caseFile), [caseFile]);
  const form = useForm<FactsForm>({ resolver, defaultValues: toForm(caseFile) });
  const { register, handleSubmit, formState } = form;
  // Typed but not saved survives a lock, a reload or a refused save.
  const draft = useFormDraft(`case-facts/${caseFile.id}`, form);
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
      // What was typed stays in the form: nothing is lost on a refused save.
      setOutcome(error instanceof StaleRecordError ? 'stale' : 'failed');
    }
  });

  const text = (name: 'label' | 'worker' | 'givenNames' | 'birthNames', label: string) => (
    <Field label={label} error={translateError(formState.errors[name]?.message)}>
      {(control) => <input {...control} {...register(name)} type="text" autoComplete="off" />}
    </Field>
  );
  const date = (name: 'birthDate' | 'arrivedOn', label: string) => (
    <Field label={label} error={translateError(formState.errors[name]?.message)}>
      {(control) => <input {...control} {...register(name)} type="date" />}
    </Field>
  );

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
          {text('label', t('form.identity.label'))}
          {text('worker', t('form.identity.worker'))}
          {text('givenNames', t('form.identity.givenNames'))}
          {text('birthNames', t('form.identity.birthNames'))}
          {date('birthDate', t('form.identity.birthDate'))}
          <Field label={t('form.identity.nationality')}>
            {(control) => (
              <select {...control} {...register('nationality')}>
                <option value="">{t('form.unknown')}</option>
                {countries.map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('form.housing.legend')}</legend>
          <Field label={t('form.housing.kind')}>
            {(control) => (
              <select {...control} {...register('housing')}>
                <option value="">{t('form.unknown')}</option>
                {HOUSING.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`form.housing.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {date('arrivedOn', t('form.housing.arrivedOn'))}
        </fieldset>
        <fieldset>
          <legend>{t('form.minor.legend')}</legend>
          <label className="choice">
            <input type="checkbox" {...register('emancipated')} />
            {t('form.minor.emancipated')}
          </label>
          <Field label={t('form.minor.parentalAuthority')}>
            {(control) => (
              <select {...control} {...register('parentalAuthority')}>
                <option value="">{t('form.unknown')}</option>
                {PARENTAL_AUTHORITY.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`form.minor.authorities.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('form.situation.legend')}</legend>
          <Field label={t('form.proceedings.stage')}>
            {(control) => (
              <select {...control} {...register('proceedings')}>
                <option value="">{t('form.unknown')}</option>
                {PROCEEDINGS.map((stage) => (
                  <option key={stage} value={stage}>
                    {t(`form.proceedings.stages.${stage}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <label className="choice">
            <input type="checkbox" {...register('euCitizenOrFamily')} />
            {t('form.situation.euCitizenOrFamily')}
          </label>
          {SITUATION_FLAGS.map((flag) => (
            <label key={flag} className="choice">
              <input type="checkbox" {...register(`flags.${flag}`)} />
              {t(`form.situation.${flag}`)}
            </label>
          ))}
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
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {t('form.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
