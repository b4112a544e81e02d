import { Link, NavLink } from 'react-router-dom';
import type { Translate } from '../i18n/messages.ts';

export interface NavItem {
  readonly to: string;
  readonly label: string;
  /** The icon's name (drawn by CSS: `.nav-icon-<name>`). */
  readonly icon: 'home' | 'study' | 'compare' | 'progress' | 'settings';
  readonly end?: boolean;
}

interface AppHeaderProps {
  links: readonly NavItem[];
  homeHref: string;
  online: boolean;
  /** A study card is on screen: the navigation gives way to one link out of the session. */
  focus: boolean;
  onHelp: () => void;
  t: Translate;
}

/**
 * Brand, main navigation (a bar at the top on wide screens, a tab bar at the bottom on
 * phones), the offline indicator and the shortcut help. The indicator and help sit in their
 * own corner, so going offline moves nothing else.
 */
export function AppHeader({ links, homeHref, online, focus, onHelp, t }: AppHeaderProps) {
  return (
    <header className="app-header">
      <NavLink to={homeHref} className="brand">
        {t('app.name')}
      </NavLink>
      {focus ? (
        <Link to={homeHref} className="button small secondary focus-exit">
          {t('nav.endSession')}
        </Link>
      ) : (
        <nav aria-label={t('nav.label')} className="app-nav">
          {links.map((link) => (
            <NavLink key={link.to} to={link.to} end={link.end}>
              <span className={`nav-icon nav-icon-${link.icon}`} aria-hidden="true" />
              <span className="nav-label">{link.label}</span>
            </NavLink>
          ))}
        </nav>
      )}
      <div className="header-tools">
        {!online && (
          <p className="offline-badge" role="status">
            {t('app.offline')}
          </p>
        )}
        <button
          type="button"
          className="secondary help-button key-hint"
          onClick={onHelp}
          aria-label={t('help.title')}
          aria-keyshortcuts="?"
        >
          ?
        </button>
      </div>
    </header>
  );
}
