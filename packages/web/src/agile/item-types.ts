import type { BacklogItemType, StatusCategory } from "@keel/model";

export const TYPE_NAMES: Readonly<Record<BacklogItemType, string>> = {
  epic: "Epic",
  story: "Story",
  bug: "Bug",
  task: "Task",
  spike: "Spike",
  subtask: "Sub-task",
};

export const CATEGORY_NAMES: Readonly<Record<StatusCategory, string>> = {
  todo: "To do",
  doing: "In progress",
  done: "Done",
};
