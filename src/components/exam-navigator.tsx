import type { Translate } from '../i18n/messages.ts';

export interface NavigatorItem {
  readonly answered: boolean;
  readonly flagged: boolean;
}

interface ExamNavigatorProps {
  items: readonly NavigatorItem[];
  current: number;
  onGo: (index: number) => void;
  t: Translate;
}

/**
 * A button per question, saying in words (and by fill and a flag) whether it is answered
 * or flagged; the current one is marked as the current step.
 */
export function ExamNavigator({ items, current, onGo, t }: ExamNavigatorProps) {
  return (
    <nav className="exam-nav" aria-labelledby="exam-nav-title">
      <h2 id="exam-nav-title" className="exam-nav-title">
        {t('mock.navigator')}
      </h2>
      <p className="muted">{t('mock.navHelp')}</p>
      <ol>
        {items.map((item, i) => {
          const state = [
            item.answered ? t('mock.navAnswered') : t('mock.navUnanswered'),
            ...(item.flagged ? [t('mock.navFlagged')] : []),
          ].join(', ');
          const classes = ['exam-nav-item'];
          if (item.answered) classes.push('answered');
          if (item.flagged) classes.push('flagged');
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: questions keep their places.
            <li key={i}>
              <button
                type="button"
                className={classes.join(' ')}
                // The number first, as shown, then its state in words.
                aria-label={`${i + 1}, ${state}`}
                aria-current={i === current ? 'step' : undefined}
                onClick={() => onGo(i)}
              >
                {i + 1}
                {item.flagged && <span aria-hidden="true">⚑</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
