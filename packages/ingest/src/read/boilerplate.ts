// Site furniture that is not the article: cookie and privacy notices, "More:" link lists, share prompts.

const BOILERPLATE_LINE = [
  /\bcookies?\b.*\b(preferences|consent|find out more|accept)\b/i,
  /\b(privacy policy|terms (and|&) conditions|terms of (use|service))\b/i,
  /^\s*(•\s*)?more\s*:/i,
  /^\s*(•\s*)?(share|tweet|email) (this|on)\b/i,
  /^\s*(share|follow us|sign up|subscribe)( to our newsletter)?\s*[:!]?\s*$/i,
  /^\s*(•\s*)?(related|read more|see also)\s*:?/i,
  /^\s*advertisement\s*$/i,
];

export function isBoilerplateLine(line: string): boolean {
  return BOILERPLATE_LINE.some((pattern) => pattern.test(line));
}

export function dropBoilerplate(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isBoilerplateLine(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
