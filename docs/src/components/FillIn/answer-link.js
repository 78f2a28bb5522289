// The link from a finding about the case filled in online back to the question of the form that holds the value:
// /fill/#answer=<JSON pointer of the value in the case report>.

export const answerLink = (pointer) => `/fill/#answer=${encodeURIComponent(pointer)}`;

/** The pointer of a link's `#answer=…` part, or null. */
export function answerInLink(hash) {
  const match = /^#answer=(.*)$/.exec(hash);
  if (!match) return null;
  try {
    const pointer = decodeURIComponent(match[1]);
    return pointer.startsWith('/') ? pointer : null;
  } catch {
    return null;
  }
}
