/** Shown for the moment a page's code loads (first visit only; later it is cached). */
export function RouteLoading() {
  return (
    <p className="route-loading" role="status">
      <span className="visually-hidden">Loading…</span>
    </p>
  );
}
