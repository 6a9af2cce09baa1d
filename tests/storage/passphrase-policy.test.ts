// @vitest-environment jsdom
// (jsdom for the app's own i18n set-up, which sets <html lang>; storage runs as in the app.)
import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/i18n';
import { PasserelleDb } from '../../src/storage/db';
import {
  MIN_PASSPHRASE_LENGTH,
  checkNewPassphrase,
  loadPassphraseChecker,
  type PassphraseChecker,
} from '../../src/storage/passphrase-policy';
import { newPassphraseSchema } from '../../src/queries/passphrase-resolver';
import {
  changePassphrase,
  createVault,
  exportBackup,
  getVaultState,
  lock,
  openStorage,
  unlock,
  unlockWithKey,
} from '../../src/storage/storage';
import { WeakPassphraseError } from '../../src/storage/vault';
import { freshDatabaseName, randomDataKey } from '../setup/storage';

let checker: PassphraseChecker;
let i18n: I18n;

beforeAll(async () => {
  // The estimator and its dictionaries are loaded once per test file, as once per page in the app.
  checker = await loadPassphraseChecker();
  i18n = await initI18n('fr');
  await i18n.loadLanguages(['en', 'nl']);
}, 60_000);

/** What the form shows under the field when it refuses the passphrase, in `language`. */
function refusal(passphrase: string, language: 'fr' | 'en' | 'nl'): string | undefined {
  const message = checkNewPassphrase(checker, { passphrase, confirmation: passphrase }).passphrase;
  if (!message) return undefined;
  // As useValidationMessage does: schemas carry keys, translated when shown (a key made at run time;
  // a missing one would come back as the key itself, and the texts compared here would differ).
  const t = i18n.getFixedT(language, 'validation') as (key: string) => string;
  return t(message.replace(/^validation\./, ''));
}

/** The advice the strength meter lists as the passphrase is typed, in `language`. */
function advice(passphrase: string, language: 'fr' | 'en' | 'nl'): string[] {
  const t = i18n.getFixedT(language, 'vault');
  return checker.assess(passphrase).problems.map((problem) => t(`strength.problems.${problem}`));
}

describe('the passphrase policy', () => {
  it('refuses password1234 as one of the most used passwords, saying so in every language', () => {
    expect(refusal('password1234', 'fr')).toBe(
      'Cette phrase secrète est trop faible : elle contient l’un des mots de passe les plus utilisés, que l’on essaie en premier.',
    );
    expect(refusal('password1234', 'en')).toBe(
      'This passphrase is too weak: it contains one of the most used passwords, which are tried first.',
    );
    expect(refusal('password1234', 'nl')).toBe(
      'Deze wachtzin is te zwak: hij bevat een van de meest gebruikte wachtwoorden, die als eerste worden geprobeerd.',
    );
  });

  it('refuses motdepasse2024, naming the common password and the year', () => {
    expect(refusal('motdepasse2024', 'fr')).toBe(
      'Cette phrase secrète est trop faible : elle contient l’un des mots de passe les plus utilisés, que l’on essaie en premier.',
    );
    expect(advice('motdepasse2024', 'fr')).toEqual([
      'Contient l’un des mots de passe les plus utilisés : on les essaie en premier.',
      'Les dates et les années se devinent facilement.',
    ]);
    expect(advice('motdepasse2024', 'en')).toEqual([
      'Contains one of the most used passwords: they are tried first.',
      'Dates and years are easy to guess.',
    ]);
  });

  it('refuses wachtwoord123: a Dutch word and a sequence', () => {
    expect(refusal('wachtwoord123', 'nl')).toBe(
      'Deze wachtzin is te zwak: een paar gewone woorden zijn snel geraden. Voeg er meer toe, die niets met elkaar te maken hebben.',
    );
    expect(advice('wachtwoord123', 'fr')).toEqual([
      'Quelques mots courants se devinent vite : ajoutez-en d’autres, sans lien entre eux.',
      'Les suites comme «\u00a0abcd\u00a0» ou «\u00a01234\u00a0» se devinent facilement.',
    ]);
  });

  it.each([
    ['azertyuiop12', 'Les suites de touches comme «\u00a0azerty\u00a0» se devinent facilement.'],
    [
      'aaaaaaaaaaaaaa',
      'Les répétitions comme «\u00a0aaa\u00a0» ou «\u00a0abcabc\u00a0» se devinent facilement.',
    ],
    [
      'lundi-mardi-mercredi',
      'Les suites comme «\u00a0abcd\u00a0» ou «\u00a01234\u00a0» se devinent facilement.',
    ],
    ['01/02/1990abcd', 'Les dates et les années se devinent facilement.'],
  ])('refuses %s and says why: %s', (passphrase, reason) => {
    expect(refusal(passphrase, 'fr')).toMatch(/^Cette phrase secrète est trop faible : /);
    expect(advice(passphrase, 'fr')).toContain(reason);
  });

  it('penalises the words of this app and of its associations', () => {
    expect(advice('passerelle2026!', 'fr')).toContain(
      'Évitez le nom de l’application ou de l’association : on les essaie en premier.',
    );
    expect(checker.assess('Payoke-Antwerpen').acceptable).toBe(false);
  });

  it(`refuses anything under ${MIN_PASSPHRASE_LENGTH} characters, however random`, () => {
    const assessment = checker.assess('Xq7#vR9!kL2');
    expect(assessment.acceptable).toBe(false);
    expect(assessment.problems[0]).toBe('too-short');
    expect(refusal('Xq7#vR9!kL2', 'fr')).toBe(
      'Cette phrase secrète est trop faible : elle doit compter au moins 12 caractères.',
    );
  });

  it.each([
    'cheval-agrafe-pluie-violet',
    'demo-passerelle-2026', // the demo vault's, printed on the demo's unlock screen
    'correct horse battery staple',
    'marée-haute-sur-la-digue-7',
    'cheval-batterie-agrafe-2026',
    'sauvegarde-du-mardi-soir-42',
    'lanterne-violon-cactus-brume-83',
  ])('accepts a passphrase of unrelated words: %s', (passphrase) => {
    expect(checker.assess(passphrase)).toEqual({ strength: 4, acceptable: true, problems: [] });
    expect(refusal(passphrase, 'fr')).toBeUndefined();
  });

  it('never shows the top strength beside a refusal', () => {
    for (const passphrase of ['Motdepasse2024!', 'Xq7#vR9!kL2', 'Payoke-Antwerpen'])
      expect(checker.assess(passphrase).strength).toBeLessThan(4);
  });

  it('asks for the same passphrase twice', () => {
    const typedTwice = {
      passphrase: 'cheval-agrafe-pluie-violet',
      confirmation: 'cheval-agrafe-pluie-violé',
    };
    expect(checkNewPassphrase(checker, typedTwice)).toEqual({
      confirmation: 'validation.passphrase.mismatch',
    });
    // The Settings forms' schema says the same, on the same field.
    const result = newPassphraseSchema(checker).safeParse(typedTwice);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['confirmation'], 'validation.passphrase.mismatch'],
    ]);
  });
});

describe('storage refuses a weak passphrase, whoever calls it', () => {
  it('sets up no vault with password1234', async () => {
    const name = freshDatabaseName();
    await openStorage({ name });
    await expect(createVault('password1234')).rejects.toThrow(WeakPassphraseError);
    expect(await getVaultState()).toBe('absent');
    const db = new PasserelleDb(name);
    await db.open();
    expect(await db.vault.count()).toBe(0);
    db.close();
  });

  it('keeps the old passphrase when the new one is motdepasse2024', async () => {
    await openStorage({ name: freshDatabaseName() });
    await createVault('cheval-batterie-agrafe-2026');
    await expect(changePassphrase('cheval-batterie-agrafe-2026', 'motdepasse2024')).rejects.toThrow(
      WeakPassphraseError,
    );
    lock();
    await unlock('cheval-batterie-agrafe-2026');
    expect(await getVaultState()).toBe('unlocked');
  }, 60_000);

  it('writes no backup file under wachtwoord123', async () => {
    await openStorage({ name: freshDatabaseName() });
    await unlockWithKey(await randomDataKey());
    await expect(exportBackup('wachtwoord123')).rejects.toThrow(WeakPassphraseError);
  });
});
