import type { Workflow } from "@keel/model";
import { describe, expect, it } from "vitest";
import { statusResolver } from "./status-resolver.js";

const workflow: Workflow = {
  statuses: [
    { id: "todo", name: "To Do", category: "todo" },
    { id: "doing", name: "In Progress", category: "doing" },
    { id: "review", name: "Peer check", category: "doing" },
    { id: "shipped", name: "Shipped", category: "done" },
  ],
};

describe("statusResolver", () => {
  it("finds statuses by id, then by id or name read loosely, then by well-known names per category", () => {
    const resolve = statusResolver(workflow);
    const id = (status: string) => resolve(status)?.id;
    expect(id("doing")).toBe("doing");
    expect(id("In Progress")).toBe("doing");
    expect(id("PEER-CHECK")).toBe("review");
    // "review" is an id here, so it is not read as the first doing status.
    expect(id("Review")).toBe("review");
    expect(id("Closed")).toBe("shipped");
    expect(id("Won't Do")).toBe("shipped");
    expect(id("Selected for Development")).toBe("todo");
    expect(id("Testing")).toBe("doing");
    expect(id("parked")).toBeUndefined();
  });
});
