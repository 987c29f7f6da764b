import { ConfirmDelete } from "../ui/ConfirmDelete.js";
import type { OutlineTask } from "./outline.js";

interface DeleteTasksDialogProps {
  /** The tasks the deletion takes away, summary tasks' children included; none while closed. */
  readonly doomed: readonly OutlineTask[];
  /** The tasks the user selected, named in the question. */
  readonly chosen: readonly OutlineTask[];
  readonly confirm: () => Promise<string | undefined>;
  readonly close: () => void;
}

/** The confirm step before deleting tasks: says what goes (children and links too) and keeps any refusal in place. */
export function DeleteTasksDialog({ doomed, chosen, confirm, close }: DeleteTasksDialogProps) {
  const extra = doomed.length - chosen.length;
  return (
    <ConfirmDelete
      open={doomed.length > 0}
      title={`Delete ${chosen.length === 1 ? "this task" : `${chosen.length} tasks`}?`}
      confirm={confirm}
      close={close}
    >
      <ul>
        {chosen.map((t) => (
          <li key={t.id}>{t.name}</li>
        ))}
      </ul>
      <p className="muted">
        {extra > 0 ? `The ${extra} task${extra === 1 ? "" : "s"} inside go too. ` : ""}
        Their links and assignments are deleted with them.
      </p>
    </ConfirmDelete>
  );
}
