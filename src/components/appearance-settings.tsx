import type { Lang, Translate } from '../i18n/messages.ts';

type Theme = 'system' | 'light' | 'dark';

interface AppearanceSettingsProps {
  /** The chosen language; null follows the browser. */
  lang: Lang | null;
  theme: Theme;
  onChange: (patch: { lang?: Lang | null; theme?: Theme }) => void;
  t: Translate;
}

/** Settings → language and colour theme. */
export function AppearanceSettings({ lang, theme, onChange, t }: AppearanceSettingsProps) {
  return (
    <>
      <div className="field">
        <label htmlFor="language">{t('settings.language')}</label>
        <select
          id="language"
          value={lang ?? 'auto'}
          onChange={(e) => {
            const v = e.target.value;
            onChange({ lang: v === 'ko' || v === 'en' ? v : null });
          }}
        >
          <option value="auto">{t('settings.languageAuto')}</option>
          <option value="ko">한국어</option>
          <option value="en">English</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="theme">{t('settings.theme')}</label>
        <select
          id="theme"
          value={theme}
          onChange={(e) => {
            const v = e.target.value;
            onChange({ theme: v === 'light' || v === 'dark' ? v : 'system' });
          }}
        >
          <option value="system">{t('settings.themeSystem')}</option>
          <option value="light">{t('settings.themeLight')}</option>
          <option value="dark">{t('settings.themeDark')}</option>
        </select>
      </div>
    </>
  );
}
