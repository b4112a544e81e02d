import type { Translate } from '../i18n/messages.ts';
import type { UpdateState } from '../store/app-store.ts';

interface UpdatePromptProps {
  state: Exclude<UpdateState, 'none'>;
  onReload: () => void;
  t: Translate;
}

/** A non-blocking bar: a new version is ready; the learner reloads when it suits them. */
export function UpdatePrompt({ state, onReload, t }: UpdatePromptProps) {
  return (
    <div className="update-prompt" role="status">
      <span>{state === 'ready' ? t('update.ready') : t('update.applied')}</span>
      <button type="button" className="primary" onClick={onReload}>
        {t('update.reload')}
      </button>
    </div>
  );
}
