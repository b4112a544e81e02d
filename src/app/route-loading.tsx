/** Shown for the moment a page's code loads (first visit only; later it is cached). */
export function RouteLoading({ label }: { label: string }) {
  return (
    <p className="route-loading" role="status">
      <span className="visually-hidden">{label}</span>
    </p>
  );
}
