/** Message templates are plain strings with {name} placeholders, so the catalogue stays data. */
export type Lang = "th" | "en";
export type MessageParams = Readonly<Record<string, string | number>>;

export interface Entry {
  th: string;
  en: string;
}

export function fillTemplate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}
