/** Markdown documentation with a "read more" link. */
export function docs(summary: string, url?: string, extra?: string): string {
  return [summary, extra, url ? `[AWS documentation](${url})` : undefined].filter(Boolean).join('\n\n');
}
