import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  FAMILY_STATUSES,
  HOUSING,
  PARENTAL_AUTHORITY,
  PROCEEDINGS,
  SEXES,
  contentOf,
  type CaseFile,
} from '../../domain';
import { formatPlainDate } from '../../i18n/format';
import { listCountries } from '../../i18n/countries';
import { listLanguages } from '../../i18n/languages-list';
import { useValidationMessage } from '../../i18n/use-validation-message';
import { useUpdateCase } from '../../queries/case-queries';
import { useRebasedForm } from '../../queries/use-rebased-form';
import { MergeConflictError } from '../../storage/errors';
import { ConflictPanel } from '../../ui/conflict-panel';
import { FormDateField } from '../../ui/date-field';
import { Field } from '../../ui/field';
import { SelectField } from '../../ui/select-field';
import { useToday } from '../../ui/use-today';
import {
  SITUATION_FLAGS,
  buildFactsFormSchema,
  mergeFacts,
  toFactsFormValues,
  type Facts,
  type FactsFormValues,
} from './case-facts-values';
import { currentSource, FactSources, useSourceText } from './fact-sources';
import { useFormDraft } from './use-form-draft';
import { useUnsavedMark } from '../../ui/leave-guard';

/** The person's facts, edited in one form validated by the case file's own schemas. */
export function CaseFactsForm({ caseFile }: { caseFile: CaseFile }) {
  const { t, i18n } = useTranslation('cases');
  const translateError = useValidationMessage();
  const titleId = useId();
  const countries = useMemo(() => listCountries(i18n.language), [i18n.language]);
  const languages = useMemo(() => listLanguages(i18n.language), [i18n.language]);
  const [outcome, setOutcome] = useState<
    'saved' | 'savedWithOthers' | 'conflicts' | 'failed' | undefined
  >();
  const conflictPanel = useRef<HTMLDivElement>(null);
  const today = useToday();
  const schema = useMemo(() => buildFactsFormSchema(today), [today]);
  const form = useForm<FactsFormValues, unknown, Facts>({
    resolver: zodResolver(schema),
    defaultValues: toFactsFormValues(caseFile),
    // A field is checked as it is left, then as it changes.
    mode: 'onTouched',
  });
  const { register, handleSubmit, formState, control, getFieldState } = form;
  // Another tab's saves flow into the fields the user has not changed; the same field is a conflict.
  const rebased = useRebasedForm(form, caseFile, toFactsFormValues);
  // Typed but not saved survives a lock, a reload or a refused save.
  const draft = useFormDraft(`case-facts/${caseFile.id}`, form, rebased.addConflicts);
  // Kept in a draft, but not saved: an update of the app waits until it is.
  useUnsavedMark(`case-facts/${caseFile.id}`, formState.isDirty);
  const [familyStatus, interpreterNeeded] = useWatch({
    control,
    name: ['family.status', 'languages.interpreterNeeded'],
  });
  const save = useUpdateCase(caseFile.id);
  const sourceText = useSourceText();

  // A refused save leads the user to the fields to settle.
  useEffect(() => {
    if (outcome === 'conflicts') conflictPanel.current?.focus();
  }, [outcome]);
  const showConflicts = () => setOutcome('conflicts');
  const onSubmit = handleSubmit(async (facts) => {
    setOutcome(undefined);
    // Nothing is saved while a field saved elsewhere is still to be settled.
    if (rebased.conflicts.length > 0) return showConflicts();
    const { base } = rebased;
    try {
      const saved = await save.mutateAsync({
        content: mergeFacts(base, facts),
        base: { rev: base.rev, content: contentOf(base) },
      });
      await draft.clear();
      rebased.settle(saved);
      // Another tab's changes to other fields were kept beside these: say so.
      setOutcome(saved.rev > base.rev + 1 ? 'savedWithOthers' : 'saved');
    } catch (error) {
      // What was typed stays in the form and in its draft: nothing is lost on a refused save.
      if (error instanceof MergeConflictError) {
        rebased.rebaseOnto(error.current);
        showConflicts();
      } else setOutcome('failed');
    }
  });
  const errorAt = (name: Path<FactsFormValues>) => getFieldState(name, formState).error?.message;
  // The fields in error, by label, for the summary beside the save button.
  const invalid: { name: Path<FactsFormValues>; label: string }[] = [];
  /** The field's translated error, if any, noted for the summary. */
  const noteError = (name: Path<FactsFormValues>, label: string) => {
    const message = translateError(errorAt(name));
    if (message) invalid.push({ name, label });
    return message;
  };

  // How each field's value reads, for the conflict panel (filled as the fields are laid out).
  const shown = new Map<string, { label: string; show: (value: unknown) => string }>();
  const asText = (value: unknown) => (typeof value === 'string' ? value : '');
  const input = (
    name: Path<FactsFormValues>,
    label: string,
    type: 'text' | 'date' | 'tel' | 'email' = 'text',
  ) => {
    shown.set(name, {
      label,
      show: (value) =>
        type === 'date' && asText(value)
          ? formatPlainDate(asText(value), i18n.language)
          : asText(value),
    });
    return inputField(name, label, type);
  };
  /** "From the interview of …" under a field whose value the worker accepted from an interview. */
  const sourceHint = (name: string) => {
    const source = currentSource(caseFile, name);
    return source ? sourceText(source) : undefined;
  };
  const inputField = (
    name: Path<FactsFormValues>,
    label: string,
    type: 'text' | 'date' | 'tel' | 'email',
  ) =>
    type === 'date' ? (
      <FormDateField
        key={name}
        control={control}
        name={name}
        label={label}
        hint={sourceHint(name)}
        error={noteError(name, label)}
      />
    ) : (
      <Field key={name} label={label} hint={sourceHint(name)} error={noteError(name, label)}>
        {(controlProps) => (
          <input {...controlProps} {...register(name)} type={type} autoComplete="off" />
        )}
      </Field>
    );
  const select = (
    name: Path<FactsFormValues>,
    label: string,
    options: readonly { value: string; label: string }[],
  ) => {
    shown.set(name, {
      label,
      show: (value) => options.find((option) => option.value === value)?.label ?? '',
    });
    return selectField(name, label, options);
  };
  const selectField = (
    name: Path<FactsFormValues>,
    label: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <SelectField
      key={name}
      label={label}
      hint={sourceHint(name)}
      error={noteError(name, label)}
      registration={register(name)}
      options={options}
      emptyLabel={t('form.unknown')}
    />
  );
  const checkbox = (name: Path<FactsFormValues>, label: string) => {
    shown.set(name, { label, show: (value) => t(value === true ? 'form.yes' : 'form.no') });
    return checkboxField(name, label);
  };
  const checkboxField = (name: Path<FactsFormValues>, label: string) => (
    <label key={name} className="choice">
      <input type="checkbox" {...register(name)} />
      {label}
    </label>
  );
  const countryOptions = countries.map(({ code, name }) => ({ value: code, label: name }));
  const languageOptions = languages.map(({ code, name }) => ({ value: code, label: name }));
  shown.set('contact.safeContactNote', { label: t('form.contact.safeContactNote'), show: asText });
  shown.set('notes', { label: t('form.notes'), show: asText });
  shown.set('languages.spoken', {
    label: t('form.languages.spoken'),
    show: (value) =>
      (Array.isArray(value) ? value : [])
        .map((code) => languageOptions.find((option) => option.value === code)?.label ?? '')
        .join(', '),
  });

  const renderFields = () => (
    <>
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
          error={noteError('contact.safeContactNote', t('form.contact.safeContactNote'))}
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
        {SITUATION_FLAGS.map((name) => checkbox(`situation.${name}`, t(`form.situation.${name}`)))}
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
        <Field label={t('form.notes')} error={noteError('notes', t('form.notes'))}>
          {(controlProps) => <textarea {...controlProps} {...register('notes')} rows={4} />}
        </Field>
      </fieldset>
    </>
  );
  const fields = renderFields();
  return (
    <section id="case-facts" className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('form.title')}</h2>
      <FactSources
        caseFile={caseFile}
        labels={new Map([...shown].map(([path, { label }]) => [path, label]))}
      />
      {draft.restored ? (
        <p role="status" className="banner banner-warning">
          {t('form.draftRestored')}
        </p>
      ) : null}
      <ConflictPanel
        ref={conflictPanel}
        conflicts={rebased.conflicts.map(({ path, ours, theirs }) => {
          const field = shown.get(path);
          return {
            key: path,
            label: field?.label ?? path,
            ours: field ? field.show(ours) : String(ours),
            theirs: field ? field.show(theirs) : String(theirs),
          };
        })}
        onChoose={rebased.choose}
      />
      {draft.failed ? (
        <p role="alert" className="banner banner-error">
          {t('form.draftFailed')}
        </p>
      ) : null}
      <form className="facts-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        {fields}
        {outcome === 'saved' || outcome === 'savedWithOthers' ? (
          <p role="status" className="banner banner-success">
            {t(outcome === 'saved' ? 'form.saved' : 'form.savedWithOthers')}
          </p>
        ) : null}
        {outcome === 'conflicts' && rebased.conflicts.length > 0 ? (
          <p role="alert" className="banner banner-error">
            {t('form.settleConflicts')}
          </p>
        ) : null}
        {outcome === 'failed' ? (
          <p role="alert" className="banner banner-error">
            {t('form.saveFailed')}
          </p>
        ) : null}
        {formState.submitCount > 0 && invalid.length > 0 ? (
          <div role="alert" className="banner banner-error">
            <p>{t('form.invalidSummary', { count: invalid.length })}</p>
            <ul>
              {invalid.map(({ name, label }) => (
                <li key={name}>
                  <button type="button" className="button-link" onClick={() => form.setFocus(name)}>
                    {label}
                  </button>
                </li>
              ))}
            </ul>
          </div>
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
