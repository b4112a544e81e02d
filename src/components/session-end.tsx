import type { ReactNode } from 'react';

interface SessionEndProps {
  title: string;
  lines: readonly string[];
  children?: ReactNode;
}

/** The end-of-queue panel: done for today, or waiting for a learning card. */
export function SessionEnd({ title, lines, children }: SessionEndProps) {
  return (
    <section className="panel session-end" aria-labelledby="session-end-title">
      <h2 id="session-end-title" tabIndex={-1}>
        {title}
      </h2>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {children}
    </section>
  );
}
