import { type KeyboardEvent, useId, useRef, useState } from "react";
import type { FieldSpec } from "./raid-fields.js";

interface InlineEditorProps {
  readonly spec: FieldSpec;
  readonly label: string;
  readonly initial: string;
  /** Saves the text; resolves with a message when it was refused, which stays under the cell. */
  readonly save: (text: string) => Promise<string | undefined>;
  /** Called after a save (`saved`) or on Escape. */
  readonly done: (saved: boolean) => void;
}

const SELECTS = new Set<FieldSpec["type"]>(["enum", "optionalEnum", "level", "optionalLevel"]);

/**
 * The box that replaces a RAID table cell while it is edited: a select for choices, a date picker for
 * dates, else a text box. Enter (or leaving it) saves, Escape puts the cell back as it was.
 */
export function InlineEditor({ spec, label, initial, save, done }: InlineEditorProps) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  // Refs, not state: a blur can arrive in the same tick as the Enter that started a save, or after Escape.
  const busy = useRef(false);
  const finished = useRef(false);
  const errorId = useId();

  async function commit(value: string) {
    if (busy.current || finished.current) return;
    busy.current = true;
    setSaving(true);
    const refused = await save(value);
    busy.current = false;
    setSaving(false);
    if (refused === undefined) {
      finished.current = true;
      done(true);
    } else setError(refused);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      finished.current = true;
      done(false);
    } else if (event.key === "Enter") {
      event.preventDefault();
      void commit(text);
    }
  }

  const common = {
    className: "cell-editor",
    "aria-label": label,
    "aria-invalid": error !== undefined,
    "aria-describedby": error === undefined ? undefined : errorId,
    onKeyDown,
    onBlur: () => void commit(text),
  };

  return (
    <>
      {SELECTS.has(spec.type) ? (
        <select
          {...common}
          value={text}
          disabled={saving}
          // biome-ignore lint/a11y/noAutofocus: the editor opens because the user asked to edit this cell.
          autoFocus
          onChange={(e) => {
            setText(e.target.value);
            setError(undefined);
          }}
        >
          {(spec.type === "optionalEnum" || spec.type === "optionalLevel") && <option value="">—</option>}
          {spec.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={spec.type === "date" || spec.type === "requiredDate" ? "date" : "text"}
          list={spec.suggestions}
          value={text}
          readOnly={saving}
          // biome-ignore lint/a11y/noAutofocus: the editor opens because the user asked to edit this cell.
          autoFocus
          onFocus={(e) => {
            if (e.currentTarget.type === "text") e.currentTarget.select();
          }}
          onChange={(e) => {
            setText(e.target.value);
            setError(undefined);
          }}
        />
      )}
      {error !== undefined && (
        <span id={errorId} className="cell-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
