/**
 * `npm run interviews:report`: for each interview script, how complete each of the sixteen
 * languages is — texts by status (source, reviewed, draft), missing (read from the fallback order),
 * and ids the script no longer knows. Reads the files on disk, as a translator leaves them.
 */
import {
  INTERVIEW_LANGUAGES,
  INTERVIEW_LANGUAGE_INFO,
  INTERVIEW_SCRIPTS,
  countTexts,
} from '../../src/domain/index';
import { readTextsFiles } from '../domain/interviews/read-texts-files';

const COLUMNS = [
  'language',
  'expected',
  'source',
  'reviewed',
  'draft',
  'missing',
  'unknown',
  'falls back to',
];

for (const [scriptId, versions] of Object.entries(INTERVIEW_SCRIPTS)) {
  const script = versions.at(-1);
  if (script === undefined) continue;
  const texts = readTextsFiles(scriptId);
  const rows = INTERVIEW_LANGUAGES.map((language) => {
    const counts = countTexts(script, texts, language);
    const info = INTERVIEW_LANGUAGE_INFO[language];
    return [
      `${language} ${info.endonym}${texts[language] === undefined ? ' (no file)' : ''}`,
      counts.expected,
      counts.source,
      counts.reviewed,
      counts.draft,
      counts.missing,
      counts.unknownIds.length,
      info.fallback.join(' → '),
    ].map(String);
  });
  const widths = COLUMNS.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(
    `\nInterview script "${scriptId}" v${script.version} (published ${script.publishedOn})\n`,
  );
  console.log(line(COLUMNS));
  for (const row of rows) console.log(line(row));
  const stray = INTERVIEW_LANGUAGES.flatMap((language) =>
    countTexts(script, texts, language).unknownIds.map((id) => `${language}: ${id}`),
  );
  if (stray.length > 0) console.log(`\nIds the script does not know:\n  ${stray.join('\n  ')}`);
}
