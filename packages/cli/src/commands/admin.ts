import { randomBytes } from "node:crypto";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@keel/server";
import { accounts } from "@keel/store";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { UsageError } from "../usage-error.js";
import { type OpenStore, withStore } from "./open-store.js";

const MAX_PASSWORD_LENGTH = 1024;

export interface ResetPasswordOptions {
  /** Read the new password from stdin instead of generating one. */
  readonly passwordStdin: boolean;
}

/**
 * `keel admin reset-password <email>`: gives an account a new password, a generated one printed
 * once on stdout, or one read from stdin, and signs the account out of every session. This is how
 * an operator lets in someone who forgot their password, or an account a workspace import created.
 */
export async function resetPassword(
  email: string,
  options: ResetPasswordOptions,
  output: Output,
  open: OpenStore,
  readStdin: () => Promise<string>,
): Promise<ExitCode> {
  const given = options.passwordStdin ? checkPassword(await readStdin()) : undefined;
  return withStore(open, { existing: true }, output, async (store) => {
    const found = await accounts.credentialsByEmail(store.db, email);
    if (found === undefined) {
      output.err(`keel: no account has the email ${email.trim().toLowerCase()}\n`);
      return ExitCode.planFailed;
    }
    const password = given ?? randomBytes(18).toString("base64url");
    const hash = await hashPassword(password);
    await store.db.transaction((tx) => accounts.setPassword(tx, null, found.user.id, hash));
    if (given === undefined) {
      output.err(`New password for ${found.user.email} (shown only this once):\n`);
      output.out(`${password}\n`);
    } else {
      output.err(`Password of ${found.user.email} changed.\n`);
    }
    output.err("Every session of this account has been signed out.\n");
    return ExitCode.ok;
  });
}

/** The password piped in, without its final line ending. */
function checkPassword(input: string): string {
  const password = input.replace(/\r?\n$/, "");
  if (password.includes("\n")) throw new UsageError("--password-stdin expects the password on one line");
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new UsageError(
      `the password from stdin is too short: use at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new UsageError(`the password from stdin is too long: at most ${MAX_PASSWORD_LENGTH} characters`);
  }
  return password;
}
