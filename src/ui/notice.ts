/** What an action says back to the reader, as a translation key (and its values). */
export interface Notice {
  key: string;
  values?: (string | number)[];
  error?: boolean;
}
