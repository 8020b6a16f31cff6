// The deck's type face and neutral colours, for every module that draws on a slide (the firm's
// brand colours come from --brand). Hex without '#', as pptxgenjs takes them.
export const FONT = 'Arial';
export const INK = '1B1F24';
export const MUTED = '555E68';
export const LIGHT = 'A9BDD3';
export const SOFT = 'EEF2F6';
export const GRID = 'C9CFD6';
