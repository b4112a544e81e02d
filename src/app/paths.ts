/** Every in-app link comes from here. */
export const paths = {
  home: '/',
  study: '/study',
  studyWeak: '/study/weak',
  compare: '/compare',
  progress: '/progress',
  settings: '/settings',
  /** The mock exam (issue #14); its replay address is in exam-start.tsx, off the first page. */
  exam: '/exam',
  /** A session over the cards of these comparison rows. */
  studyRows: (rowIds: readonly string[]) =>
    `/study?${new URLSearchParams(rowIds.map((id) => ['row', id])).toString()}`,
  /** A session over exactly these cards (e.g. the questions missed in a mock exam). */
  studyCards: (cardIds: readonly string[]) =>
    `/study?${new URLSearchParams(cardIds.map((id) => ['card', id])).toString()}`,
  /** Review ahead: the cards due in the next `days` days, as practice. */
  studyAhead: (days: number) => `/study?ahead=${days}`,
  /** A custom session over the cards of one API type. */
  studyType: (type: string) => `/study?type=${encodeURIComponent(type)}`,
  /** A custom session over the cards of one feature group. */
  studyGroup: (group: string) => `/study?group=${encodeURIComponent(group)}`,
  /** The compare table, scrolled to one row. */
  compareRow: (rowId: string) => `/compare#${encodeURIComponent(rowId)}`,
} as const;
