/**
 * A file name safe on every system: letters, digits, dot, dash and underscore only. One helper
 * for the app's downloads and the command line's output files.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return cleaned || 'pobyt';
}
