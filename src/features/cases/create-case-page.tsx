import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { NewCaseFileSchema, PATHWAYS, type NewCaseFile } from '../../domain';
import { Field } from '../../ui/field';
import { PageTitle } from '../../ui/page-title';
import { useValidationMessage } from '../../i18n/use-validation-message';
import { useCreateCase } from '../../queries/case-queries';

export function CreateCasePage() {
  const { t } = useTranslation(['cases', 'common']);
  const translateError = useValidationMessage();
  const navigate = useNavigate();
  const createCase = useCreateCase();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<NewCaseFile>({
    resolver: zodResolver(NewCaseFileSchema),
    defaultValues: { label: '', pathway: 'fr-trafficking' },
  });

  const onSubmit = handleSubmit(async (values) => {
    const created = await createCase.mutateAsync(values);
    await navigate(`/cases/${created.id}`);
  });

  return (
    <section>
      <PageTitle appName={t('common:appName')}>{t('create.title')}</PageTitle>
      <p>{t('create.intro')}</p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
        <Field
          label={t('create.label')}
          hint={t('create.labelHint')}
          error={translateError(errors.label?.message)}
        >
          {(control) => (
            <input {...control} {...register('label')} type="text" autoComplete="off" />
          )}
        </Field>
        <fieldset className="field">
          <legend>{t('create.pathway')}</legend>
          {PATHWAYS.map((pathway) => (
            <label key={pathway} className="choice">
              <input type="radio" value={pathway} {...register('pathway')} />
              {t(`common:pathway.${pathway}`)}
            </label>
          ))}
        </fieldset>
        {createCase.isError ? (
          <p role="alert" className="banner banner-error">
            {t('create.saveFailed')}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('create.submit')}
          </button>
          <Link to="/cases" className="button">
            {t('create.cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}
