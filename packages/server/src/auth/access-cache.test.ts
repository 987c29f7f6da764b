import { describe, expect, it } from "vitest";
import { AccessCache } from "./access-cache.js";

describe("access cache", () => {
  it("answers from memory within the time to live, then asks again", async () => {
    let now = 0;
    let loads = 0;
    const cache = new AccessCache(5000, () => now);
    const load = async () => ++loads;
    expect(await cache.get("k", load)).toBe(1);
    now = 4999;
    expect(await cache.get("k", load)).toBe(1);
    now = 5000;
    expect(await cache.get("k", load)).toBe(2);
  });

  it("forgets everything when cleared, and keeps nothing with no time to live", async () => {
    let loads = 0;
    const cache = new AccessCache(5000, () => 0);
    await cache.get("k", async () => ++loads);
    cache.clear();
    expect(await cache.get("k", async () => ++loads)).toBe(2);
    const off = new AccessCache(0);
    await off.get("k", async () => ++loads);
    expect(await off.get("k", async () => ++loads)).toBe(4);
  });
});
