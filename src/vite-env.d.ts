/** True in `npm run dev` and the e2e demo build: mocked API and fictional demo data. */
declare const __DEMO__: boolean;
