import { Navigate, createBrowserRouter } from 'react-router';
import { AppealSheetPage } from '../features/application/appeal-sheet-page';
import { ApplicationPage } from '../features/application/application-page';
import { DossierPage } from '../features/application/dossier-page';
import { CaseExportPage } from '../features/cases/case-export-page';
import { CaseListPage } from '../features/cases/case-list-page';
import { CasePage } from '../features/cases/case-page';
import { CreateCasePage } from '../features/cases/create-case-page';
import { DeadlinesPage } from '../features/deadlines/deadlines-page';
import { DocumentsSection } from '../features/documents/documents-section';
import { DocumentsToBringPage } from '../features/documents/documents-to-bring-page';
import { SettingsPage } from '../features/settings/settings-page';
import { Layout, type LayoutProps } from './layout';
import { RouteError } from './route-error';

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
            { path: 'cases', element: <CaseListPage /> },
            { path: 'cases/new', element: <CreateCasePage /> },
            {
              path: 'cases/:caseId',
              element: (
                <CasePage renderSections={(caseFile) => <DocumentsSection caseFile={caseFile} />} />
              ),
            },
            { path: 'cases/:caseId/application', element: <ApplicationPage /> },
            { path: 'cases/:caseId/dossier', element: <DossierPage /> },
            { path: 'cases/:caseId/appeal', element: <AppealSheetPage /> },
            { path: 'cases/:caseId/export', element: <CaseExportPage /> },
            { path: 'cases/:caseId/documents-to-bring', element: <DocumentsToBringPage /> },
            { path: 'deadlines', element: <DeadlinesPage /> },
            { path: 'settings', element: <SettingsPage /> },
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
