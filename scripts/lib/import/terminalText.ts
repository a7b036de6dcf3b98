/**
 * Text as the importer prints it to a terminal. Cells, file names and error messages come from
 * the sheet; an escape sequence in one (`ESC [ 2 J`, an OSC hyperlink or title, a C1 `CSI`) would
 * be run by the terminal instead of shown. Everything printed goes through {@link printable}.
 */

/** ESC sequences: CSI (`ESC [ … final`), OSC/DCS/APC/PM/SOS strings up to BEL or ST, and two-byte ones. */
// eslint-disable-next-line no-control-regex -- removing control sequences is the point
const ESCAPE = /\u001B(?:\[[0-?]*[ -/]*[@-~]?|[\]P^_X][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[ -/]*[0-~]?)/g;
/** C1 control strings (8-bit CSI, OSC, DCS …) and their parameters. */
// eslint-disable-next-line no-control-regex -- removing control sequences is the point
const C1_SEQUENCE = /\u009B[0-?]*[ -/]*[@-~]?|[\u0090\u009D\u009E\u009F\u0098][^\u0007\u009C]*[\u0007\u009C]?/g;
/** Controls left over (all but tab and line feed), and the marks that reorder text on screen. */
// eslint-disable-next-line no-control-regex -- removing control sequences is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** `text` without terminal control and escape sequences; line breaks and tabs stay. */
export function printable(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(ESCAPE, '').replace(C1_SEQUENCE, '').replace(CONTROL, '');
}
