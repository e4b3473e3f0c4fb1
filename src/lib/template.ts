/** Fill {name} placeholders of an interface text: fill('{n} treff', { n: 3 }) = "3 treff". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
