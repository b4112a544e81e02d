import type { Translate } from '../i18n/messages.ts';
import type { ImportError, Problem } from '../store/backup.ts';

/** Where in the file a problem is and what is wrong there, in the learner's terms. */
function problemText(problem: Problem, t: Translate): string {
  const subject =
    problem.where === 'review'
      ? t('backup.subject.review', { item: problem.item ?? '' })
      : problem.where === 'card'
        ? t('backup.subject.card', { item: problem.item ?? '' })
        : problem.where === 'undone'
          ? t('backup.subject.undone')
          : problem.where === 'attempt'
            ? t('backup.subject.attempt', { item: problem.item ?? '' })
            : t('backup.subject.file');
  return t(`backup.problem.${problem.field}`, { subject });
}

/** Why a file cannot be imported, as one sentence. */
export function errorText(error: ImportError, t: Translate): string {
  switch (error.code) {
    case 'too-large':
      return t('backup.error.tooLarge', { mb: (error.bytes / 1024 / 1024).toFixed(1) });
    case 'not-json':
      return t('backup.error.notJson');
    case 'forbidden-key':
      return t('backup.error.forbiddenKey', { key: error.key });
    case 'not-backup':
      return t('backup.error.notBackup');
    case 'future-version':
      return t('backup.error.futureVersion', { version: error.version });
    case 'unknown-version':
      return t('backup.error.unknownVersion', { version: error.version });
    case 'invalid':
      return problemText(error.problem, t);
    case 'counts':
      return t('backup.error.counts', { stated: error.stated, found: error.found });
    case 'nothing':
      return t('backup.error.nothing');
  }
}
