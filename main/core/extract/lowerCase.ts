// A token's lower case, which every token carries.

/**
 * toLowerCase is a call into the engine's runtime for every token, a tenth of
 * all tagging time, though most tokens are already lower case, or digits and
 * marks: those are their own lower case, and only the rest are converted.
 */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return text.toLowerCase();
  }
  return text;
}
