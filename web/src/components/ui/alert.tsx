import type { ReactNode } from 'react';

interface AlertProps {
  /** error: announced at once (role=alert); success / info: polite status. */
  tone?: 'error' | 'success' | 'info';
  children: ReactNode;
  details?: readonly string[];
}

export function Alert({ tone = 'error', children, details }: AlertProps) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`alert alert--${tone}`}>
      <p className="alert__message">{children}</p>
      {details && details.length > 0 ? (
        <ul className="alert__details">
          {details.map((detail, index) => (
            <li key={`${String(index)}-${detail}`}>{detail}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
