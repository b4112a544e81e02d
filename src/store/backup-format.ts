/** Marks a file (or a kept copy) as this app's: a backup of progress, or of stored values. */
export const BACKUP_FORMAT = 'apigw-flashcards-backup';
