/**
 * A section's MDX body, read with satteri, the parser Astro's MDX
 * integration compiles it with, so the checks see exactly the tree that is
 * published. A body is the article's words and our three components; code
 * ({…}, import/export), HTML elements and other Markdown are refused here,
 * before anything is rendered.
 */
import { mdxToMdast } from 'satteri';

/** What an editor may place in the text, with the attributes each takes. */
export const BODY_COMPONENTS = {
  Topic: ['id', 'lead'],
  Fig: ['id'],
  Chart: ['id'],
} as const;
type ComponentName = keyof typeof BODY_COMPONENTS;

export interface Placed {
  id: string;
  /** Line in the body, from 1. */
  line: number;
}

export interface SectionBody {
  /** What the reader reads: a topic's lead at the start of its paragraph, one paragraph a line. */
  text: string;
  /** <Topic id lead>: the topic paragraphs. */
  topics: (Placed & { lead: string })[];
  /** <Fig id>…</Fig>: the marked phrases. */
  marks: (Placed & { phrase: string })[];
  /** <Chart id />: where charts stand. */
  charts: Placed[];
}

/** Something in a body that may not be there, at a line of the body. */
export class BodyError extends Error {
  constructor(
    readonly line: number,
    /** Worded to follow "line N of the text": "has {1+1} (JavaScript code), which …". */
    readonly problem: string,
  ) {
    super(`line ${line} ${problem}`);
    this.name = 'BodyError';
  }
}

/** The subset of mdast (with MDX's nodes) this module reads. */
interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  depth?: number;
  position?: { start: { line: number } };
}

const ALLOWED = `a section's text holds only paragraphs and the components ${Object.keys(BODY_COMPONENTS)
  .map((c) => `<${c}>`)
  .join(', ')}`;

/** Markdown the text does not use, named as an editor would recognise it. */
const MARKDOWN: Record<string, string> = {
  heading: 'a heading (#)',
  list: 'a list',
  listItem: 'a list item',
  blockquote: 'a quotation block (>)',
  code: 'a code block',
  inlineCode: 'code (`…`)',
  emphasis: 'emphasis (*…*)',
  strong: 'bold type (**…**)',
  delete: 'struck-through text (~~…~~)',
  link: 'a link',
  linkReference: 'a link',
  definition: 'a link definition',
  image: 'an image',
  imageReference: 'an image',
  html: 'HTML',
  thematicBreak: 'a horizontal rule (---)',
  break: 'a hard line break',
  table: 'a table',
  footnoteReference: 'a footnote',
  footnoteDefinition: 'a footnote',
};

const lineOf = (node: Node) => node.position?.start.line ?? 1;
const isComment = (code: string) =>
  /^\s*\/\*[\s\S]*?\*\/\s*$/.test(code) && code.indexOf('*/') === code.lastIndexOf('*/');

function refuse(node: Node, what: string, fix: string): never {
  throw new BodyError(lineOf(node), `has ${what}, which is not allowed: ${ALLOWED}. ${fix}`);
}

/** The literal string attributes of one of our components, or an error naming what is wrong. */
function attributes(node: Node, name: ComponentName): Record<string, string> {
  const allowed: readonly string[] = BODY_COMPONENTS[name];
  const found: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      refuse(node, `<${name} {…}> (code in a tag)`, 'Write each attribute as name="text".');
    }
    if (!allowed.includes(attribute.name)) {
      throw new BodyError(
        lineOf(node),
        `has <${name} ${attribute.name}="…">, but <${name}> takes only ${allowed.map((a) => `"${a}"`).join(' and ')}. Remove the attribute.`,
      );
    }
    if (typeof attribute.value !== 'string') {
      throw new BodyError(
        lineOf(node),
        `has <${name} ${attribute.name}=…> without text in quotes: write ${attribute.name}="…" (code in braces is not allowed).`,
      );
    }
    found[attribute.name] = attribute.value;
  }
  for (const name_ of allowed) {
    if (found[name_] === undefined) {
      throw new BodyError(lineOf(node), `has <${name}> without its "${name_}": write <${name} ${name_}="…">.`);
    }
  }
  return found;
}

function checkElementName(node: Node): ComponentName {
  const name = node.name ?? '';
  if (name in BODY_COMPONENTS) return name as ComponentName;
  if (name === '') refuse(node, 'an empty tag (<>…</>)', 'Remove it.');
  if (/^[a-z]/.test(name)) refuse(node, `the HTML element <${name}>`, 'Remove it; the site sets the text itself.');
  refuse(node, `<${name}> (not one of our components)`, 'Remove it or correct its name.');
}

/** Reads and checks a section's body. Throws a BodyError at the first thing it may not hold. */
export function readBody(body: string): SectionBody {
  let root: Node;
  try {
    root = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line = '1', problem = message] = /^(\d+):\d+: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(message) ?? [];
    throw new BodyError(Number(line), `cannot be read as MDX: ${problem}. Check the tags and braces there.`);
  }
  const result: SectionBody = { text: '', topics: [], marks: [], charts: [] };
  const lines: string[] = [];

  /** The words of a paragraph, and the <Fig> marks in it. */
  const inline = (paragraph: Node): string =>
    (paragraph.children ?? [])
      .map((node) => {
        if (node.type === 'text') return String(node.value ?? '');
        if (node.type === 'mdxTextExpression') return expression(node);
        if (node.type === 'mdxJsxTextElement') {
          const name = checkElementName(node);
          if (name !== 'Fig') refuse(node, `<${name}> inside a sentence`, `Place <${name}> between paragraphs.`);
          const { id = '' } = attributes(node, 'Fig');
          const phrase = (node.children ?? []).map((child) => {
            if (child.type !== 'text') refuse(child, `${describe(child)} inside <Fig>`, 'A mark holds words only.');
            return String(child.value ?? '');
          });
          result.marks.push({ id, phrase: phrase.join('').trim(), line: lineOf(node) });
          return phrase.join('');
        }
        return refuse(node, describe(node), 'Write it as plain text.');
      })
      .join('');

  const expression = (node: Node): string => {
    if (isComment(String(node.value ?? ''))) return '';
    return refuse(
      node,
      `{${String(node.value ?? '')}} (JavaScript code)`,
      'Remove the braces and what is between them.',
    );
  };

  const flow = (node: Node, inTopic?: { lead: string; first: boolean }): void => {
    if (node.type === 'paragraph') {
      const words = inline(node);
      if (inTopic?.first) {
        lines.push(`${inTopic.lead}${words.replace(/^\s+/, '')}`);
        inTopic.first = false;
      } else lines.push(words);
      return;
    }
    if (node.type === 'mdxFlowExpression') return void expression(node);
    if (node.type === 'mdxjsEsm') refuse(node, 'import or export (JavaScript code)', 'Remove the line.');
    if (node.type === 'mdxJsxFlowElement') {
      const name = checkElementName(node);
      if (name === 'Fig') refuse(node, '<Fig> on a line of its own', 'Mark a phrase inside a sentence.');
      const attrs = attributes(node, name);
      if (name === 'Chart') {
        if ((node.children ?? []).length) refuse(node, 'text inside <Chart>', 'Write it as <Chart id="…" />.');
        result.charts.push({ id: attrs.id ?? '', line: lineOf(node) });
        return;
      }
      if (inTopic) refuse(node, '<Topic> inside another <Topic>', 'Close the first one before.');
      const topic = { id: attrs.id ?? '', lead: attrs.lead ?? '', line: lineOf(node) };
      result.topics.push(topic);
      const state = { lead: topic.lead, first: true };
      for (const child of node.children ?? []) flow(child, state);
      if (state.first) lines.push(topic.lead);
      return;
    }
    refuse(node, describe(node), 'Write the text as plain paragraphs.');
  };

  for (const node of root.children ?? []) flow(node);
  result.text = lines
    .flatMap((line) => line.split('\n'))
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
  return result;
}

function describe(node: Node): string {
  return MARKDOWN[node.type] ?? `Markdown of the kind “${node.type}”`;
}

/** The reader-visible text of a body (see SectionBody.text). */
export function plainText(body: string): string {
  return readBody(body).text;
}
