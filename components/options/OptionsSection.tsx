import { useId, type ReactNode } from 'react';

/** A titled region of the options page; the heading names it for screen readers. */
export function OptionsSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="options-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/** Result of the section's last action, announced politely and shown in place. */
export function SectionStatus({ message, error }: { message: string; error?: boolean }) {
  return (
    <p className={error ? 'section-status error-text' : 'section-status'} role="status">
      {message}
    </p>
  );
}
