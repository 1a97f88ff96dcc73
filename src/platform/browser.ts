// webextension-polyfill everywhere: one promise-based `browser` in Chrome and Firefox.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs, Scripting, Menus } from 'webextension-polyfill';
