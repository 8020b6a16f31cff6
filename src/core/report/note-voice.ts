// Whose words a note is (issue 20, class G). An interviewer writes notes in the third person
// ("Spends Monday morning on the forecast"); printing them in quotation marks makes them read as if
// the respondent said them. The convention, documented in docs/interview.md: a note written in
// quotation marks is what the person said, word for word. A note in the first person ("my plan",
// "we install") is the respondent's own words too (a self-assessment, a survey comment). Anything
// else is the interviewer's note and is labelled as one, never put in quotation marks.

/** A note wrapped whole in straight or curly double quotes. */
const WRAPPED = /^\s*["\u201C][^"\u201C\u201D]*["\u201D]\s*$/;
/** First-person words, outside any quotation the note embeds. */
const FIRST_PERSON = /\b(I|I'm|I've|I'd|I'll|me|my|mine|we|we're|we've|us|our|ours)\b/;
const EMBEDDED_QUOTE = /["\u201C][^"\u201C\u201D]*["\u201D]/g;

/** The note is the respondent's own words (print it in quotation marks), not the interviewer's. */
export function isVerbatim(note: string): boolean {
  if (WRAPPED.test(note)) return true;
  return FIRST_PERSON.test(note.replace(EMBEDDED_QUOTE, ''));
}

/**
 * The note carries someone's own words: the whole note, or a fragment it quotes ("Says there are
 * always “more names on the list”"). The small-role quote rule counts both (identifying-notes.ts):
 * a quoted fragment tells two people of a role of three apart as well as a whole quote does.
 */
export function quotesWords(note: string): boolean {
  return isVerbatim(note) || new RegExp(EMBEDDED_QUOTE.source).test(note);
}

/** A note as the reader sees it: “words” for speech; the interviewer's note as it stands, for a label. */
export function noteText(note: string): string {
  const trimmed = note.trim();
  return WRAPPED.test(trimmed) ? trimmed.slice(1, -1).trim() : trimmed;
}
