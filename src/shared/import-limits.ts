/**
 * The limits of an import (docs/imports/README.md, "Limits"), shared by the server, the command
 * line and the web app so that all three say the same. They are set so that a county's real files
 * pass with room to spare: an absence file is one school's, and a school of 1 500 students with
 * the absence of a real upper secondary school (about 80 lesson records a student a year)
 * exports about 120 000 rows, 7 MB; the identification benchmark's whole county (30 000
 * students) comes to about 26 MB as one file.
 */

/** The largest file an import reads, and the most one upload may carry in all (a OneRoster set). */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;

/**
 * The most an Excel workbook may hold unpacked (its XML): ten times the file limit, more than a
 * workbook of 100 MB unpacks to, and far less than a few kilobytes made to unpack to gigabytes.
 */
export const MAX_XLSX_UNPACKED_BYTES = 10 * MAX_IMPORT_FILE_BYTES;

/** The longest cell an import reads; a longer one is a problem, and never echoed whole. */
export const MAX_CELL_CHARS = 10_000;

/** The problems a rejected import reports: the first ones in reading order; the rest are counted. */
export const MAX_PROBLEMS_REPORTED = 1000;

/** The most of a cell's value a problem shows back. */
export const MAX_VALUE_SHOWN = 200;
