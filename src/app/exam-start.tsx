import { useState } from 'react';
import { EXAM_SIZES, type ExamSize, isExamSize, isSeed } from '../domain/exam-score.ts';
import { examMinutes } from '../domain/mock-exam.ts';
import { formatDuration } from '../i18n/format.ts';
import { paths } from './paths.ts';
import { useT } from './use-t.ts';

// The replay address is written and read here, with the exam's chunk: paths.ts ships with
// the first page, which has no room to spare.
/** /exam set to replay the questions of `seed` (an attempt keeps its seed). */
export function examReplayPath(seed: number, size: ExamSize): string {
  return `${paths.exam}?${new URLSearchParams({ seed: String(seed), size: String(size) })}`;
}

/** `?seed=<n>&size=<20|65>` from examReplayPath; otherwise a new draw of 20. */
export function readExamPreset(params: URLSearchParams): { seed: number | null; size: ExamSize } {
  const given = params.get('seed') ?? '';
  const seed = /^\d{1,10}$/.test(given) ? Number(given) : Number.NaN;
  const size = Number(params.get('size'));
  return { seed: isSeed(seed) ? seed : null, size: isExamSize(size) ? size : 20 };
}

interface ExamStartProps {
  /** A seed from the address (a replay), or null for a new draw. */
  seed: number | null;
  size: ExamSize;
  /** An exam this tab left under way: how far it got, and the time it has left. */
  resume: { answered: number; total: number; leftMs: number } | null;
  onResume: () => void;
  onDiscard: () => void;
  onStart: (size: ExamSize, seed: number) => void;
}

/** Resume the exam left under way (its clock ran on), or discard it. */
function ResumePanel({
  resume,
  onResume,
  onDiscard,
}: Pick<ExamStartProps, 'onResume' | 'onDiscard'> & {
  resume: NonNullable<ExamStartProps['resume']>;
}) {
  const { t, lang } = useT();
  return (
    <section className="panel exam-start" aria-labelledby="exam-title">
      <h1 id="exam-title">{t('mock.title')}</h1>
      <p>{t('mock.resumeIntro', { answered: resume.answered, total: resume.total })}</p>
      <p>
        {resume.leftMs > 0
          ? t('mock.resumeLeft', { time: formatDuration(lang, resume.leftMs) })
          : t('mock.resumeTimeUp')}
      </p>
      <div className="actions">
        <button type="button" className="primary big" onClick={onResume}>
          {t(resume.leftMs > 0 ? 'mock.resume' : 'mock.resumeScore')}
        </button>
        <button type="button" className="secondary" onClick={onDiscard}>
          {t('mock.discard')}
        </button>
      </div>
    </section>
  );
}

/** A new seed: any 32-bit number, from the platform's generator. */
function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/** What the exam is, its length (20 or 65 questions), the keys, and the start. */
export function ExamStart(props: ExamStartProps) {
  const { seed, size: preset, resume, onStart } = props;
  const { t } = useT();
  const [size, setSize] = useState<ExamSize>(preset);
  if (resume) return <ResumePanel {...props} resume={resume} />;
  return (
    <section className="panel exam-start" aria-labelledby="exam-title">
      <h1 id="exam-title">{t('mock.title')}</h1>
      <p>{t('mock.intro')}</p>
      <p>{t('mock.mix')}</p>
      <fieldset className="exam-sizes">
        <legend>{t('mock.length')}</legend>
        {EXAM_SIZES.map((n) => (
          <label key={n}>
            <input
              type="radio"
              name="exam-size"
              value={n}
              checked={size === n}
              onChange={() => setSize(n)}
            />
            <span>
              {t('mock.sizeOption', { count: n, minutes: examMinutes(n) })}
              {n === 65 && <span className="muted"> ({t('mock.fullLength')})</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <p className="muted key-hint">{t('mock.keys')}</p>
      {seed !== null && <p className="muted">{t('mock.replaying', { seed })}</p>}
      <button
        type="button"
        className="primary big"
        onClick={() => onStart(size, seed ?? newSeed())}
      >
        {t('mock.start')}
      </button>
    </section>
  );
}
