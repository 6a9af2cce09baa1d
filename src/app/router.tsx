import { Navigate, createBrowserRouter } from 'react-router';
import { Layout, type LayoutProps } from './layout';
import { RouteError } from './route-error';

/**
 * Each page is its own chunk, loaded when first visited (and precached by the production build's
 * shell worker): the first screen pays for the shell and the unlock screen only.
 */
const page = {
  caseList: async () => ({
    Component: (await import('../features/cases/case-list-page')).CaseListPage,
  }),
  createCase: async () => ({
    Component: (await import('../features/cases/create-case-page')).CreateCasePage,
  }),
  case: async () => {
    const [{ CasePage }, { DocumentsSection }] = await Promise.all([
      import('../features/cases/case-page'),
      import('../features/documents/documents-section'),
    ]);
    return {
      Component: () => (
        <CasePage renderSections={(caseFile) => <DocumentsSection caseFile={caseFile} />} />
      ),
    };
  },
  application: async () => ({
    Component: (await import('../features/application/application-page')).ApplicationPage,
  }),
  dossier: async () => ({
    Component: (await import('../features/application/dossier-page')).DossierPage,
  }),
  appeal: async () => ({
    Component: (await import('../features/application/appeal-sheet-page')).AppealSheetPage,
  }),
  export: async () => ({
    Component: (await import('../features/cases/case-export-page')).CaseExportPage,
  }),
  documentsToBring: async () => ({
    Component: (await import('../features/documents/documents-to-bring-page')).DocumentsToBringPage,
  }),
  deadlines: async () => ({
    Component: (await import('../features/deadlines/deadlines-page')).DeadlinesPage,
  }),
  settings: async () => ({
    Component: (await import('../features/settings/settings-page')).SettingsPage,
  }),
};

/** Routes carry ids only: never a name, a pseudonym or any other personal data. */
export function buildRoutes(options: LayoutProps = {}) {
  return [
    {
      element: <Layout {...options} />,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <Navigate to="/cases" replace /> },
            { path: 'cases', lazy: page.caseList },
            { path: 'cases/new', lazy: page.createCase },
            { path: 'cases/:caseId', lazy: page.case },
            { path: 'cases/:caseId/application', lazy: page.application },
            { path: 'cases/:caseId/dossier', lazy: page.dossier },
            { path: 'cases/:caseId/appeal', lazy: page.appeal },
            { path: 'cases/:caseId/export', lazy: page.export },
            { path: 'cases/:caseId/documents-to-bring', lazy: page.documentsToBring },
            { path: 'deadlines', lazy: page.deadlines },
            { path: 'settings', lazy: page.settings },
            { path: '*', element: <RouteError /> },
          ],
        },
      ],
    },
  ];
}

export function createRouter(options: LayoutProps = {}) {
  return createBrowserRouter(buildRoutes(options));
}
