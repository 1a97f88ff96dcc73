// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { scrollKey, trapTab } from '../../../src/ui/reader-keys';

function view(): { root: HTMLElement; buttons: HTMLButtonElement[]; column: HTMLElement } {
  const root = document.createElement('div');
  root.append(
    document
      .createRange()
      .createContextualFragment(
        '<button>A</button><button>B</button><div class="col" tabindex="-1"><a href="#x">C</a></div>',
      ),
  );
  document.body.replaceChildren(root);
  // jsdom lays nothing out: every element counts as shown.
  for (const el of root.querySelectorAll('*'))
    (el as HTMLElement).getClientRects = () => [{}] as unknown as DOMRectList;
  return {
    root,
    buttons: [...root.querySelectorAll('button')],
    column: root.querySelector('.col') as HTMLElement,
  };
}

const key = (key: string, shiftKey = false, target?: Element) => {
  const event = new KeyboardEvent('keydown', { key, shiftKey, cancelable: true, bubbles: true });
  if (target) Object.defineProperty(event, 'composedPath', { value: () => [target] });
  return event;
};

describe('trapTab', () => {
  it('wraps from the last control to the first and back', () => {
    const { root, buttons } = view();
    const link = root.querySelector('a')!;
    link.focus();
    expect(trapTab(key('Tab'), root)).toBe(true);
    expect(document.activeElement).toBe(buttons[0]);
    expect(trapTab(key('Tab', true), root)).toBe(true);
    expect(document.activeElement).toBe(link);
  });

  it('goes on from the article, which is no stop of its own', () => {
    const { root, buttons, column } = view();
    column.focus();
    trapTab(key('Tab'), root);
    expect(document.activeElement).toBe(root.querySelector('a'));
    column.focus();
    trapTab(key('Tab', true), root);
    expect(document.activeElement).toBe(buttons[1]);
  });

  it('leaves other keys alone', () => {
    const { root } = view();
    const event = key('a');
    expect(trapTab(event, root)).toBe(false);
    expect(event.defaultPrevented).toBe(false);
  });
});

describe('scrollKey', () => {
  const scroller = () => {
    const el = document.createElement('div');
    Object.defineProperty(el, 'clientHeight', { value: 500 });
    Object.defineProperty(el, 'scrollHeight', { value: 5000 });
    return el;
  };

  it('scrolls a screen for Space and Page Down, less the bar on top, and back with Shift', () => {
    const el = scroller();
    expect(scrollKey(key(' ', false, el), el, 60)).toBe(true);
    expect(el.scrollTop).toBe(400);
    scrollKey(key(' ', true, el), el, 60);
    expect(el.scrollTop).toBe(0);
    scrollKey(key('PageDown', false, el), el);
    expect(el.scrollTop).toBe(460);
    scrollKey(key('End', false, el), el);
    expect(el.scrollTop).toBe(5000);
    scrollKey(key('Home', false, el), el);
    expect(el.scrollTop).toBe(0);
  });

  it('leaves the key to a control: Space presses a button', () => {
    const el = scroller();
    const button = document.createElement('button');
    const event = key(' ', false, button);
    expect(scrollKey(event, el)).toBe(false);
    expect(event.defaultPrevented).toBe(false);
  });
});
