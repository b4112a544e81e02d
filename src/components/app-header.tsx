import { NavLink } from 'react-router-dom';
import type { Translate } from '../i18n/messages';

interface AppHeaderProps {
  links: readonly { to: string; label: string; end?: boolean }[];
  homeHref: string;
  online: boolean;
  onHelp: () => void;
  t: Translate;
}

/** Brand, main navigation and the offline indicator. */
export function AppHeader({ links, homeHref, online, onHelp, t }: AppHeaderProps) {
  return (
    <header className="app-header">
      <NavLink to={homeHref} className="brand">
        {t('app.name')}
      </NavLink>
      <nav aria-label={t('nav.label')}>
        {links.map((link) => (
          <NavLink key={link.to} to={link.to} end={link.end}>
            {link.label}
          </NavLink>
        ))}
      </nav>
      <button
        type="button"
        className="secondary help-button"
        onClick={onHelp}
        aria-label={t('help.title')}
        aria-keyshortcuts="?"
      >
        ?
      </button>
      {!online && (
        <p className="offline-badge" role="status">
          {t('app.offline')}
        </p>
      )}
    </header>
  );
}
