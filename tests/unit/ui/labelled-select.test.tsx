// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { LabelledSelect } from '../../../src/ui/labelled-select';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(node: preact.ComponentChild) {
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(node, host));
}

describe('LabelledSelect', () => {
  it('labels its select, shows the value and reports a choice', () => {
    const chosen: string[] = [];
    mount(
      <LabelledSelect
        id="pick"
        label="Sort by"
        value="b"
        options={[
          { value: 'a', label: 'First' },
          { value: 'b', label: 'Second' },
        ]}
        onChange={(value) => chosen.push(value)}
      />,
    );
    const select = host.querySelector('select')!;
    expect(host.querySelector('div.field > label')?.getAttribute('for')).toBe('pick');
    expect(select.id).toBe('pick');
    expect(select.labels[0]?.textContent).toBe('Sort by');
    expect(select.value).toBe('b');
    expect([...select.options].map((o) => o.textContent)).toEqual(['First', 'Second']);
    act(() => {
      select.value = 'a';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(chosen).toEqual(['a']);
  });

  it('can sit unwrapped in a row, and be disabled', () => {
    mount(
      <LabelledSelect
        id="fmt"
        label="Format"
        value="x"
        fieldClass={null}
        disabled
        options={[{ value: 'x', label: 'X' }]}
        onChange={() => {}}
      />,
    );
    expect(host.firstElementChild?.tagName).toBe('LABEL');
    expect(host.querySelector('select')?.disabled).toBe(true);
  });
});
