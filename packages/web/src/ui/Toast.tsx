import type { ReactNode } from "react";

interface ToastProps {
  readonly children: ReactNode;
  /** A button that reverses what the toast reports, such as Undo. */
  readonly action?: { readonly label: string; readonly run: () => void; readonly busy?: boolean } | undefined;
  readonly dismiss: () => void;
}

/** A message at the bottom of the page about something that just happened, with an optional action. */
export function Toast({ children, action, dismiss }: ToastProps) {
  return (
    <div className="toast" role="status">
      <span className="toast-text">{children}</span>
      {action !== undefined && (
        <button
          type="button"
          className="btn btn-small btn-primary"
          disabled={action.busy}
          onClick={action.run}
        >
          {action.label}
        </button>
      )}
      <button type="button" className="btn btn-small" onClick={dismiss} aria-label="Dismiss">
        ✕
      </button>
    </div>
  );
}
