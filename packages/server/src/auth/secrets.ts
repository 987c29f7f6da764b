import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A fresh random secret (256 bits), URL-safe. Tokens carry a prefix so leaked ones are easy to spot. */
export function newSecret(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** Secrets are stored only as hashes; SHA-256 suffices because they are long and random. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
