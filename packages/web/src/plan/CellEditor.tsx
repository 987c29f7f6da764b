import { type KeyboardEvent, useId, useRef, useState } from "react";

export interface EndKey {
  readonly key: "Enter" | "Tab" | "blur";
  readonly shift: boolean;
}

interface CellEditorProps {
  readonly label: string;
  readonly initial: string;
  /** Whether the text was typed over the cell (keep the caret at its end) or opened with Enter/F2 (select it). */
  readonly typedOver: boolean;
  /** A message to open with: the server refused this text after the editor had closed. */
  readonly error?: string | undefined;
  /** Saves the text; resolves with a message when it was refused, which stays in place under the cell. */
  readonly save: (text: string) => Promise<string | undefined>;
  /** Called after a save (with the key that ended it; "blur" when focus left) or on Escape (no key). */
  readonly done: (key?: EndKey) => void;
  /** A box of several lines over the cell (notes): Shift+Enter starts a new line, Enter still saves. */
  readonly multiline?: boolean;
}

/** How long a save may take before the box shows it is busy. */
const SLOW_SAVE_MS = 200;

/** The text box that replaces a task table cell while it is edited. */
export function CellEditor(props: CellEditorProps) {
  const { label, initial, typedOver, save, done, multiline = false } = props;
  const [text, setText] = useState(initial);
  const [error, setError] = useState(props.error);
  const [saving, setSaving] = useState(false);
  // Refs, not state: a blur can arrive in the same tick as the Enter that started a save, or after Escape.
  const busy = useRef(false);
  const finished = useRef(false);
  const errorId = useId();
  const hintId = useId();

  async function commit(key: EndKey) {
    if (busy.current || finished.current) return;
    busy.current = true;
    // Most saves close the editor at once: only a slow one shows the box as busy (drawing it costs a frame).
    const slow = setTimeout(() => setSaving(true), SLOW_SAVE_MS);
    const refused = await save(text);
    clearTimeout(slow);
    busy.current = false;
    setSaving(false);
    if (refused === undefined) {
      finished.current = true;
      done(key);
    } else setError(refused);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    // The table's own keys (arrows, Delete, Insert…) must not act while a cell is being typed in.
    event.stopPropagation();
    if (event.key === "Escape") {
      event.preventDefault();
      finished.current = true;
      done();
    } else if (multiline && event.key === "Enter" && event.shiftKey) {
      // A new line in the notes, as the textarea does by itself.
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      void commit({ key: event.key, shift: event.shiftKey });
    }
  }

  const field = {
    "aria-label": label,
    "aria-invalid": error !== undefined,
    "aria-describedby":
      [error === undefined ? "" : errorId, multiline ? hintId : ""].join(" ").trim() || undefined,
    value: text,
    readOnly: saving,
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      typedOver ? e.currentTarget.setSelectionRange(text.length, text.length) : e.currentTarget.select(),
    onChange: (e: { target: HTMLInputElement | HTMLTextAreaElement }) => {
      setText(e.target.value);
      setError(undefined);
    },
    onKeyDown,
    onBlur: () => void commit({ key: "blur", shift: false }),
  };
  const message = error !== undefined && (
    <span id={errorId} className="cell-error" role="alert">
      {error}
    </span>
  );
  if (multiline)
    return (
      <span className="cell-popover">
        {/* biome-ignore lint/a11y/noAutofocus: the editor opens because the user asked to edit this cell. */}
        <textarea className="cell-editor cell-notes" rows={5} autoFocus {...field} />
        <span id={hintId} className="cell-hint">
          Enter saves · Shift+Enter new line · Esc cancels
        </span>
        {message}
      </span>
    );
  return (
    <>
      {/* biome-ignore lint/a11y/noAutofocus: the editor opens because the user asked to edit this cell. */}
      <input className="cell-editor" autoFocus {...field} />
      {message}
    </>
  );
}
