import { type KeyboardEvent, useId, useRef, useState } from "react";

interface InlineTextProps {
  readonly label: string;
  readonly value: string;
  readonly placeholder?: string;
  readonly size?: number;
  readonly inputMode?: "decimal" | "text";
  readonly list?: string;
  readonly disabled?: boolean;
  /** Saves the text; resolves with a refusal to show under the box, or undefined when saved. */
  readonly save: (text: string) => Promise<string | undefined>;
}

/**
 * A box edited in place in a list row: Enter or leaving it saves when the text changed, Escape puts it
 * back. It follows the saved value (a live update) while it is not being edited.
 */
export function InlineText({
  label,
  value,
  placeholder,
  size,
  inputMode,
  list,
  disabled,
  save,
}: InlineTextProps) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const [error, setError] = useState<string>();
  const editing = useRef(false);
  const busy = useRef(false);
  const errorId = useId();
  if (value !== shown && !editing.current) {
    setShown(value);
    setText(value);
  }

  async function commit() {
    editing.current = false;
    if (busy.current || text.trim() === value.trim()) return;
    busy.current = true;
    const refused = await save(text);
    busy.current = false;
    setError(refused);
    if (refused !== undefined) editing.current = true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      void commit();
    } else if (event.key === "Escape") {
      event.preventDefault();
      editing.current = false;
      setText(value);
      setError(undefined);
    }
  }

  return (
    <span className="inline-text">
      <input
        aria-label={label}
        aria-invalid={error !== undefined}
        aria-describedby={error === undefined ? undefined : errorId}
        value={text}
        placeholder={placeholder}
        size={size}
        inputMode={inputMode}
        list={list}
        disabled={disabled}
        autoComplete="off"
        onFocus={() => {
          editing.current = true;
        }}
        onChange={(e) => {
          editing.current = true;
          setText(e.target.value);
          setError(undefined);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => void commit()}
      />
      {error !== undefined && (
        <span id={errorId} className="cell-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
