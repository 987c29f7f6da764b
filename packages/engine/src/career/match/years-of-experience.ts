/** "3+ years of project management experience" → at least 3 years of "project management". */
export interface YearsAsked {
  readonly min: number;
  readonly area: string;
}

const YEARS =
  /(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs?)(?:'|’)?\s+(?:of\s+)?(?:(?:relevant|professional|hands-on|proven|progressive|demonstrated|direct|recent)\s+)*(?:experience\s+)?(?:(?:in|with|as|at|on|of)\s+)?(?:an?\s+|the\s+)?([^.;:()]+)/i;

/**
 * The years of experience an item asks for and in what. The engine has no dates for the candidate
 * here, so the years are shown for the candidate to confirm; the area is matched like any term.
 */
export function yearsAsked(text: string): YearsAsked | undefined {
  const m = YEARS.exec(text);
  if (m === null || m[1] === undefined || m[2] === undefined) return undefined;
  const area = m[2]
    .split(/\s+(?:and|or|including|such as|preferably|ideally|with|in a|in an)\s+|,/i)[0]
    ?.replace(/\s*\bexperience\b.*$/i, "")
    .trim();
  return area === undefined || area === "" ? undefined : { min: Number(m[1]), area };
}
