// Speaker notes as a talk track (fifth VP reading, class 8: notes that copied the report, the
// method included, were read as data dumps). Each slide's notes say what to say, in two to four
// spoken sentences; what the room will ask, with the answer; and the evidence behind the slide.
// They never repeat a sentence the slide already shows: the presenter reads the slide with the room.
// The parts carry no labels (fifteenth VP reading, class 7: "Say:", "They may ask:" and "Behind
// this slide:" on every slide were the template's scaffolding): their order and form tell them
// apart, what to say first as one paragraph, each question with its answer, the evidence a line each.

export interface TalkTrack {
  /** What to say, as spoken lines. */
  say: readonly string[];
  /** What the room will ask, each a question with its answer. */
  ask?: readonly string[];
  /** The evidence behind the slide, for the presenter. */
  behind?: readonly string[];
}

/** The notes' paragraphs: what to say as one paragraph, then each question with its answer, then the evidence one item a line (empty parts left out). */
export function talkTrack(track: TalkTrack): string[] {
  const kept = (lines: readonly string[] | undefined) => (lines ?? []).map((l) => l.trim()).filter((l) => l !== '');
  const say = kept(track.say);
  const behind = kept(track.behind);
  return [...(say.length === 0 ? [] : [say.join(' ')]), ...kept(track.ask), ...(behind.length === 0 ? [] : [behind.join('\n')])];
}

/** Words the notes never print: the talk track's old part labels, which read as a template's scaffolding. */
export const NOTES_SCAFFOLDING = /^(?:Say|They may ask|Behind this slide): /m;
