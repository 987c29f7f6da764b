/** Something wrong in a profile: the field as a dotted path (`experience.2.to`; `(profile)` for the whole) and what is wrong. */
export interface ProfileIssue {
  readonly path: string;
  readonly message: string;
}

export function profileIssue(path: readonly PropertyKey[], message: string): ProfileIssue {
  return { path: path.map(String).join(".") || "(profile)", message };
}
