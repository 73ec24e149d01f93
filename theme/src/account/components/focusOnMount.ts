/**
 * A ref that moves the focus to its element when it appears. A confirmation replaces the button
 * that opened it, and that button comes back when it is cancelled: without this, keyboard and
 * screen-reader users would be left on the page's start.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
