// Keys are typed from the French reference files: a missing key is a type error.
import type application from '../../locales/fr/application.json';
import type assessment from '../../locales/fr/assessment.json';
import type cases from '../../locales/fr/cases.json';
import type common from '../../locales/fr/common.json';
import type deadlines from '../../locales/fr/deadlines.json';
import type documents from '../../locales/fr/documents.json';
import type interviews from '../../locales/fr/interviews.json';
import type settings from '../../locales/fr/settings.json';
import type validation from '../../locales/fr/validation.json';
import type vault from '../../locales/fr/vault.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      cases: typeof cases;
      deadlines: typeof deadlines;
      settings: typeof settings;
      validation: typeof validation;
      vault: typeof vault;
      assessment: typeof assessment;
      documents: typeof documents;
      application: typeof application;
      interviews: typeof interviews;
    };
  }
}
