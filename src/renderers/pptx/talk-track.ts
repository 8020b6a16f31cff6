// Speaker notes as a talk track (fifth VP reading, class 8: notes that copied the report, the
// method included, were read as data dumps). Each slide's notes say what to say, in two to four
// spoken sentences; what the room will ask, with the answer; and the evidence behind the slide.
// They never repeat a sentence the slide already shows: the presenter reads the slide with the room.

export interface TalkTrack {
  /** What to say, as spoken lines. */
  say: readonly string[];
  /** What the room will ask, each with its answer. */
  ask?: readonly string[];
  /** The evidence behind the slide, for the presenter. */
  behind?: readonly string[];
}

/** The notes' paragraphs: "Say: …", "They may ask: …", "Behind this slide: …" one item a line (empty parts left out). */
export function talkTrack(track: TalkTrack): string[] {
  const part = (label: string, lines: readonly string[] | undefined, separator = ' ') => {
    const kept = (lines ?? []).map((l) => l.trim()).filter((l) => l !== '');
    return kept.length === 0 ? [] : [`${label}: ${kept.join(separator)}`];
  };
  return [...part('Say', track.say), ...part('They may ask', track.ask), ...part('Behind this slide', track.behind, '\n')];
}
