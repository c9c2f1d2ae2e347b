/**
 * A printed e-mail ("Frå: … / Sendt: … / Til: … / Emne: VS: …", as Outlook prints it): a wrapper that forwards
 * a document (a case, a plan pasted below it). Its header names people and a subject, not the document's title,
 * and the document it forwards may stand far below its messages, signatures and disclaimers.
 */

/** The fields of an e-mail's header as a mail program prints them (bokmål, nynorsk, English): sender, date, recipient, subject. */
const EMAIL_FIELDS = [/^(?:fra|frå|from):\s*\S/i, /^(?:sendt|sent|dato|date):\s*\S/i, /^(?:til|to):\s*\S/i, /^(?:emne|subject):\s*\S/i];

/** How many lines at the top the header's fields may take (a blank line or an "Importance:" line among them). */
const HEADER_LINES = 12;

/** True when the text opens with an e-mail's header: all four fields among its first lines. */
export function opensWithEmailHeader(text: string): boolean {
  const front = text.slice(0, 1500).split('\n').slice(0, HEADER_LINES).map((line) => line.trim());
  return EMAIL_FIELDS.every((field) => front.some((line) => field.test(line)));
}
