/**
 * Media queries read the window, not the test container: a copy of what
 * the test rendered, laid out in an iframe that wide with the page's own
 * styles, is how the component looks on a screen that size.
 */
async function laidOutAt(
  width: number,
  root: Element
): Promise<{ frame: HTMLIFrameElement; copy: HTMLElement }> {
  const frame = document.createElement("iframe");
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0;`;
  document.body.append(frame);
  const doc = frame.contentDocument!;
  doc.documentElement.lang = document.documentElement.lang;
  // Nodes imported into the frame belong to its realm: no instanceof here.
  const styles = [
    ...document.querySelectorAll('style, link[rel="stylesheet"]'),
  ].map((node) => doc.importNode(node, true) as HTMLElement);
  const loaded = styles
    .filter((node) => node.tagName === "LINK")
    .map(
      (link) =>
        new Promise((resolve) => {
          link.addEventListener("load", resolve, { once: true });
          link.addEventListener("error", resolve, { once: true });
        })
    );
  doc.head.append(...styles);
  await Promise.all(loaded);
  const copy = doc.importNode(root, true) as HTMLElement;
  doc.body.append(copy);
  return { frame, copy };
}

/**
 * Expects the rendered test to fit a screen `width` px wide without
 * sideways scrolling: neither the page nor any element in it scrolls.
 */
export async function assertFitsWidth(
  assert: Assert,
  width: number,
  root: Element = document.querySelector("#ember-testing")!
): Promise<void> {
  const { frame, copy } = await laidOutAt(width, root);
  try {
    const page = frame.contentDocument!.documentElement;
    assert.true(
      frame.contentDocument!.styleSheets.length > 0,
      "laid out with the page's styles"
    );
    const wide = [copy, ...copy.querySelectorAll<HTMLElement>("*")]
      .filter((el) => el.scrollWidth > el.clientWidth && el.clientWidth > 1)
      .map(
        (el) =>
          `${el.className || el.tagName}: ${el.scrollWidth} > ${el.clientWidth}`
      );
    assert.true(
      page.scrollWidth <= page.clientWidth,
      `the page fits ${width} px (${page.scrollWidth} <= ${page.clientWidth})`
    );
    assert.deepEqual(wide, [], `nothing scrolls sideways at ${width} px`);
  } finally {
    frame.remove();
  }
}

/**
 * WCAG 2.5.8 leaves out a link in a sentence: its size is the line's.
 * Visible only: a hidden control is nobody's target.
 */
function measured(el: HTMLElement): boolean {
  if (el.getClientRects().length === 0) {
    return false;
  }
  const inSentence =
    el.tagName === "A" &&
    getComputedStyle(el).display === "inline" &&
    (el.parentElement?.textContent ?? "").trim() !==
      (el.textContent ?? "").trim();
  return !inSentence;
}

/**
 * Expects every control in the rendered test to be at least 24×24 px. The
 * user chooser's stand-in is left out: on a forum it is select-kit's.
 */
export function assertTouchTargets(
  assert: Assert,
  root: Element = document.querySelector("#ember-testing")!
): void {
  const small = [
    ...root.querySelectorAll<HTMLElement>(
      "button, a[href], select, input:not([type=hidden]):not(.user-chooser__input), textarea, summary"
    ),
  ]
    .filter(measured)
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width < 24 || box.height < 24)
    .map(
      ({ el, box }) =>
        `${el.className || el.tagName}: ${Math.round(box.width)}×${Math.round(box.height)}`
    );
  assert.deepEqual(small, [], "every control is at least 24×24 px");
}
