// After the frame that shows the last DOM change: a callback in the next animation frame's
// following task. The popup marks "article shown" and "facts shown" with it, and the browser
// benchmark's floor extension marks its text the same way.
export function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}
