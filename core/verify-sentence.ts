// The one sentence that says what verify found about a PDF, in either language: the CLI prints it and the app's
// verify page shows it, from this one place.
import { shortCode } from './fingerprint';
import { translator } from './i18n';
import type { Language } from './model';
import type { VerifyAnswer } from './verify-answer';

/** The answer in one sentence; `where`: how the unknown case tells the user to search elsewhere. */
export function verifySentence(answer: VerifyAnswer, language: Language, where: 'cli' | 'app' = 'app'): string {
  const t = translator(language, 'signoff');
  const code = shortCode(answer.found.padEnd(16, '0'));
  if (answer.status === 'unknown' || !answer.printed) {
    return t(where === 'cli' ? 'cli.verifyUnknown' : 'verify.unknown', { code, dataDir: answer.dataDir });
  }
  const title = answer.title ?? '';
  const version = answer.version ?? '';
  const which = answer.slip
    ? t(answer.version ? 'verify.slipOf' : 'verify.slipOfDraft', { version })
    : answer.publicCopy
      ? t(answer.version ? 'verify.publicOf' : 'verify.publicOfDraft', { version })
      : answer.status === 'draft'
        ? t('verify.draft')
        : t('verify.version', { version, kind: t(`kind.${answer.kind ?? 'signed-off'}`) });
  const printed = answer.printed;
  if (!printed.identical) {
    const difference =
      printed.page === null
        ? t(`verify.differs.${printed.what}`)
        : t('verify.onPage', { page: printed.page, what: t(`verify.differs.${printed.what}`) });
    return t('verify.notAsPrinted', { title, which, code, difference });
  }
  if (answer.status === 'signed-off') return t('verify.asPrinted', { title, which, code });
  return t(answer.status === 'older' ? 'verify.asPrintedOlder' : 'verify.asPrintedDraft', { title, which, code });
}
