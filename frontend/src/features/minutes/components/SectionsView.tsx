import type { MinutesSection } from '../api/minutes';

/** The text as read: each section's heading, its body with the lines kept. */
export function SectionsView({ sections, headingLevel = 3 }: { sections: Pick<MinutesSection, 'heading' | 'body'>[]; headingLevel?: 2 | 3 | 4 }) {
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <ol className="minutes-sections">
      {sections.map((s, i) => (
        <li key={i} className="minutes-section">
          <H className="minutes-section__heading">{s.heading}</H>
          {s.body ? <p className="minutes-section__body">{s.body}</p> : <p className="muted">—</p>}
        </li>
      ))}
    </ol>
  );
}
