// Plain JavaScript, so the benchmark's generator (scripts/bench/) can split
// section files exactly as the build does (./content-file.ts).

/**
 * A section's MDX file split into its YAML frontmatter and its body, with
 * the line of the file on which the body starts; undefined when the file
 * does not open with a frontmatter block.
 * @param {string} source
 * @returns {{ frontmatter: string; body: string; bodyLine: number } | undefined}
 */
export function mdxParts(source) {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  const head = match[0];
  return {
    frontmatter: match[1] ?? '',
    body: source.slice(head.length),
    bodyLine: head.split('\n').length - (head.endsWith('\n') ? 0 : 1),
  };
}
