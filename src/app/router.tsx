import { lazy } from 'react';
import { Navigate, createBrowserRouter } from 'react-router';
import { lazyNamed } from '../ui/lazy-named';
import type { DemoColleagueControl } from '../features/settings/demo-colleague-switch';
import { Layout, type LayoutProps } from './layout';
import { RouteError } from './route-error';

/**
 * Each page is its own chunk, loaded when first shown (and precached by the production build's
 * shell worker). As React.lazy components, not the router's `lazy`: the router would load the
 * page of the address before its first render, and the unlock screen would wait for the case
 * list and the rules. The pages render only once the vault is unlocked (VaultGate), so their
 * chunks load then.
 */
const page = {
  caseList: lazyNamed(() => import('../features/cases/case-list-page'), 'CaseListPage'),
  createCase: lazyNamed(() => import('../features/cases/create-case-page'), 'CreateCasePage'),
  case: lazy(async () => {
    const [{ CasePage }, { DocumentsSection }, { InterviewsSection }] = await Promise.all([
      import('../features/cases/case-page'),
      import('../features/documents/documents-section'),
      import('../features/interviews/interviews-section'),
    ]);
    return {
      default: function CaseRoute() {
        return (
          <CasePage
            renderSections={(caseFile) => (
              <>
                <DocumentsSection caseFile={caseFile} />
                <InterviewsSection caseId={caseFile.id} />
              </>
            )}
          />
        );
      },
    };
  }),
  application: lazyNamed(
    () => import('../features/application/application-page'),
    'ApplicationPage',
  ),
  dossier: lazyNamed(() => import('../features/application/dossier-page'), 'DossierPage'),
  appeal: lazyNamed(() => import('../features/application/appeal-sheet-page'), 'AppealSheetPage'),
  export: lazyNamed(() => import('../features/cases/case-export-page'), 'CaseExportPage'),
  interview: lazyNamed(() => import('../features/interviews/interview-page'), 'InterviewPage'),
  interviewTranscript: lazyNamed(
    () => import('../features/interviews/transcript-page'),
    'InterviewTranscriptPage',
  ),
  interviewPersonCopy: lazyNamed(
    () => import('../features/interviews/transcript-page'),
    'InterviewPersonCopyPage',
  ),
  documentsToBring: lazyNamed(
    () => import('../features/documents/documents-to-bring-page'),
    'DocumentsToBringPage',
  ),
  deadlines: lazyNamed(() => import('../features/deadlines/deadlines-page'), 'DeadlinesPage'),
  settings: lazyNamed(() => import('../features/settings/settings-page'), 'SettingsPage'),
};

export interface RouterOptions extends LayoutProps {
  /** The demo's fictional colleague (decision 019), switched on in Settings; the demo only. */
  demoColleague?: DemoColleagueControl | undefined;
}

/** Routes carry ids only: never a name, a pseudonym or any other personal data. */
export function buildRoutes({ demoColleague, ...options }: RouterOptions = {}) {
  return [
    {
      element: <Layout {...options} />,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <Navigate to="/cases" replace /> },
            { path: 'cases', Component: page.caseList },
            { path: 'cases/new', Component: page.createCase },
            { path: 'cases/:caseId', Component: page.case },
            { path: 'cases/:caseId/application', Component: page.application },
            { path: 'cases/:caseId/dossier', Component: page.dossier },
            { path: 'cases/:caseId/appeal', Component: page.appeal },
            { path: 'cases/:caseId/export', Component: page.export },
            { path: 'cases/:caseId/documents-to-bring', Component: page.documentsToBring },
            { path: 'cases/:caseId/interviews/:interviewId', Component: page.interview },
            {
              path: 'cases/:caseId/interviews/:interviewId/transcript',
              Component: page.interviewTranscript,
            },
            {
              path: 'cases/:caseId/interviews/:interviewId/transcript/person',
              Component: page.interviewPersonCopy,
            },
            { path: 'deadlines', Component: page.deadlines },
            { path: 'settings', element: <page.settings demoColleague={demoColleague} /> },
            { path: '*', element: <RouteError /> },
          ],
        },
      ],
    },
  ];
}

export function createRouter(options: RouterOptions = {}) {
  return createBrowserRouter(buildRoutes(options));
}
