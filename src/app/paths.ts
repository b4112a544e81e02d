/** Every in-app link comes from here. */
export const paths = {
  home: '/',
  study: '/study',
  studyWeak: '/study/weak',
  compare: '/compare',
  progress: '/progress',
  settings: '/settings',
  /** A session over the cards of these comparison rows. */
  studyRows: (rowIds: readonly string[]) =>
    `/study?${new URLSearchParams(rowIds.map((id) => ['row', id])).toString()}`,
  /** The compare table, scrolled to one row. */
  compareRow: (rowId: string) => `/compare#${encodeURIComponent(rowId)}`,
} as const;
