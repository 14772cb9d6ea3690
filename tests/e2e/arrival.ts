/**
 * Runs in the page (pass it to Playwright's page.evaluate, with scripts off
 * as they are until the last byte): every state a slow network could paint
 * the page in, and what would move between that state and the whole page.
 *
 * A page arrives in pieces cut at any byte, and Chromium paints what it has
 * parsed, a text cut in the middle included. So the states are: the body up
 * to each of its nodes (an element just opened, or a text complete), and up
 * to half of each text. The page is taken apart from its end, one node at a
 * time, which visits every such state once; in each, every element that is
 * on the first screens is compared with where it ends up. A real slow load
 * paints a few of these states at random; this paints them all, so a move it
 * finds fails every run, not one run in ten.
 *
 * A move is counted as Chrome's layout-shift count does: the box's starting
 * point (its first fragment's top-left) moved by 3 CSS px or more, and the box
 * was visible. One move is allowed, on purpose: a word inside justified text
 * sliding along its line. Chinese text is set justified, the last line of a
 * paragraph that has not finished arriving is set flush to the start, and it
 * spreads out when the paragraph goes on; nothing moves off its line.
 *
 * @returns one line per element that moves: which, by how much and after what arrived
 */
export function arrivalMoves(): string[] {
  const threshold = 3;
  const screens = 3;

  const nodes: Node[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);

  const describe = (node: Node): string => {
    if (!(node instanceof Element)) return `the text “${(node.textContent ?? '').trim().slice(0, 16)}”`;
    const id = node.id ? `#${node.id}` : '';
    const classes = [...node.classList]
      .slice(0, 3)
      .map((c) => `.${c}`)
      .join('');
    return `<${node.localName}${id}${classes}>`;
  };
  // Inside a drawing only the drawing's own box is laid out as a box.
  const isBox = (node: Node): node is Element =>
    node instanceof Element && (!(node instanceof SVGElement) || node instanceof SVGSVGElement);
  const startOf = (el: Element) => el.getClientRects()[0] ?? el.getBoundingClientRect();

  /** Visible: rendered, and not clipped away by an ancestor (a visually hidden table). */
  const visible = (el: Element): boolean => {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const own = el.getBoundingClientRect();
    let [left, top, right, bottom] = [own.left, own.top, own.right, own.bottom];
    for (let a = el.parentElement; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflow === 'visible' && style.clipPath === 'none') continue;
      const clip = a.getBoundingClientRect();
      [left, top, right, bottom] = [
        Math.max(left, clip.left),
        Math.max(top, clip.top),
        Math.min(right, clip.right),
        Math.min(bottom, clip.bottom),
      ];
    }
    return Math.max(0, right - left) * Math.max(0, bottom - top) > 1 && top < innerHeight && bottom > 0;
  };

  const justifiedInline = (el: Element): boolean => {
    if (!getComputedStyle(el).display.startsWith('inline')) return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    return block !== null && getComputedStyle(block).textAlign === 'justify';
  };

  const watched: { index: number; el: Element; end: DOMRect }[] = [];
  nodes.forEach((node, index) => {
    if (!isBox(node)) return;
    const end = startOf(node);
    if (end.top < screens * innerHeight) watched.push({ index, el: node, end });
  });

  const moves = new Map<Element, string>();
  const compare = (upTo: number, arrived: string) => {
    for (const { index, el, end } of watched) {
      if (index > upTo) break;
      if (moves.has(el)) continue;
      const now = startOf(el);
      const dx = end.left - now.left;
      const dy = end.top - now.top;
      if (Math.abs(dx) < threshold && Math.abs(dy) < threshold) continue;
      if (Math.abs(dy) < threshold && justifiedInline(el)) continue;
      if (!visible(el)) continue;
      moves.set(
        el,
        `${describe(el)} moves ${Math.round(dx)} px across, ${Math.round(dy)} px down once ${arrived} has arrived`,
      );
    }
  };

  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    compare(i, node instanceof Element ? `${describe(node)} (opened)` : describe(node));
    if (node instanceof Text && node.data.trim().length > 1) {
      const whole = node.data;
      node.data = whole.slice(0, Math.ceil(whole.length / 2));
      compare(i, `half of ${describe(node)}`);
      node.data = whole;
    }
    node.parentNode?.removeChild(node);
  }
  return [...moves.values()];
}
