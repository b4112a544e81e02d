import type { Translate } from '../i18n/messages.ts';

const FIVE_MINUTES = 5 * 60_000;

/** "28:41", or "2:09:59" from an hour up: whole seconds, rounded up (0:00 only at the end). */
function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

interface ExamTimerProps {
  leftMs: number;
  t: Translate;
}

/**
 * The countdown. A timer is not announced each second; a status says once when less than
 * five minutes are left.
 */
export function ExamTimer({ leftMs, t }: ExamTimerProps) {
  const low = leftMs < FIVE_MINUTES;
  return (
    <>
      <p className={`exam-timer${low ? ' low' : ''}`} role="timer" aria-label={t('mock.timeLeft')}>
        <span className="exam-timer-label" aria-hidden="true">
          {t('mock.timeLeft')}{' '}
        </span>
        <strong>{formatCountdown(leftMs)}</strong>
      </p>
      <p className="visually-hidden" role="status">
        {low ? t('mock.fiveMinutes') : ''}
      </p>
    </>
  );
}
