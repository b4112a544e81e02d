/** Every in-app link comes from here. */
export const paths = {
  home: '/',
  study: '/study',
} as const;
