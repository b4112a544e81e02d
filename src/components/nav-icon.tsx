/** The navigation's icons: 24-px line drawings in the text colour, hidden from screen readers. */
export type NavIconName = 'home' | 'study' | 'compare' | 'progress' | 'settings';

const PATHS: Record<NavIconName, string> = {
  home: 'M3 11.5 12 4l9 7.5M5.5 9.5V20h5v-6h3v6h5V9.5',
  study:
    'M7 4h12a1 1 0 0 1 1 1v12M4 7h12a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1Z',
  compare: 'M4 4h16v16H4zM9.5 4v16M14.5 4v16M4 9h16',
  progress: 'M4 20h16M7 16v-5M12 16V6M17 16v-8',
  settings: 'M4 7h9M17 7h3M4 17h3M11 17h9M15 5v4M9 15v4',
};

export function NavIcon({ name }: { name: NavIconName }) {
  return (
    <svg
      className="nav-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
