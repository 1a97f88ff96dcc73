// linkedom (0.18) sets a parsed class attribute with `classList.add(...value.split(/\s+/))`: a
// class of some 125,000 tokens spreads into more arguments than the call stack holds and the
// whole page fails to parse. The same setter, adding the tokens in bounded chunks.
import { Element } from 'linkedom';

const CHUNK = 4096;

interface TokenSet {
  value: string;
  clear(): void;
  add(...tokens: string[]): void;
}

const proto = Element.prototype as unknown as { classList: TokenSet };

Object.defineProperty(proto, 'className', {
  configurable: true,
  enumerable: true,
  get(this: { classList: TokenSet }): string {
    return this.classList.value;
  },
  set(this: { classList: TokenSet }, value: unknown) {
    const list = this.classList;
    list.clear();
    const tokens = String(value).split(/\s+/);
    for (let i = 0; i < tokens.length; i += CHUNK) list.add(...tokens.slice(i, i + CHUNK));
  },
});
