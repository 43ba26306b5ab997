/**
 * Announces action results to screen readers; the visible UI shows the same outcome in place.
 * The element stays mounted so assistive technology notices changes to its text.
 */
export function LiveRegion({ message }: { message: string }) {
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}
