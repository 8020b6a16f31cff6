// What a survey export may hold before reading stops, in one place: the readers check each limit
// as the data arrives (a row, a cell, an XML tag), before anything is expanded or kept, and say
// which limit was reached and the flag that raises it. docs/survey.md states the same numbers.
// Pure.

/** Rows read from one export (blank rows aside); `--max-rows` raises it. 200,000 responses of the default set peaked at 1.3 to 1.6 GB in `report` (docs/survey.md, Scale). */
export const DEFAULT_MAX_ROWS = 250_000;
/** Columns of one row (cells of one `<row>` in a workbook): a form of 40 questions with notes has about 90. */
export const MAX_COLUMNS = 2_000;
/** Merged ranges in a workbook's sheet: no survey tool merges cells; a merge is never expanded. */
export const MAX_MERGED_RANGES = 1_000;
/**
 * Bytes of a workbook's sheet once unzipped (its XML), counted as it is inflated: a zip bomb
 * stops here. Excel writes about 40 bytes a cell: 250,000 rows of 90 cells are 900 MiB.
 */
export const MAX_SHEET_XML_BYTES = 1024 * 1024 * 1024;
/** Bytes of a workbook's shared strings once unzipped: held in memory while the sheet is read. */
export const MAX_SHARED_STRINGS_XML_BYTES = 64 * 1024 * 1024;
/** Bytes of every other part of a workbook that is read (workbook, relationships, styles). */
export const MAX_OTHER_XML_BYTES = 16 * 1024 * 1024;
/** Bytes between two cells (or shared strings) of a workbook: one cell of 10,000 characters is at most 60 KiB of XML. */
export const MAX_XML_CELL_BYTES = 1024 * 1024;
/** Nesting of a SurveyJS value (a panel of a matrix of ...): SurveyJS results nest three or four deep. */
export const MAX_JSON_DEPTH = 64;
