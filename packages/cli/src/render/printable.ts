// C0 and C1 control characters, DEL included: a terminal may act on them (ANSI escapes) instead of showing them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Text from a plan file made safe for a terminal line: control characters (escape sequences,
 * line breaks) are shown as `\u001b`-style escapes instead of being sent to the terminal.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
